// Pattern detectors, in memory: all nine for one pupil with a school year of
// marks (~1,140: six lessons a day for 190 days), and for 30,000 generated
// pupils. The budget is 10 s for 30,000 pupils including the read
// from PostgreSQL and 10 ms for one pupil; the detectors aim at 0.3 ms a
// pupil-year. Pupils are generated 250 at a time (30,000 at once
// would be 34 million mark objects) and only the detection is timed.
// Then the same on PostgreSQL: every pupil year of the county-scale bench
// database (BENCH_COUNTY_DB, seeded by `npm run bench -- rules`) read, decoded
// and judged, and one pupil's page of patterns through the service.
import { detectPatterns } from '../src/domain/patterns/index.js';
import { generatePupil, seededRandom, YEAR, type AbsenceProfile, type GeneratedPupil, type Plant } from '../src/domain/patterns/test-pupils.js';
import { fmt, percentiles, table } from './support.js';
import pg from 'pg';
import { openDatabase, type Database } from '../src/server/db/client.js';
import { fixedClock } from '../src/server/clock.js';
import { decodeMarksForFigures } from '../src/domain/figures/pupil-year-codec.js';
import { pupilYearsPage } from '../src/server/db/repositories/pupil-years.js';
import { schoolCalendarsOn } from '../src/server/db/repositories/school-calendars.js';
import { getPupilPatterns } from '../src/server/services/patterns.js';
import { benchPostgresUrl } from './support.js';

const PUPILS = Number(process.env.BENCH_PATTERN_PUPILS ?? 30_000);
const CHUNK = 250;
const ONE_PUPIL_RUNS = Number(process.env.BENCH_PATTERN_RUNS ?? 2000);

const between = (random: () => number, a: number, b: number) => a + (b - a) * random();

/** The demo's spread of absence: most pupils 0-3.5 %, some 3.5-6 %, one in ten 6-12 %; one in ten often late. */
function profileOf(random: () => number): AbsenceProfile {
  const band = random();
  const total = band < 0.7 ? between(random, 0, 0.035) : band < 0.9 ? between(random, 0.035, 0.06) : between(random, 0.06, 0.12);
  const wholeDays = between(random, 0.65, 0.9);
  return { dayRate: total * wholeDays, lessonRate: total * (1 - wholeDays), lateRate: random() < 0.1 ? between(random, 0.05, 0.15) : between(random, 0, 0.04) };
}

/** One pupil in fifty with a planted pattern, so the detectors also do the work of finding one. */
function plantOf(random: () => number): Plant | undefined {
  if (random() >= 0.02) return undefined;
  switch (Math.floor(random() * 4)) {
    case 0:
      return { wholeDay: (_d, weekday) => (weekday === 1 && random() < 0.6 ? true : undefined) };
    case 1:
      return { lesson: (_d, _p, slot) => (slot.subjectCode === 'MAT' && random() < 0.35 ? true : undefined) };
    case 2:
      return { wholeDay: (_d, _w, i) => (i >= 60 && i < 75 ? true : undefined) };
    default:
      return { late: () => random() < 0.6 };
  }
}

function pupilAt(i: number): GeneratedPupil {
  const random = seededRandom(i * 2654435761);
  return generatePupil({ seed: i + 1, profile: profileOf(random), plant: plantOf(random) });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export async function patternsBench() {
  // One pupil: the same pupils again and again, each call timed.
  const sample = Array.from({ length: 50 }, (_, i) => pupilAt(i));
  const marksPerPupil = sample.reduce((n, p) => n + p.marks.length, 0) / sample.length;
  for (let i = 0; i < 200; i++) detectPatterns({ marks: sample[i % sample.length]!.marks, calendar: YEAR, asOf: YEAR.endsOn });
  const times: number[] = [];
  for (let i = 0; i < ONE_PUPIL_RUNS; i++) {
    const pupil = sample[i % sample.length]!;
    const started = performance.now();
    detectPatterns({ marks: pupil.marks, calendar: YEAR, asOf: YEAR.endsOn });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);

  // Many pupils: each generated once, in chunks.
  let detectMs = 0;
  let generateMs = 0;
  let marks = 0;
  let withPattern = 0;
  for (let start = 0; start < PUPILS; start += CHUNK) {
    const began = performance.now();
    const chunk = Array.from({ length: Math.min(CHUNK, PUPILS - start) }, (_, i) => pupilAt(1000 + start + i));
    const generated = performance.now();
    generateMs += generated - began;
    for (const pupil of chunk) {
      marks += pupil.marks.length;
      if (detectPatterns({ marks: pupil.marks, calendar: YEAR, asOf: YEAR.endsOn }).length > 0) withPattern++;
    }
    detectMs += performance.now() - generated;
  }

  console.log(`A school year (${YEAR.name}, ${fmt(marksPerPupil)} marks a pupil), all nine detectors, in memory; PostgreSQL read not included.`);
  table([
    ['measure', 'value'],
    ['one pupil p50 (ms)', fmt(percentile(times, 50), 3)],
    ['one pupil p95 (ms)', fmt(percentile(times, 95), 3)],
    [`${fmt(PUPILS)} pupils, detectors (s)`, fmt(detectMs / 1000, 2)],
    ['per pupil-year (ms)', fmt(detectMs / PUPILS, 3)],
    ['marks judged', fmt(marks)],
    ['pupils with a pattern', `${fmt(withPattern)} (${fmt((100 * withPattern) / PUPILS, 1)} %)`],
    ['generating the pupils (s, not timed above)', fmt(generateMs / 1000, 1)],
  ]);
  await onPostgres(process.env.BENCH_COUNTY_DB ?? 'naervaer_bench_county');
}

/** All detectors for every pupil of the county database: the read, the decoding and the judging. */
async function onPostgres(name: string) {
  const url = new URL(benchPostgresUrl());
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: benchPostgresUrl() });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  await admin.end();
  if (!exists) {
    console.log(`\nPostgreSQL: no database ${name}; seed it with BENCH_COUNTY_DB=${name} npm run bench -- rules.`);
    return;
  }
  const database: Database = await openDatabase({ databaseUrl: url.toString(), dataDir: '', poolSize: 4 });
  try {
    const [{ asOf } = { asOf: '' }] = await database.query<{ asOf: string }>('select max(date) as "asOf" from lessons where status = \'held\'');
    const schools = await database.query<{ id: string }>('select id from schools');
    const calendars = await schoolCalendarsOn(database, schools.map((s) => s.id), asOf);
    const pupilSchool = new Map((await database.query<{ id: string; school_id: string }>('select id, school_id from pupils')).map((p) => [p.id, p.school_id]));
    const subjects = new Map((await database.query<{ id: string; code: string; name: string }>('select id, code, name from subjects')).map((s) => [s.id, s]));
    const startYear = [...calendars.values()][0]?.startYear ?? 0;
    let pupils = 0;
    let withPattern = 0;
    let readMs = 0;
    let judgeMs = 0;
    const began = performance.now();
    for (let after: string | null = null; ; ) {
      const t0 = performance.now();
      const page = await pupilYearsPage(database, startYear, after, 1000);
      readMs += performance.now() - t0;
      if (page.length === 0) break;
      after = page[page.length - 1]!.pupil_id;
      const t1 = performance.now();
      for (const row of page) {
        const calendar = calendars.get(pupilSchool.get(row.pupil_id) ?? '');
        if (!calendar) continue;
        const marks = decodeMarksForFigures(startYear, { dictionary: row.dictionary, days: row.days }, row.pupil_id, subjects);
        if (detectPatterns({ marks, calendar, asOf }).length > 0) withPattern++;
        pupils++;
      }
      judgeMs += performance.now() - t1;
    }
    const totalS = (performance.now() - began) / 1000;

    // One pupil's page, as the contact teacher opens it: access, audit, read, all nine detectors.
    const [lead] = await database.query<{ user_id: string; school_id: string; owner_id: string }>(
      `select r.user_id, r.school_id, s.owner_id from role_assignments r join schools s on s.id = r.school_id where r.role = 'teacher' limit 1`,
    );
    const some = await database.query<{ id: string }>('select id from pupils where school_id = $1 limit 40', [lead!.school_id]);
    const actor = { userId: lead!.user_id, ownerId: lead!.owner_id, roles: [{ role: 'leadership' as const, schoolId: lead!.school_id }] };
    const clock = fixedClock(`${asOf}T14:00:00+02:00`);
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const started = performance.now();
      await getPupilPatterns(database, clock, actor, some[i % some.length]!.id);
      if (i >= 10) times.push(performance.now() - started);
    }
    const one = percentiles(times);
    console.log(`\nOn PostgreSQL (${name}), judged as on ${asOf}:`);
    table([
      ['measure', 'value', 'goal'],
      [`all detectors, ${fmt(pupils)} pupils (s)`, fmt(totalS, 1), '< 10'],
      ['  reading the pupil years (s)', fmt(readMs / 1000, 1), ''],
      ['  decoding and detecting (s)', fmt(judgeMs / 1000, 1), ''],
      ['pupils with a pattern', `${fmt(withPattern)} (${fmt((100 * withPattern) / Math.max(1, pupils), 1)} %)`, ''],
      ["one pupil's patterns through the service, p50 / p95 (ms)", `${fmt(one.p50, 1)} / ${fmt(one.p95, 1)}`, '< 10'],
    ]);
  } finally {
    await database.close();
  }
}
