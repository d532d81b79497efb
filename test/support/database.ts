// Test databases. PGlite by default; PostgreSQL when DATABASE_URL is set.
// A fresh PGlite costs ~3 s (initdb + migrations), so global-setup.ts builds one
// migrated template per run and every test database is loaded from its dump
// (~0.6 s). On PostgreSQL each test database is cloned from a migrated template
// database with CREATE DATABASE ... TEMPLATE.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { openDatabase, pgliteParsers, wrapPglite, type Database } from '../../src/server/db/client.js';
import { buildPgliteTemplate, buildPostgresTemplate, databaseUrlFor, runId } from './templates.js';

export interface TestDatabase extends Database {
  /** Drops the database (PostgreSQL) or closes it (PGlite). */
  dispose(): Promise<void>;
}

let pgliteTemplate: Promise<Blob> | undefined;
let postgresTemplate: Promise<string> | undefined;

async function loadPgliteTemplate(): Promise<Blob> {
  const file = process.env.NAERVAER_PGLITE_TEMPLATE;
  if (file) return new Blob([await readFile(file)]);
  return buildPgliteTemplate();
}

/** A migrated, empty database of its own for one test file or test. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    pgliteTemplate ??= loadPgliteTemplate();
    const client = await PGlite.create({ loadDataDir: await pgliteTemplate, parsers: pgliteParsers });
    const database = wrapPglite(client);
    return { ...database, dispose: () => database.close() };
  }
  postgresTemplate ??= process.env.NAERVAER_PG_TEMPLATE
    ? Promise.resolve(process.env.NAERVAER_PG_TEMPLATE)
    : buildPostgresTemplate(url);
  const template = await postgresTemplate;
  const name = `naervaer_test_${runId()}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ databaseUrl: databaseUrlFor(url, name), dataDir: '', poolSize: 4 });
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
