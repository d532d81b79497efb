// Foundation figures: time to open each database, and seed throughput (marks/s)
// through the bulk loader the demo and county-scale seeders use.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/server/db/client.js';
import { runMigrations } from '../src/server/db/migrate.js';
import { seedScale } from '../src/server/demo/seed-scale.js';
import { fmt, freshDatabase, table } from './support.js';

const PUPILS = Number(process.env.BENCH_SEED_PUPILS ?? 3000);
const WEEKS = Number(process.env.BENCH_SEED_WEEKS ?? 4);

async function reopenPgliteMs(): Promise<{ firstMs: number; reopenMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'naervaer-bench-reopen-'));
  try {
    let started = performance.now();
    const first = await openDatabase({ dataDir: dir });
    await runMigrations(first);
    const firstMs = performance.now() - started;
    await first.close();
    started = performance.now();
    const again = await openDatabase({ dataDir: dir });
    await runMigrations(again);
    const reopenMs = performance.now() - started;
    await again.close();
    return { firstMs, reopenMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function foundationBench() {
  const rows: (string | number)[][] = [['database', 'open (ms)', 'reopen (ms)', 'pupils x weeks', 'marks', 'seed (s)', 'marks/s']];
  for (const kind of ['postgresql', 'pglite'] as const) {
    const reopen = kind === 'pglite' ? await reopenPgliteMs() : null;
    const fresh = await freshDatabase(kind);
    try {
      const result = await seedScale(fresh.database, { pupils: PUPILS, weeks: WEEKS, seed: 1 });
      rows.push([
        kind,
        fmt(reopen?.firstMs ?? fresh.openMs),
        reopen ? fmt(reopen.reopenMs) : '-',
        `${fmt(PUPILS)} x ${WEEKS}`,
        fmt(result.marks),
        fmt(result.seconds, 1),
        fmt(result.marks / result.seconds),
      ]);
    } finally {
      await fresh.drop();
    }
  }
  console.log('Open = from nothing to a migrated database; PostgreSQL open = connect + migrate on an empty database.');
  table(rows);
}
