// The rules' figures the issue asks for, on PostgreSQL with a county of 30,000
// pupils and a school year of marks (~34 million):
// - re-evaluating every rule for everyone (the nightly job): the first run,
//   which raises the year's concerns, and a run the next night;
// - the incremental evaluation after one registration (the lesson's pupils);
// - the evaluate command on a 5-million-row CSV: time and peak memory.
//
// Seeding the county takes a quarter of an hour. BENCH_COUNTY_DB=<name> keeps
// the seeded database under that name and reuses it on the next run.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { fixedClock } from '../src/server/clock.js';
import { openDatabase, type Database } from '../src/server/db/client.js';
import { runMigrations } from '../src/server/db/migrate.js';
import { seedScale } from '../src/server/demo/seed-scale.js';
import { norwegianSchoolYear, schoolYearStartYearFor } from '../src/domain/school-calendar.js';
import { schoolDayOf } from '../src/domain/dates.js';
import { evaluateEveryone, evaluatePupils } from '../src/server/services/rule-evaluation.js';
import { adoptPresetIfNone } from '../src/server/services/owner-policies.js';
import { saveLessonRegistration } from '../src/server/services/lesson-registration.js';
import { benchPostgresUrl, fmt, percentiles, table } from './support.js';

const PUPILS = Number(process.env.BENCH_RULES_PUPILS ?? 30_000);
const WEEKS = Number(process.env.BENCH_RULES_WEEKS ?? 38);
const CSV_ROWS = Number(process.env.BENCH_CSV_ROWS ?? 5_000_000);
const INCREMENTAL_RUNS = Number(process.env.BENCH_INCREMENTAL_RUNS ?? 40);

async function countyDatabase(startYear: number): Promise<{ database: Database; drop: () => Promise<void>; seeded: string }> {
  const admin = new pg.Client({ connectionString: benchPostgresUrl() });
  await admin.connect();
  const keep = process.env.BENCH_COUNTY_DB;
  const name = keep ?? `naervaer_bench_rules_${process.pid}`;
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  if (!exists) await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(benchPostgresUrl());
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: '', poolSize: 8 });
  await runMigrations(database);
  const [{ n } = { n: 0 }] = await database.query<{ n: number }>('select count(*)::int as n from pupils');
  let seeded = `reused ${name} with ${fmt(n)} pupils`;
  if (n === 0) {
    const result = await seedScale(database, { pupils: PUPILS, weeks: WEEKS, seed: 11, schoolYearStartYear: startYear });
    await database.query('analyze');
    seeded = `seeded ${fmt(result.marks)} marks for ${fmt(result.pupils)} pupils in ${fmt(result.seconds, 0)} s`;
  }
  return {
    database,
    seeded,
    async drop() {
      await database.close();
      if (keep) return;
      const cleanup = new pg.Client({ connectionString: benchPostgresUrl() });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

async function incremental(database: Database, clock: ReturnType<typeof fixedClock>) {
  const lessons = await database.query<{ id: number; version: number; teacher_id: string; school_id: string; owner_id: string }>(
    `select l.id, l.version, l.teacher_id, l.school_id, s.owner_id from lessons l join schools s on s.id = l.school_id
      where l.status = 'held' and l.teacher_id is not null order by l.date desc, l.id limit $1`,
    [INCREMENTAL_RUNS],
  );
  const samples: number[] = [];
  let pupilsJudged = 0;
  for (const [i, lesson] of lessons.entries()) {
    const actor = { userId: lesson.teacher_id, ownerId: lesson.owner_id, roles: [{ role: 'teacher' as const, schoolId: lesson.school_id }] };
    const pupils = await database.query<{ pupil_id: string }>('select pupil_id from attendance_marks where lesson_id = $1', [lesson.id]);
    const marks = pupils.slice(0, 3).map((p, k) => ({ pupilId: p.pupil_id, status: (i + k) % 2 === 0 ? ('F' as const) : ('M' as const) }));
    await saveLessonRegistration(database, clock, actor, lesson.id, { version: lesson.version, held: true, marks }, `bench-rules-${lesson.id}-${Date.now()}`);
    // What the evaluate-pupils job does after the registration: the lesson's pupils, judged.
    const started = performance.now();
    const summary = await evaluatePupils(database, clock, pupils.map((p) => p.pupil_id));
    samples.push(performance.now() - started);
    pupilsJudged += summary.pupils;
  }
  return { ...percentiles(samples.slice(3)), pupils: pupilsJudged / Math.max(1, lessons.length) };
}

/** Runs the evaluate command on a generated CSV; wall time and the peak resident memory (VmHWM). */
async function evaluateCommand(asOf: string) {
  const file = join(tmpdir(), `naervaer-bench-${CSV_ROWS}.csv`);
  if (!existsSync(file)) {
    await run('node_modules/.bin/tsx', ['bench/generate-attendance-csv.ts', '--rows', String(CSV_ROWS), '--out', file]);
  }
  const started = performance.now();
  let peakKb = 0;
  const child = spawn('node', ['bin/naervaer.js', 'evaluate', '--policy', 'national-default', '--attendance', file, '--as-of', asOf, '--format', 'json'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const poll = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      if (kb > peakKb) peakKb = kb;
    } catch {
      // gone
    }
  }, 50);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearInterval(poll);
  if (process.env.BENCH_KEEP_CSV !== '1') rmSync(file, { force: true });
  return { seconds: (performance.now() - started) / 1000, peakMb: peakKb / 1024, code };
}

function run(command: string, args: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
  });
}

export async function rulesBench() {
  const startYear = schoolYearStartYearFor(schoolDayOf(new Date())) - 1;
  const lastDay = norwegianSchoolYear(startYear).endsOn;
  const clock = fixedClock(`${lastDay}T14:00:00+02:00`);
  console.log(`PostgreSQL, ${fmt(PUPILS)} pupils, ${WEEKS} weeks of marks, judged as on ${lastDay}.`);
  const county = await countyDatabase(startYear);
  try {
    console.log(county.seeded);
    const { database } = county;
    const [owner] = await database.query<{ id: string }>('select id from school_owners order by name limit 1');
    await adoptPresetIfNone(database, owner!.id, 'troms-vgs');
    const [{ pupils } = { pupils: 0 }] = await database.query<{ pupils: number }>('select count(*)::int as pupils from pupils');
    const [{ marks } = { marks: 0 }] = await database.query<{ marks: number }>(
      "select (reltuples)::bigint as marks from pg_class where relname = 'attendance_marks'",
    );
    const rows: (string | number)[][] = [['every rule for everyone (Troms preset)', 'pupils', 'seconds', 'pupils/s', 'concerns raised', 'goal']];
    for (const label of ['first night (raises the year so far)', 'the next night (nothing new)']) {
      const started = performance.now();
      const summary = await evaluateEveryone(database, clock, { asOf: lastDay, onPage: async () => undefined });
      const seconds = (performance.now() - started) / 1000;
      rows.push([label, fmt(summary.pupils), fmt(seconds, 1), fmt(summary.pupils / seconds), fmt(summary.raised), '< 10 s']);
    }
    console.log(`\nFull evaluation, ${fmt(pupils)} pupils, about ${fmt(marks)} marks:`);
    table(rows);

    const inc = await incremental(database, clock);
    console.log(`\nIncremental evaluation after one registration (${fmt(inc.pupils, 0)} pupils a lesson), ms (goal < 20):`);
    table([
      ['', 'p50', 'p95', 'p99', 'runs'],
      ['evaluate the lesson’s pupils', fmt(inc.p50, 1), fmt(inc.p95, 1), fmt(inc.p99, 1), inc.n],
    ]);
  } finally {
    await county.drop();
  }

  if (CSV_ROWS > 0) {
    const cli = await evaluateCommand('2027-06-18');
    console.log(`\nnaervaer evaluate on ${fmt(CSV_ROWS)} CSV rows: ${fmt(cli.seconds, 1)} s, peak memory ${fmt(cli.peakMb, 0)} MB (exit ${cli.code}).`);
  }
}
