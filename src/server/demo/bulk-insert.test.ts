import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { openTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import { ColumnBatch, inTransaction, insertObjects, runnerFor, type Row, type SqlRunner } from './bulk-insert.js';

function recordingRunner(fail = false) {
  const statements: unknown[][][] = [];
  const runner: SqlRunner = {
    async query<T extends Row>(_text: string, params: unknown[] = []) {
      statements.push(params as unknown[][]);
      if (fail) throw new Error('duplicate key');
      return [] as T[];
    },
  };
  return { runner, statements };
}

describe('a column batch', () => {
  it('sends full batches as one array per column and the rest at the end', async () => {
    const { runner, statements } = recordingRunner();
    const batch = new ColumnBatch(runner, 'insert ...', 2, 3);
    for (let i = 1; i <= 7; i += 1) if (batch.add([i, `row ${i}`])) await batch.flush();
    await batch.finish();
    expect(statements).toEqual([
      [[1, 2, 3], ['row 1', 'row 2', 'row 3']],
      [[4, 5, 6], ['row 4', 'row 5', 'row 6']],
      [[7], ['row 7']],
    ]);
    expect(batch.rowsWritten).toBe(7);
  });

  it('reports a failed batch at the next flush, never as an unhandled rejection', async () => {
    const { runner } = recordingRunner(true);
    const batch = new ColumnBatch(runner, 'insert ...', 1, 1);
    batch.add([1]);
    await batch.flush();
    batch.add([2]);
    await expect(batch.flush()).rejects.toThrow('duplicate key');
  });

  it('refuses a row of the wrong width', () => {
    const batch = new ColumnBatch(recordingRunner().runner, 'insert ...', 2);
    expect(() => batch.add([1])).toThrow(/Expected 2 values/);
  });
});

describe('unnest loading on the real database', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  }, 60_000);
  afterAll(async () => {
    await db?.dispose();
  });

  const awkward = ['O\'Brien, "Ola"', 'Æøå {braces} \\ back', 'NULL', '', 'tab\there'];

  it('carries quotes, commas, braces, backslashes, empty strings and nulls intact, inside a transaction', async () => {
    const ownerId = randomUUID();
    await inTransaction(db, async (runner) => {
      await runner.query(`insert into school_owners (id, name, kind) values ($1, 'Prøve kommune', 'municipality')`, [ownerId]);
      await insertObjects(runner, 'guardians', [
        { name: 'owner_id', type: 'uuid', value: () => ownerId },
        { name: 'given_name', type: 'text', value: (name: string) => name },
        { name: 'family_name', type: 'text', value: () => 'Nordmann' },
        { name: 'email', type: 'text', value: (name: string) => (name === 'NULL' ? null : `${name}@x.example`) },
      ], awkward);
    });
    const rows = await runnerFor(db).query<{ given_name: string; email: string | null }>(
      `select given_name, email from guardians where owner_id = $1 order by given_name`,
      [ownerId],
    );
    expect(rows.map((r) => r.given_name)).toEqual([...awkward].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(rows.find((r) => r.given_name === 'NULL')?.email).toBeNull();
  });

  it('rolls the whole transaction back when a statement fails', async () => {
    const ownerId = randomUUID();
    const failing = inTransaction(db, async (runner) => {
      await runner.query(`insert into school_owners (id, name, kind) values ($1, 'Prøve kommune', 'municipality')`, [ownerId]);
      await runner.query(`insert into school_owners (id, name, kind) values ($1, 'Igjen', 'municipality')`, [ownerId]);
    });
    await expect(failing).rejects.toThrow();
    expect(await db.query(`select 1 from school_owners where id = $1`, [ownerId])).toEqual([]);
  });
});
