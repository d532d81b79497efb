// Bulk loading through unnest(): one statement carries a whole batch as one
// array per column, which is 10x faster than row objects on both engines.
import { sql, type SQL } from 'drizzle-orm';
import type { Database, Db } from '../db/client.js';

export type Row = Record<string, unknown>;

/** Something that runs one parameterised statement: the database itself or an open transaction. */
export interface SqlRunner {
  query<T extends Row>(text: string, params?: unknown[]): Promise<T[]>;
}

export type Transaction = Parameters<Parameters<Db['transaction']>[0]>[0];

export const runnerFor = (database: Database): SqlRunner => ({
  query: <T extends Row>(text: string, params?: unknown[]) => database.query<T>(text, params),
});

/**
 * Runs `work` in one transaction on either engine. Drizzle owns the
 * transaction (a pooled pg connection, or PGlite's transaction lock), so raw
 * statements go through it as drizzle SQL with the same positional parameters.
 */
export function inTransaction<T>(database: Database, work: (runner: SqlRunner, tx: Transaction) => Promise<T>): Promise<T> {
  return database.db.transaction(async (tx) => {
    const runner: SqlRunner = {
      async query<R extends Row>(text: string, params: unknown[] = []) {
        const result: unknown = await tx.execute(withParams(text, params));
        return rowsOf<R>(result);
      },
    };
    return work(runner, tx);
  });
}

/** '... $1 ... $2' with params -> drizzle SQL. Each $n becomes one parameter, arrays included. */
function withParams(text: string, params: readonly unknown[]): SQL {
  const query = sql.empty();
  let last = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) {
    query.append(sql.raw(text.slice(last, match.index)));
    query.append(sql`${sql.param(params[Number(match[1]) - 1])}`);
    last = match.index + match[0].length;
  }
  query.append(sql.raw(text.slice(last)));
  return query;
}

function rowsOf<R extends Row>(result: unknown): R[] {
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows)) {
    return result.rows as R[];
  }
  throw new Error('The database driver returned no rows array.');
}

export interface Column {
  name: string;
  /** The PostgreSQL type of one element, e.g. 'uuid', 'bigint', 'timestamptz'. */
  type: string;
}

/** `insert into table (a, b) select * from unnest($1::uuid[], $2::text[])`. */
export function unnestInsert(table: string, columns: readonly Column[], returning?: string): string {
  const names = columns.map((c) => c.name).join(', ');
  const arrays = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  return `insert into ${table} (${names}) select * from unnest(${arrays})${returning ? ` returning ${returning}` : ''}`;
}

export const DEFAULT_BATCH_ROWS = 20_000;

/**
 * Collects rows column by column and writes a batch whenever it is full.
 * Memory stays bounded by two batches, however many rows pass through: one
 * being filled while the previous one is written, so that generating rows in
 * JavaScript overlaps with the database's work (on PostgreSQL; PGlite runs in
 * this thread anyway).
 */
export class ColumnBatch {
  private values: unknown[][];
  private size = 0;
  private inFlight: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | undefined;
  rowsWritten = 0;

  /** `statement` takes one array parameter per column, in order: see unnestInsert. */
  constructor(
    private readonly runner: SqlRunner,
    private readonly statement: string,
    private readonly columnCount: number,
    private readonly batchRows = DEFAULT_BATCH_ROWS,
  ) {
    this.values = Array.from({ length: columnCount }, () => []);
  }

  static forTable(runner: SqlRunner, table: string, columns: readonly Column[], batchRows = DEFAULT_BATCH_ROWS) {
    return new ColumnBatch(runner, unnestInsert(table, columns), columns.length, batchRows);
  }

  /** Adds one row (values in column order); true when the batch is full and should be flushed. */
  add(row: readonly unknown[]): boolean {
    if (row.length !== this.columnCount) throw new Error(`Expected ${this.columnCount} values, got ${row.length}.`);
    for (let i = 0; i < row.length; i += 1) this.values[i]?.push(row[i]);
    this.size += 1;
    return this.size >= this.batchRows;
  }

  /** Sends the rows collected so far; resolves once the batch before it is written. */
  async flush(): Promise<void> {
    await this.inFlight;
    this.throwIfFailed();
    if (this.size === 0) return;
    const values = this.values;
    const rows = this.size;
    this.values = Array.from({ length: this.columnCount }, () => []);
    this.size = 0;
    // The rejection is kept, not left unhandled: it surfaces at the next flush or finish.
    this.inFlight = this.runner.query(this.statement, values).then(
      () => {
        this.rowsWritten += rows;
      },
      (error: unknown) => {
        this.failure = { error };
      },
    );
  }

  /** Writes what is left and waits until every row is in. */
  async finish(): Promise<void> {
    await this.flush();
    await this.inFlight;
    this.throwIfFailed();
  }

  private throwIfFailed() {
    if (this.failure) throw this.failure.error;
  }
}

/** Inserts rows given as objects in batches; for the smaller tables. */
export async function insertObjects<T>(
  runner: SqlRunner,
  table: string,
  columns: readonly (Column & { value: (row: T) => unknown })[],
  rows: readonly T[],
  batchRows = DEFAULT_BATCH_ROWS,
): Promise<void> {
  const batch = ColumnBatch.forTable(runner, table, columns, batchRows);
  for (const row of rows) if (batch.add(columns.map((c) => c.value(row)))) await batch.flush();
  await batch.finish();
}
