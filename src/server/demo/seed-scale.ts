// County-scale data for benchmarks: N pupils in upper-secondary schools of
// about 600 under one county, W weeks (5 school days each) of registered
// lessons and marks from the start of the school year.
//
// The school structure and lessons go in one transaction; marks follow in
// chunks of four weeks per school, each its own transaction, so memory stays
// bounded and PostgreSQL can take several chunks at once. A failure part way
// leaves the marks written so far: this is a benchmark tool, not the demo.
// Rows go in without per-row foreign-key checks where allowed and are checked
// set-based afterwards (see trusted-load.ts).
import { availableParallelism } from 'node:os';
import { randomUUID } from 'node:crypto';
import { schoolDayOf } from '../../domain/dates.js';
import { norwegianSchoolYear, schoolDays, schoolYearStartYearFor } from '../../domain/school-calendar.js';
import type { Database } from '../db/client.js';
import { StartupError } from '../startup-error.js';
import { DEFAULT_BATCH_ROWS, inTransaction, runnerFor } from './bulk-insert.js';
import { checkForeignKeys, restoreRowChecks, skipRowChecks } from './trusted-load.js';
import { writeScaleLessons, writeScaleMarksInBatches, writeScaleMarksInSql } from './scale-attendance.js';
import { SCALE_OWNER_NAME, writeScaleStructure } from './scale-structure.js';
import { rebuildPupilYearsInChunks } from '../services/pupil-years.js';

export type ScaleStrategy = 'sql' | 'unnest';

export interface SeedScaleOptions {
  pupils: number;
  /** Weeks of five school days from the first school day; at most the whole year (38). */
  weeks: number;
  seed?: number;
  /** Default: the school year of today. */
  schoolYearStartYear?: number;
  /**
   * How marks are produced (see scale-attendance.ts). 'unnest', the default,
   * measured faster on both engines: 3,000 pupils x 4 weeks took 7-9 s of
   * marks against 11-13 s for 'sql' on PostgreSQL, 28 s against 40 s on PGlite.
   */
  strategy?: ScaleStrategy;
  /** Chunks written at once; PGlite has one connection and always takes 1. */
  concurrency?: number;
}

export interface SeedScaleResult {
  pupils: number;
  schools: number;
  lessons: number;
  marks: number;
  seconds: number;
  /** Where the time went, in seconds: school structure and lessons, marks, the set-based checks and statistics after. */
  phases: { structure: number; marks: number; checks: number };
  strategy: ScaleStrategy;
}

const CHUNK_DAYS = 20;
const SCALE_TABLES = [
  'school_owners', 'schools', 'school_years', 'terms', 'holidays', 'subjects', 'groups', 'users', 'role_assignments',
  'group_teachers', 'pupils', 'group_memberships', 'contact_teachers', 'guardians', 'pupil_guardians', 'lessons',
];
/** 190 school days. */
const MAX_WEEKS = 38;

export async function seedScale(database: Database, options: SeedScaleOptions): Promise<SeedScaleResult> {
  const started = performance.now();
  const { pupils, weeks } = options;
  if (!Number.isInteger(pupils) || pupils < 1 || pupils > 1_000_000) {
    throw new StartupError(`The number of pupils must be a whole number from 1 to 1000000 (got ${pupils}).`);
  }
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS) {
    throw new StartupError(`The number of weeks must be a whole number from 1 to ${MAX_WEEKS} (got ${weeks}).`);
  }
  const seed = options.seed ?? 1;
  const strategy = options.strategy ?? 'unnest';
  const existing = await database.query<{ n: number }>('select count(*)::int as n from school_owners where name = $1', [SCALE_OWNER_NAME]);
  if ((existing[0]?.n ?? 0) > 0) {
    throw new StartupError(`The database already holds county-scale data (${SCALE_OWNER_NAME}); seed it into a fresh database.`);
  }

  const calendar = norwegianSchoolYear(options.schoolYearStartYear ?? schoolYearStartYearFor(schoolDayOf(new Date())));
  const days = schoolDays(calendar).slice(0, weeks * 5);
  const ownerId = randomUUID();

  let checksSkipped = false;
  const { schools, lessons } = await inTransaction(database, async (runner) => {
    const skipped = await skipRowChecks(runner, database.kind, SCALE_TABLES);
    const written = await writeScaleStructure(runner, { pupils, seed, calendar, ownerId });
    let lessonCount = 0;
    for (const school of written) lessonCount += await writeScaleLessons(runner, school, days);
    if (skipped) {
      await restoreRowChecks(runner);
      await checkForeignKeys(runner, SCALE_TABLES);
    }
    return { schools: written, lessons: lessonCount };
  });

  const structureDone = performance.now();

  const chunks = schools.flatMap((school) => {
    const list: { schoolId: string; from: string; to: string }[] = [];
    for (let i = 0; i < days.length; i += CHUNK_DAYS) {
      list.push({ schoolId: school.id, from: days[i] ?? '', to: days[Math.min(i + CHUNK_DAYS, days.length) - 1] ?? '' });
    }
    return list;
  });
  const concurrency = database.kind === 'pglite' ? 1 : Math.max(1, options.concurrency ?? Math.min(4, availableParallelism()));
  let marks = 0;
  let next = 0;
  const worker = async () => {
    for (let chunk = chunks[next++]; chunk; chunk = chunks[next++]) {
      const { schoolId, from, to } = chunk;
      const written = await inTransaction(database, async (runner) => {
        checksSkipped = (await skipRowChecks(runner, database.kind, ['attendance_marks'])) || checksSkipped;
        // Compiling each chunk's statement costs PostgreSQL more than it saves.
        if (database.kind === 'postgresql') await runner.query('set local jit = off');
        return strategy === 'sql'
          ? writeScaleMarksInSql(runner, schoolId, from, to, seed)
          : writeScaleMarksInBatches(runner, schoolId, from, to, seed, DEFAULT_BATCH_ROWS);
      });
      marks += written;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const marksDone = performance.now();
  // The marks went in without per-row checks: check every reference once, set-based.
  if (checksSkipped) await checkForeignKeys(runnerFor(database), ['attendance_marks']);
  // The marks may have gone in without the triggers that keep pupil_year_marks: write the years whole.
  const pupilIds = await database.query<{ id: string }>('select id from pupils where owner_id = $1 order by id', [ownerId]);
  await rebuildPupilYearsInChunks(database, pupilIds.map((p) => p.id), calendar.startYear);
  // Fresh statistics, so that queries against the new data get sensible plans at once.
  await database.query('analyze lessons, attendance_marks, pupils, group_memberships');

  return {
    pupils,
    schools: schools.length,
    lessons,
    marks,
    seconds: (performance.now() - started) / 1000,
    phases: {
      structure: (structureDone - started) / 1000,
      marks: (marksDone - structureDone) / 1000,
      checks: (performance.now() - marksDone) / 1000,
    },
    strategy,
  };
}
