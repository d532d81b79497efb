// The overview on PostgreSQL: the owner's statistics over the county-scale
// bench database (BENCH_COUNTY_DB, 30,000 pupils and a school year of marks,
// seeded by `npm run bench -- rules`; goal < 2 s) and one school's monthly
// review (goal < 500 ms), each through its service as a request runs it.
//
// The county database is only read: everything runs on one connection inside
// a transaction that is rolled back at the end, so the overview's own tables
// (migration 0012, which that database may not have yet) and the audit rows
// the services write are gone afterwards.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../src/server/db/client.js';
import { migrationsFolder } from '../src/server/db/migrate.js';
import { fixedClock } from '../src/server/clock.js';
import { getOwnerStatistics } from '../src/server/services/overview/owner-statistics.js';
import { getMonthlyReview } from '../src/server/services/overview/monthly-review.js';
import { benchPostgresUrl, fmt, percentiles, table } from './support.js';

const RUNS = Number(process.env.BENCH_OVERVIEW_RUNS ?? 5);
const REVIEW_RUNS = Number(process.env.BENCH_OVERVIEW_REVIEW_RUNS ?? 30);

export async function overviewBench() {
  const name = process.env.BENCH_COUNTY_DB ?? 'naervaer_bench_county';
  const url = new URL(benchPostgresUrl());
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: benchPostgresUrl() });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  await admin.end();
  if (!exists) {
    console.log(`PostgreSQL: no database ${name}; seed it with BENCH_COUNTY_DB=${name} npm run bench -- rules.`);
    return;
  }
  // One connection, so that every query of the services is inside the one transaction rolled back below.
  const database: Database = await openDatabase({ databaseUrl: url.toString(), dataDir: '', poolSize: 1 });
  try {
    await database.query('begin');
    const [has] = await database.query<{ present: boolean }>(`select to_regclass('public.monthly_reviews') is not null as present`);
    if (!has?.present) {
      const sql = readFileSync(join(migrationsFolder, '0012_overview.sql'), 'utf8');
      for (const statement of sql.split('--> statement-breakpoint')) if (statement.trim()) await database.query(statement);
    }
    const [{ asOf } = { asOf: '' }] = await database.query<{ asOf: string }>(`select max(date)::text as "asOf" from lessons where status = 'held'`);
    const clock = fixedClock(`${asOf}T14:00:00+01:00`);
    const [owner] = await database.query<{ id: string; pupils: number }>(
      `select owner_id as id, count(*)::int as pupils from pupils group by owner_id order by count(*) desc limit 1`,
    );
    const analyst = { userId: '00000000-0000-0000-0000-000000000000', ownerId: owner!.id, roles: [{ role: 'owner_analyst' as const, schoolId: null }] };
    const times: number[] = [];
    let schools = 0;
    for (let i = 0; i < RUNS + 1; i++) {
      const started = performance.now();
      const stats = await getOwnerStatistics(database, clock, analyst);
      if (i > 0) times.push(performance.now() - started);
      schools = stats.schools.length;
    }
    // The school with the most concerns, and a leader of it.
    const [school] = await database.query<{ id: string }>(`select school_id as id from concerns group by school_id order by count(*) desc limit 1`);
    const [lead] = await database.query<{ user_id: string }>(`select user_id from role_assignments where role = 'leadership' and school_id = $1 limit 1`, [school!.id]);
    const leader = { userId: lead?.user_id ?? analyst.userId, ownerId: owner!.id, roles: [{ role: 'leadership' as const, schoolId: school!.id }] };
    const reviewTimes: number[] = [];
    for (let i = 0; i < REVIEW_RUNS + 3; i++) {
      const started = performance.now();
      await getMonthlyReview(database, clock, leader, school!.id, undefined, 'nb');
      if (i >= 3) reviewTimes.push(performance.now() - started);
    }
    const s = percentiles(times);
    const r = percentiles(reviewTimes);
    console.log(`On PostgreSQL (${name}), as on ${asOf}: ${fmt(owner!.pupils)} pupils in ${schools} schools.`);
    table([
      ['measure', 'p50', 'p95', 'goal'],
      [`owner's statistics, ${fmt(owner!.pupils)} pupils (ms)`, fmt(s.p50), fmt(s.p95), '< 2000'],
      ["a school's monthly review (ms)", fmt(r.p50, 1), fmt(r.p95, 1), '< 500'],
    ]);
  } finally {
    await database.query('rollback').catch(() => undefined);
    await database.close();
  }
}
