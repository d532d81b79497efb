// The database behind one test server: a fresh embedded one in a temporary
// folder, or, when DATABASE_URL is set, a fresh PostgreSQL database on that
// server, dropped afterwards.
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyPgliteTemplate } from './global-setup';

export interface E2eDatabase {
  /** Environment for the server: DATA_DIR always, DATABASE_URL on PostgreSQL. */
  env: Record<string, string>;
  kind: 'pglite' | 'postgresql';
  dispose(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onAdmin(url: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

export async function createE2eDatabase(): Promise<E2eDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'naervaer-e2e-data-'));
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
  const url = process.env.DATABASE_URL;
  if (!url) {
    copyPgliteTemplate(dataDir);
    return { env: { DATA_DIR: dataDir }, kind: 'pglite', dispose: async () => removeDataDir() };
  }
  const name = `naervaer_e2e_${randomBytes(6).toString('hex')}`;
  const template = process.env.NAERVAER_E2E_PG_TEMPLATE;
  await onAdmin(url, template ? `create database ${name} template ${template}` : `create database ${name}`);
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: withDatabase(url, name) },
    kind: 'postgresql',
    async dispose() {
      try {
        await onAdmin(url, `drop database if exists ${name} with (force)`);
      } finally {
        removeDataDir();
      }
    },
  };
}
