import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { openTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import { inTransaction } from './bulk-insert.js';
import { checkForeignKeys, ForeignKeyViolation, restoreRowChecks, skipRowChecks } from './trusted-load.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await openTestDatabase();
}, 60_000);

afterAll(async () => {
  await db?.dispose();
});

describe('loading trusted rows without per-row checks', () => {
  it('catches a broken reference afterwards and rolls the whole load back', async () => {
    const ownerId = randomUUID();
    const load = inTransaction(db, async (runner) => {
      expect(await skipRowChecks(runner, db.kind, ['school_owners', 'guardians'])).toBe(true);
      await runner.query(`insert into school_owners (id, name, kind) values ($1, 'Prøve kommune', 'municipality')`, [ownerId]);
      // A guardian of an owner that does not exist: the per-row check is off, so this goes in.
      await runner.query(`insert into guardians (owner_id, given_name, family_name) values ($1, 'Ola', 'Nordmann')`, [randomUUID()]);
      await restoreRowChecks(runner);
      await checkForeignKeys(runner, ['school_owners', 'guardians']);
    });
    await expect(load).rejects.toThrow(ForeignKeyViolation);
    await expect(load).rejects.toThrow(/guardians break foreign key guardians_owner_id_school_owners_id_fk/);
    const left = await db.query<{ n: number }>(`select count(*)::int as n from school_owners where id = $1`, [ownerId]);
    expect(left[0]?.n).toBe(0);
  });

  it('passes rows whose references all hold, nulls included', async () => {
    await inTransaction(db, async (runner) => {
      const ownerId = randomUUID();
      await skipRowChecks(runner, db.kind, ['school_owners', 'guardians']);
      await runner.query(`insert into school_owners (id, name, kind) values ($1, 'Prøve kommune', 'municipality')`, [ownerId]);
      await runner.query(`insert into guardians (owner_id, given_name, family_name) values ($1, 'Kari', 'Nordmann')`, [ownerId]);
      await restoreRowChecks(runner);
      await expect(checkForeignKeys(runner, ['guardians', 'attendance_marks', 'lessons'])).resolves.toBeUndefined();
    });
  });

  it('keeps the checks on when a table has an insert trigger of its own, which replica mode would silence', async () => {
    await db.query(`create function keep_going() returns trigger language plpgsql as $$ begin return new; end $$`);
    await db.query(`create trigger guardians_watch before insert on guardians for each row execute function keep_going()`);
    try {
      await inTransaction(db, async (runner) => {
        expect(await skipRowChecks(runner, db.kind, ['guardians'])).toBe(false);
        await expect(
          runner.query(`insert into guardians (owner_id, given_name, family_name) values ($1, 'Per', 'Nordmann')`, [randomUUID()]),
        ).rejects.toThrow();
      }).catch(() => undefined);
    } finally {
      await db.query('drop trigger guardians_watch on guardians');
      await db.query('drop function keep_going()');
    }
  });
});
