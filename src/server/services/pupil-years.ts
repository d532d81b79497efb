// Keeps pupil_year_marks, the one-row-a-pupil copy of the held marks, in step
// with attendance_marks, and reads marks from it. Triggers list each changed
// (pupil, date) as stale; a registration writes its own days anew before it
// commits, and every reader writes any stale day of its pupils before reading,
// so nobody ever reads a stale year (docs/decisions/004-pupil-year-marks.md).
import type { Database, Queryable } from '../db/client.js';
import * as repo from '../db/repositories/pupil-years.js';
import type { HeldMarkRow, StaleDayRow } from '../db/repositories/pupil-years.js';
import {
  decodeMarksForFigures,
  recordYearOf,
  recordYearSpan,
  encodePupilYear,
  replaceDays,
  type HeldMark,
  type PupilYearRecord,
} from '../../domain/figures/pupil-year-codec.js';
import type { MarkForFigures } from '../../domain/figures/types.js';

const toHeldMark = (r: HeldMarkRow): HeldMark => ({
  date: r.date,
  period: r.period,
  subjectId: r.subject_id,
  teacherId: r.teacher_id,
  durationMinutes: r.duration,
  status: r.status,
  minutesLate: r.minutes_late,
  documentation: r.documentation,
  reasonCode: r.reason_code,
});

const yearKey = (pupilId: string, startYear: number) => `${pupilId}|${startYear}`;

/**
 * Writes the stale days of the pupils (or, with `null`, a batch of anybody's)
 * into their years. Must run inside a transaction: the stale rows stay locked
 * until it commits. Returns how many days were written.
 */
export async function refreshStaleDays(tx: Queryable, pupilIds: readonly string[] | null, batch = 5000): Promise<number> {
  const stale = await repo.lockStaleDays(tx, pupilIds, batch);
  if (stale.length === 0) return 0;
  const datesByYear = new Map<string, { pupilId: string; startYear: number; dates: Set<string> }>();
  for (const day of stale) {
    const startYear = recordYearOf(day.date);
    const key = yearKey(day.pupil_id, startYear);
    let entry = datesByYear.get(key);
    if (entry === undefined) datesByYear.set(key, (entry = { pupilId: day.pupil_id, startYear, dates: new Set() }));
    entry.dates.add(day.date);
  }
  const marksByYear = new Map<string, HeldMark[]>();
  for (const row of await repo.heldMarksOnDays(tx, stale)) {
    const key = yearKey(row.pupil_id, recordYearOf(row.date));
    let list = marksByYear.get(key);
    if (list === undefined) marksByYear.set(key, (list = []));
    list.push(toHeldMark(row));
  }
  const keys = [...datesByYear.values()].map(({ pupilId, startYear }) => ({ pupilId, startYear }));
  const current = new Map((await repo.lockPupilYears(tx, keys)).map((r) => [yearKey(r.pupil_id, r.start_year), r]));
  const writes = [...datesByYear.entries()].map(([key, { pupilId, startYear, dates }]) => {
    const row = current.get(key);
    const record = replaceDays(startYear, row ? { dictionary: row.dictionary, days: row.days } : null, dates, marksByYear.get(key) ?? []);
    return { pupilId, startYear, ...record };
  });
  await repo.savePupilYears(tx, writes, new Date());
  await repo.deleteStaleDays(tx, stale);
  await repo.queueForEvaluation(tx, [...new Set(writes.map((w) => w.pupilId))]);
  return stale.length;
}

/** Writes every stale day there is, a batch a transaction: after a bulk load, and before a county-wide read. */
export async function refreshAllStaleDays(database: Database, batch = 20_000): Promise<number> {
  let total = 0;
  for (;;) {
    const written = await database.transaction((tx) => refreshStaleDays(tx, null, batch));
    total += written;
    if (written === 0) return total;
  }
}

/** Makes sure the pupils' years are up to date, writing their stale days if they have any. */
export async function ensureFresh(database: Database, pupilIds: readonly string[]): Promise<void> {
  if (pupilIds.length === 0) return;
  if (!(await repo.anyStale(database, pupilIds))) return;
  await database.transaction((tx) => refreshStaleDays(tx, pupilIds));
}

/**
 * Writes the pupils' years from all their marks, whatever is stale: for the
 * demo and county-scale seeders, which load marks in bulk. Stale rows of those
 * pupils are cleared with it.
 */
export async function rebuildPupilYears(database: Database, pupilIds: readonly string[], startYear: number): Promise<void> {
  const { from, to } = recordYearSpan(startYear);
  await database.transaction(async (tx) => {
    await tx.query('delete from pupil_year_marks_stale where pupil_id = any($1::uuid[]) and date between $2::date and $3::date', [
      pupilIds,
      from,
      to,
    ]);
    const byPupil = new Map<string, HeldMark[]>();
    for (const row of await repo.heldMarksOfPupils(tx, pupilIds, from, to)) {
      let list = byPupil.get(row.pupil_id);
      if (list === undefined) byPupil.set(row.pupil_id, (list = []));
      list.push(toHeldMark(row));
    }
    const writes = pupilIds.map((pupilId) => ({ pupilId, startYear, ...encodePupilYear(startYear, byPupil.get(pupilId) ?? []) }));
    await repo.savePupilYears(tx, writes, new Date());
    await repo.queueForEvaluation(tx, pupilIds);
  });
}

/** Rebuilds the years of many pupils a few hundred at a time, so memory stays bounded. */
export async function rebuildPupilYearsInChunks(database: Database, pupilIds: readonly string[], startYear: number, chunk = 400) {
  for (let i = 0; i < pupilIds.length; i += chunk) await rebuildPupilYears(database, pupilIds.slice(i, i + chunk), startYear);
}

export type PupilMark = MarkForFigures & { pupilId: string };

/**
 * The held marks of the pupils between two days, as the figures take them:
 * ordered by pupil, then date and period, with subject codes and names.
 * Read from pupil_year_marks, after writing any stale day of these pupils.
 */
export async function heldMarksOf(database: Database, pupilIds: readonly string[], from: string, to: string): Promise<PupilMark[]> {
  if (pupilIds.length === 0 || from > to) return [];
  await ensureFresh(database, pupilIds);
  const records = new Map<string, { startYear: number; record: PupilYearRecord }[]>();
  for (let startYear = recordYearOf(from); startYear <= recordYearOf(to); startYear++) {
    for (const row of await repo.pupilYears(database, pupilIds, startYear)) {
      let list = records.get(row.pupil_id);
      if (list === undefined) records.set(row.pupil_id, (list = []));
      list.push({ startYear, record: { dictionary: row.dictionary, days: row.days } });
    }
  }
  const subjectIds = new Set<string>();
  for (const list of records.values()) for (const { record } of list) for (const [subjectId] of record.dictionary.courses) subjectIds.add(subjectId);
  const subjects = new Map((await repo.subjectsByIds(database, [...subjectIds])).map((s) => [s.id, s]));
  const marks: PupilMark[] = [];
  for (const pupilId of [...records.keys()].sort()) {
    for (const { startYear, record } of records.get(pupilId) ?? []) {
      for (const m of decodeMarksForFigures(startYear, record, pupilId, subjects, from, to)) marks.push(m);
    }
  }
  return marks;
}

export type { StaleDayRow };
