import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { openDatabase, pgliteParsers, wrapPglite } from '../../src/server/db/client.js';
import { runMigrations } from '../../src/server/db/migrate.js';

/** Set by global-setup.ts; lets the teardown find this run's databases. */
export const runId = () => process.env.NAERVAER_TEST_RUN ?? 'adhoc';

export function databaseUrlFor(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function buildPgliteTemplate(): Promise<Blob> {
  const client = await PGlite.create({ parsers: pgliteParsers });
  await runMigrations(wrapPglite(client));
  const dump = await client.dumpDataDir('none');
  await client.close();
  return dump;
}

export async function buildPostgresTemplate(url: string): Promise<string> {
  const name = `naervaer_tpl_${runId()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const database = await openDatabase({ databaseUrl: databaseUrlFor(url, name), dataDir: '' });
  await runMigrations(database);
  await database.close();
  return name;
}
