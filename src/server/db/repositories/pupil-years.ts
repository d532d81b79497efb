import type { Queryable } from '../client.js';
import type { YearDictionary } from '../../../domain/figures/pupil-year-codec.js';

export interface StaleDayRow extends Record<string, unknown> {
  pupil_id: string;
  date: string;
}

/**
 * The stale days of the pupils (or, without pupils, the first `limit` of
 * all), locked until the transaction ends so that nobody writes them twice at
 * once. A mark changed meanwhile waits for the lock and lists its day again.
 */
export function lockStaleDays(tx: Queryable, pupilIds: readonly string[] | null, limit: number) {
  return pupilIds === null
    ? tx.query<StaleDayRow>(
        'select pupil_id, date from pupil_year_marks_stale order by pupil_id, date limit $1 for update skip locked',
        [limit],
      )
    : tx.query<StaleDayRow>(
        'select pupil_id, date from pupil_year_marks_stale where pupil_id = any($1::uuid[]) order by pupil_id, date for update',
        [pupilIds],
      );
}

/** Whether any of the pupils has a stale day: the cheap question asked before every read. */
export async function anyStale(db: Queryable, pupilIds: readonly string[]): Promise<boolean> {
  const rows = await db.query<{ one: number }>(
    'select 1 as one from pupil_year_marks_stale where pupil_id = any($1::uuid[]) limit 1',
    [pupilIds],
  );
  return rows.length > 0;
}

export async function anyStaleAtAll(db: Queryable): Promise<boolean> {
  return (await db.query('select 1 from pupil_year_marks_stale limit 1')).length > 0;
}

export function deleteStaleDays(tx: Queryable, days: readonly StaleDayRow[]) {
  return tx.query(
    `delete from pupil_year_marks_stale s using unnest($1::uuid[], $2::date[]) as d(pupil_id, date)
      where s.pupil_id = d.pupil_id and s.date = d.date`,
    [days.map((d) => d.pupil_id), days.map((d) => d.date)],
  );
}

export interface HeldMarkRow extends Record<string, unknown> {
  pupil_id: string;
  date: string;
  period: number;
  subject_id: string;
  teacher_id: string | null;
  duration: number;
  status: 'M' | 'F' | 'S' | 'O';
  minutes_late: number | null;
  documentation: 'undocumented' | 'reported' | 'documented';
  reason_code: string | null;
}

const heldMarkColumns = `a.pupil_id, a.date, l.period, l.subject_id, l.teacher_id,
  (extract(epoch from (l.ends_at - l.starts_at)) / 60)::int as duration,
  a.status, a.minutes_late, a.documentation, a.reason_code`;

/** The held marks of the given (pupil, date) pairs. */
export function heldMarksOnDays(tx: Queryable, days: readonly StaleDayRow[]) {
  return tx.query<HeldMarkRow>(
    `select ${heldMarkColumns}
       from unnest($1::uuid[], $2::date[]) as d(pupil_id, date)
       join attendance_marks a on a.pupil_id = d.pupil_id and a.date = d.date
       join lessons l on l.id = a.lesson_id and l.status = 'held'`,
    [days.map((d) => d.pupil_id), days.map((d) => d.date)],
  );
}

/** All held marks of the pupils between two days, by pupil: for writing their years from scratch. */
export function heldMarksOfPupils(db: Queryable, pupilIds: readonly string[], from: string, to: string) {
  return db.query<HeldMarkRow>(
    `select ${heldMarkColumns}
       from attendance_marks a join lessons l on l.id = a.lesson_id and l.status = 'held'
      where a.pupil_id = any($1::uuid[]) and a.date between $2::date and $3::date
      order by a.pupil_id`,
    [pupilIds, from, to],
  );
}

export interface PupilYearRow extends Record<string, unknown> {
  pupil_id: string;
  start_year: number;
  dictionary: YearDictionary;
  days: string;
}

export function lockPupilYears(tx: Queryable, keys: readonly { pupilId: string; startYear: number }[]) {
  return tx.query<PupilYearRow>(
    `select y.pupil_id, y.start_year, y.dictionary, y.days
       from pupil_year_marks y join unnest($1::uuid[], $2::smallint[]) as k(pupil_id, start_year)
         on y.pupil_id = k.pupil_id and y.start_year = k.start_year
      order by y.pupil_id, y.start_year
        for update of y`,
    [keys.map((k) => k.pupilId), keys.map((k) => k.startYear)],
  );
}

export function pupilYears(db: Queryable, pupilIds: readonly string[], startYear: number) {
  return db.query<PupilYearRow>(
    'select pupil_id, start_year, dictionary, days from pupil_year_marks where pupil_id = any($1::uuid[]) and start_year = $2',
    [pupilIds, startYear],
  );
}

/** Every pupil year of an owner (or of everyone), in pupil order, a page at a time. */
export function pupilYearsPage(db: Queryable, startYear: number, afterPupilId: string | null, limit: number, ownerId?: string) {
  return db.query<PupilYearRow>(
    `select pupil_id, start_year, dictionary, days from pupil_year_marks
      where start_year = $1 and ($2::uuid is null or pupil_id > $2::uuid) and ($4::uuid is null or owner_id = $4::uuid)
      order by pupil_id limit $3`,
    [startYear, afterPupilId, limit, ownerId ?? null],
  );
}

export interface PupilYearWrite {
  pupilId: string;
  startYear: number;
  dictionary: YearDictionary;
  days: string;
}

/** Writes the years; a year with no held lesson left is removed. */
export async function savePupilYears(tx: Queryable, years: readonly PupilYearWrite[], at: Date) {
  const kept = years.filter((y) => y.days !== '');
  const emptied = years.filter((y) => y.days === '');
  if (kept.length > 0) {
    await tx.query(
      `insert into pupil_year_marks (pupil_id, start_year, owner_id, dictionary, days, updated_at)
       select y.pupil_id, y.start_year, p.owner_id, y.dictionary, y.days, $5
         from unnest($1::uuid[], $2::smallint[], $3::jsonb[], $4::text[]) as y(pupil_id, start_year, dictionary, days)
         join pupils p on p.id = y.pupil_id
       on conflict (pupil_id, start_year) do update
          set dictionary = excluded.dictionary, days = excluded.days, updated_at = excluded.updated_at`,
      [
        kept.map((y) => y.pupilId),
        kept.map((y) => y.startYear),
        kept.map((y) => JSON.stringify(y.dictionary)),
        kept.map((y) => y.days),
        at,
      ],
    );
  }
  if (emptied.length > 0) {
    await tx.query(
      `delete from pupil_year_marks y using unnest($1::uuid[], $2::smallint[]) as k(pupil_id, start_year)
        where y.pupil_id = k.pupil_id and y.start_year = k.start_year`,
      [emptied.map((y) => y.pupilId), emptied.map((y) => y.startYear)],
    );
  }
}

/** The pupils are to be judged again: their marks changed. */
export async function queueForEvaluation(tx: Queryable, pupilIds: readonly string[]) {
  if (pupilIds.length === 0) return;
  await tx.query(
    `insert into pupils_to_evaluate (pupil_id)
     select p.id from pupils p where p.id = any($1::uuid[]) order by p.id
     on conflict (pupil_id) do nothing`,
    [pupilIds],
  );
}

/** Subject codes and names, looked up once for many pupils' marks. */
export function subjectsByIds(db: Queryable, subjectIds: readonly string[]) {
  return db.query<{ id: string; code: string; name: string }>('select id, code, name from subjects where id = any($1::uuid[])', [
    subjectIds,
  ]);
}
