// Seeds the demo school once per browser-test run, into a template every test
// server then copies: a copied embedded database directory, or a PostgreSQL
// database created WITH TEMPLATE. Seeding takes 20-60 s; a copy a second or two.
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../../src/server/db/client';
import { runMigrations } from '../../../src/server/db/migrate';
import { ensureDemoSchool } from '../../../src/server/demo-on-first-start';

let cleanup: (() => Promise<void>) | undefined;

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function admin(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function setup() {
  process.env.TZ = 'Europe/Oslo';
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `naervaer_e2etpl_${randomBytes(4).toString('hex')}`;
    await admin(url, `create database ${name}`);
    const database = await openDatabase({ databaseUrl: withDatabase(url, name), dataDir: '' });
    await runMigrations(database);
    await ensureDemoSchool(database, new Date());
    await database.close();
    process.env.NAERVAER_E2E_PG_TEMPLATE = name;
    cleanup = () => admin(url, `drop database if exists ${name} with (force)`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'naervaer-e2e-template-'));
  const database = await openDatabase({ dataDir: dir });
  await runMigrations(database);
  await ensureDemoSchool(database, new Date());
  await database.close();
  process.env.NAERVAER_E2E_PGLITE_TEMPLATE = dir;
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
}

export async function teardown() {
  await cleanup?.();
}

/** A fresh copy of the seeded embedded database in `target`. */
export function copyPgliteTemplate(target: string): boolean {
  const template = process.env.NAERVAER_E2E_PGLITE_TEMPLATE;
  if (!template) return false;
  cpSync(template, target, { recursive: true });
  return true;
}
