// One database API over two engines: PGlite (embedded, the default) and
// PostgreSQL (production, selected by DATABASE_URL). Both run the same
// migrations and the same SQL; only opening and closing differ.
import { existsSync, mkdirSync, readdirSync, accessSync, constants } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.js';
import { StartupError } from '../startup-error.js';
import { beginBehindWall, currentTenantScope, wallSettings } from './tenant-scope.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = 'pglite' | 'postgresql';

/** Something that runs SQL with positional parameters: the database, or one transaction. */
export interface Queryable {
  query<T extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Database extends Queryable {
  db: Db;
  kind: DatabaseKind;
  /**
   * Runs fn in one transaction on one connection: committed when fn returns,
   * rolled back when it throws. Raw queries inside return the same values as
   * `query` (dates as strings, int8 as numbers) on both engines.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs fn while holding a PostgreSQL advisory lock, so that several processes take turns. */
  withAdvisoryLock<T>(key: number, fn: () => Promise<T>): Promise<T>;
  /** The engine's own client, for a library that speaks to PostgreSQL itself (the job queue). */
  native: { kind: 'pglite'; client: PGlite } | { kind: 'postgresql'; pool: pg.Pool };
  close(): Promise<void>;
}

export interface DatabaseConfig {
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, config.poolSize ?? 10);
  return openPglite(config.dataDir);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new StartupError(
      'DATABASE_URL is not a valid URL. Use the form postgres://user:password@host:5432/database.',
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new StartupError(
      `DATABASE_URL must start with postgres:// or postgresql:// (got ${parsed.protocol}//).`,
    );
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5000,
    types: { getTypeParser: pgTypeParser },
  });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      `Cannot connect to PostgreSQL at ${parsed.hostname}:${parsed.port || 5432}${parsed.pathname} (${reason}). Check DATABASE_URL and that the server runs.`,
    );
  }
  return wrapPostgres(pool);
}

// Raw queries return the same JavaScript values on both engines: dates as
// 'YYYY-MM-DD' strings (never a Date shifted by the server's time zone) and
// 64-bit integers as numbers (our ids and counts stay far below 2^53).
const OID = { int8: 20, date: 1082, dateArray: 1182, textArray: 1009 } as const;
const sameAsText = (value: string) => value;

function pgTypeParser(oid: number, format?: string): (value: string) => unknown {
  if (oid === OID.date) return sameAsText;
  if (oid === OID.int8) return Number;
  // A list of dates is a list of 'YYYY-MM-DD' texts, as one date is.
  // (pg's types list no id for text[], though its parser knows it.)
  if (oid === OID.dateArray) return pg.types.getTypeParser(OID.textArray as Parameters<typeof pg.types.getTypeParser>[0], 'text');
  return pg.types.getTypeParser(oid, format as 'text');
}

export const pgliteParsers = { [OID.date]: sameAsText, [OID.int8]: Number };

export function wrapPostgres(pool: pg.Pool): Database {
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  const database: Database = {
    db,
    kind: 'postgresql',
    async query<T extends Record<string, unknown>>(text: string, params: unknown[] = []) {
      // Inside a request the statement needs its own transaction, to carry the wall's settings.
      if (currentTenantScope()) return database.transaction((tx) => tx.query<T>(text, params));
      const result = await pool.query(text, params);
      return result.rows as T[];
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const scope = currentTenantScope();
      const client = await pool.connect();
      try {
        await client.query(scope ? beginBehindWall(scope) : 'begin');
        const tx: Queryable = {
          async query<R extends Record<string, unknown>>(text: string, params: unknown[] = []) {
            return (await client.query(text, params)).rows as R[];
          },
        };
        const result = await fn(tx);
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async withAdvisoryLock<T>(key: number, fn: () => Promise<T>) {
      // Session-level locks belong to one connection: hold one for the duration.
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [key]);
        try {
          return await fn();
        } finally {
          await client.query('select pg_advisory_unlock($1)', [key]);
        }
      } finally {
        client.release();
      }
    },
    native: { kind: 'postgresql', pool },
    close: () => pool.end(),
  };
  return database;
}

async function openPglite(dataDir: string): Promise<Database> {
  const dir = resolve(dataDir);
  ensureUsableDataDir(dir);
  let client: PGlite;
  try {
    client = await PGlite.create({ dataDir: dir, parsers: pgliteParsers });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      `The embedded database in ${dir} could not be opened (${reason}). It may be damaged; move it aside and start again to create a new one.`,
    );
  }
  return wrapPglite(client);
}

function ensureUsableDataDir(dir: string): void {
  if (!existsSync(dir)) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch {
      throw new StartupError(`DATA_DIR ${dir} cannot be created. Choose a writable directory in DATA_DIR.`);
    }
  }
  try {
    accessSync(dir, constants.W_OK | constants.R_OK);
  } catch {
    throw new StartupError(`DATA_DIR ${dir} is not writable. Fix its permissions or choose another DATA_DIR.`);
  }
  const entries = readdirSync(dir);
  // Never initialise over somebody else's files.
  if (entries.length > 0 && !entries.includes('PG_VERSION')) {
    throw new StartupError(
      `DATA_DIR ${dir} holds files that are not a Nærvær database. Point DATA_DIR at an empty or existing database directory; nothing was changed.`,
    );
  }
}

export function wrapPglite(client: PGlite): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  const database: Database = {
    db,
    kind: 'pglite',
    async query<T extends Record<string, unknown>>(text: string, params: unknown[] = []) {
      // Inside a request the statement needs its own transaction, to carry the wall's settings.
      if (currentTenantScope()) return database.transaction((tx) => tx.query<T>(text, params));
      const result = await client.query<T>(text, params);
      return result.rows;
    },
    transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const scope = currentTenantScope();
      // PGlite runs one transaction at a time; other queries wait for it.
      return client.transaction(async (t) => {
        // PGlite has begun the transaction itself; the wall's settings follow in it.
        if (scope) await t.exec(wallSettings(scope));
        return fn({
          async query<R extends Record<string, unknown>>(text: string, params: unknown[] = []) {
            return (await t.query<R>(text, params)).rows;
          },
        });
      });
    },
    // The embedded database serves one process: there is nobody to take turns with.
    withAdvisoryLock: (_key, fn) => fn(),
    native: { kind: 'pglite', client },
    close: () => client.close(),
  };
  return database;
}
