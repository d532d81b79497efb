import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { z } from 'zod';
import type { Database } from './client.js';
import { StartupError } from '../startup-error.js';

const MIGRATION_LOCK_KEY = 727_274;

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

const journalSchema = z.object({ entries: z.array(z.object({ idx: z.number(), tag: z.string() })) });

/** The tag of the newest migration shipped with this build, e.g. "0001_triggers_and_reference_data". */
export function latestSchemaVersion(): string {
  const journal = journalSchema.parse(
    JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')),
  );
  const last = journal.entries.at(-1);
  if (!last) throw new Error('The migrations journal is empty.');
  return last.tag;
}

/** How many migrations the database has applied. */
export async function appliedMigrationCount(database: Database): Promise<number> {
  const rows = await database.query<{ n: number }>(
    'select count(*)::int as n from drizzle.__drizzle_migrations',
  );
  return rows[0]?.n ?? 0;
}

export async function runMigrations(database: Database): Promise<void> {
  try {
    if (database.kind === 'pglite') {
      await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
    } else {
      // Several processes may start at once against one PostgreSQL: an advisory
      // lock makes the second wait instead of racing the first.
      await database.withAdvisoryLock(MIGRATION_LOCK_KEY, () =>
        migratePg(database.db as unknown as NodePgDatabase, { migrationsFolder }),
      );
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(`The database schema could not be brought up to date (${reason}).`);
  }
}
