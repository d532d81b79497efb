// Test databases. PGlite by default; PostgreSQL when DATABASE_URL is set.
// A fresh PGlite costs ~3 s (initdb + migrations), so one migrated template is
// built per worker and every test database is loaded from its dump (~0.6 s).
// On PostgreSQL each test database is a new schema-less database cloned from a
// migrated template database with CREATE DATABASE ... TEMPLATE.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { openDatabase, pgliteParsers, wrapPglite, type Database } from '../../src/server/db/client.js';
import { runMigrations } from '../../src/server/db/migrate.js';

let pgliteTemplate: Promise<Blob> | undefined;

async function buildPgliteTemplate(): Promise<Blob> {
  const client = await PGlite.create({ parsers: pgliteParsers });
  const database = wrapPglite(client);
  await runMigrations(database);
  const dump = await client.dumpDataDir('none');
  await client.close();
  return dump;
}

let postgresTemplate: Promise<string> | undefined;

function adminUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function buildPostgresTemplate(url: string): Promise<string> {
  const name = `naervaer_tpl_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const database = await openDatabase({ databaseUrl: adminUrl(url, name), dataDir: '' });
  await runMigrations(database);
  await database.close();
  return name;
}

export interface TestDatabase extends Database {
  /** Drops the database (PostgreSQL) or closes it (PGlite). */
  dispose(): Promise<void>;
}

/** A migrated, empty database of its own for one test file or test. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    pgliteTemplate ??= buildPgliteTemplate();
    const client = await PGlite.create({ loadDataDir: await pgliteTemplate, parsers: pgliteParsers });
    const database = wrapPglite(client);
    return { ...database, dispose: () => database.close() };
  }
  postgresTemplate ??= buildPostgresTemplate(url);
  const template = await postgresTemplate;
  const name = `naervaer_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
  const database = await openDatabase({ databaseUrl: adminUrl(url, name), dataDir: '', poolSize: 4 });
  return {
    ...database,
    async dispose() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
