// Builds the migrated template database once per test run (workers load or
// clone it), and names every PostgreSQL database this run creates after one
// run id, so the teardown can drop whatever a crashed worker left behind.
import { randomBytes } from 'node:crypto';
import { writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildPgliteTemplate, buildPostgresTemplate } from './templates.js';

let templateFile: string | undefined;

export async function setup() {
  process.env.NAERVAER_TEST_RUN ??= randomBytes(3).toString('hex');
  const url = process.env.DATABASE_URL;
  if (url) {
    process.env.NAERVAER_PG_TEMPLATE = await buildPostgresTemplate(url);
  } else {
    const dump = await buildPgliteTemplate();
    templateFile = join(tmpdir(), `naervaer-template-${process.env.NAERVAER_TEST_RUN}.tar`);
    await writeFile(templateFile, Buffer.from(await dump.arrayBuffer()));
    process.env.NAERVAER_PGLITE_TEMPLATE = templateFile;
  }
}

export async function teardown() {
  if (templateFile) await rm(templateFile, { force: true });
  const url = process.env.DATABASE_URL;
  const run = process.env.NAERVAER_TEST_RUN;
  if (!url || !run) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "select datname from pg_database where datname like 'naervaer\\_%' and datname like $1",
      [`%\\_${run}\\_%`],
    );
    for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
  } finally {
    await client.end();
  }
}
