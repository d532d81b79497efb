import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '../src/server/db/client.js';
import { runMigrations } from '../src/server/db/migrate.js';

export const benchPostgresUrl = () => process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  database: Database;
  /** Milliseconds to open and migrate. */
  openMs: number;
  /** The connection string, for PostgreSQL. */
  url?: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database of the given kind, timed from nothing to ready. */
export async function freshDatabase(kind: 'pglite' | 'postgresql'): Promise<BenchDatabase> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'naervaer-bench-'));
    const started = performance.now();
    const database = await openDatabase({ dataDir: dir });
    await runMigrations(database);
    const openMs = performance.now() - started;
    return {
      database,
      openMs,
      async drop() {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = benchPostgresUrl();
  const name = `naervaer_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const started = performance.now();
  const database = await openDatabase({ databaseUrl: target.toString(), dataDir: '' });
  await runMigrations(database);
  const openMs = performance.now() - started;
  return {
    database,
    openMs,
    url: target.toString(),
    async drop() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function table(rows: (string | number)[][]) {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, j) => String(cell).padEnd(widths[j]!)).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

/** p50, p95 and p99 of the samples (nearest rank), and how many there were. */
export function percentiles(samples: readonly number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  return { p50: at(50), p95: at(95), p99: at(99), n: sorted.length };
}
