import type { Queryable } from '../client.js';
import type { MarkForFigures } from '../../../domain/absence-figures.js';

export interface CalendarRow extends Record<string, unknown> {
  school_year_id: string;
  starts_on: string;
  ends_on: string;
  terms: { kind: 'autumn' | 'spring'; startsOn: string; endsOn: string }[] | null;
}

/** The school year holding the day (or the latest begun before it) with its terms. */
export async function schoolCalendar(db: Queryable, schoolId: string, day: string) {
  const rows = await db.query<CalendarRow>(
    `select y.id as school_year_id, y.starts_on, y.ends_on,
            (select json_agg(json_build_object('kind', t.kind, 'startsOn', t.starts_on, 'endsOn', t.ends_on) order by t.starts_on)
               from terms t where t.school_year_id = y.id) as terms
       from school_years y
      where y.school_id = $1 and y.starts_on <= $2::date
      order by (y.ends_on >= $2::date) desc, y.starts_on desc limit 1`,
    [schoolId, day],
  );
  return rows[0] ?? null;
}

export async function reasonsExemptFromLimit(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ code: string }>('select code from absence_reasons where not counts_toward_limit');
  return rows.map((r) => r.code);
}

export interface PupilRefRow extends Record<string, unknown> {
  id: string;
  given_name: string;
  family_name: string;
  school_id: string;
  school_name: string;
  school_level: string;
  owner_id: string;
  class_name: string | null;
  contact_teacher_ids: string[];
  /** Teachers who teach a group the pupil is in this school year. */
  teacher_ids: string[];
}

const pupilRefSelect = `
  select p.id, p.given_name, p.family_name, p.school_id, s.name as school_name, s.level as school_level, p.owner_id,
         (select g.name from group_memberships m join groups g on g.id = m.group_id
           where m.pupil_id = p.id and g.kind = 'class' and m.valid_from <= $2::date and (m.valid_to is null or m.valid_to >= $2::date)
           order by m.valid_from desc limit 1) as class_name,
         coalesce((select array_agg(ct.user_id::text) from contact_teachers ct
            where ct.pupil_id = p.id and ct.valid_from <= $2::date and (ct.valid_to is null or ct.valid_to >= $2::date)), '{}') as contact_teacher_ids,
         coalesce((select array_agg(distinct gt.user_id::text) from group_memberships m join group_teachers gt on gt.group_id = m.group_id
            where m.pupil_id = p.id and (m.valid_to is null or m.valid_to >= $2::date - 366)), '{}') as teacher_ids
    from pupils p join schools s on s.id = p.school_id`;

export async function pupilRef(db: Queryable, pupilId: string, day: string) {
  const rows = await db.query<PupilRefRow>(`${pupilRefSelect} where p.id = $1`, [pupilId, day]);
  return rows[0] ?? null;
}

/** The pupils of a class on a day. */
export function classPupilRefs(db: Queryable, classId: string, day: string) {
  return db.query<PupilRefRow>(
    `${pupilRefSelect}
      where p.id in (select m.pupil_id from group_memberships m
                      where m.group_id = $1 and m.valid_from <= $2::date and (m.valid_to is null or m.valid_to >= $2::date))
      order by p.family_name, p.given_name`,
    [classId, day],
  );
}

/** A contact teacher's pupils on a day. */
export function contactPupilRefs(db: Queryable, userId: string, day: string) {
  return db.query<PupilRefRow>(
    `${pupilRefSelect}
      where p.id in (select ct.pupil_id from contact_teachers ct
                      where ct.user_id = $1 and ct.valid_from <= $2::date and (ct.valid_to is null or ct.valid_to >= $2::date))
      order by p.family_name, p.given_name`,
    [userId, day],
  );
}

interface MarkRow extends Record<string, unknown> {
  pupil_id: string;
  lesson_id: number;
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

/**
 * The marks of the pupils between two days, as the figures take them, ordered
 * by pupil, date and period. Only held lessons: the figures ignore the rest
 * anyway, and a year of marks is many rows to carry. Subject names come from
 * one lookup instead of on every row. The teacher is the lesson's own
 * (timetabled) teacher, for absence with particular teachers (patterns).
 */
export async function marksForFigures(
  db: Queryable,
  pupilIds: readonly string[],
  from: string,
  to: string,
): Promise<(MarkForFigures & { pupilId: string })[]> {
  if (pupilIds.length === 0) return [];
  const [rows, subjectRows] = await Promise.all([
    db.query<MarkRow>(
      `select a.pupil_id, a.lesson_id, a.date, l.period, l.subject_id, l.teacher_id,
              (extract(epoch from (l.ends_at - l.starts_at)) / 60)::int as duration,
              a.status, a.minutes_late, a.documentation, a.reason_code
         from attendance_marks a
         join lessons l on l.id = a.lesson_id and l.status = 'held'
        where a.pupil_id = any($1::uuid[]) and a.date between $2::date and $3::date
        order by a.pupil_id, a.date, l.period`,
      [pupilIds, from, to],
    ),
    db.query<{ id: string; code: string; name: string }>(
      `select distinct s.id, s.code, s.name from subjects s
         join pupils p on p.school_id = s.school_id where p.id = any($1::uuid[])`,
      [pupilIds],
    ),
  ]);
  const subjects = new Map(subjectRows.map((s) => [s.id, s]));
  return rows.map((r) => {
    const subject = subjects.get(r.subject_id);
    return {
      pupilId: r.pupil_id,
      lessonId: r.lesson_id,
      date: r.date,
      period: r.period,
      subjectId: r.subject_id,
      subjectCode: subject?.code ?? '',
      subjectName: subject?.name ?? '',
      teacherId: r.teacher_id,
      lessonStatus: 'held' as const,
      durationMinutes: r.duration,
      status: r.status,
      minutesLate: r.minutes_late,
      documentation: r.documentation,
      reasonCode: r.reason_code,
    };
  });
}

export async function findClassRef(db: Queryable, classId: string) {
  const rows = await db.query<{ id: string; name: string; school_id: string; owner_id: string; teacher_ids: string[] }>(
    `select g.id, g.name, g.school_id, s.owner_id,
            coalesce((select array_agg(distinct gt.user_id::text) from group_teachers gt where gt.group_id = g.id), '{}') as teacher_ids
       from groups g join schools s on s.id = g.school_id where g.id = $1 and g.kind = 'class'`,
    [classId],
  );
  return rows[0] ?? null;
}

export interface SchoolFiguresRow extends Record<string, unknown> {
  pupil_id: string;
  held: number;
  absent: number;
  undocumented: number;
  reported: number;
  documented: number;
  school_days: number;
  whole_days: number;
  whole_day_lessons: number;
  single_minutes: number;
  late: number;
  late_minutes: number;
  worst_subject_code: string | null;
  worst_subject_name: string | null;
  worst_subject_held: number | null;
  worst_subject_undocumented: number | null;
}

/**
 * The same summary figures as the domain's computeAbsenceFigures, aggregated
 * in the database for a whole school at once: a school's year of marks is
 * over a million rows, too many to carry to the application for one page.
 * test/http/school-figures.test.ts checks that both give the same numbers.
 */
export function schoolFiguresSummary(db: Queryable, schoolId: string, from: string, to: string) {
  return db.query<SchoolFiguresRow>(
    `with marks as (
       select a.pupil_id, a.date, l.subject_id, a.status, a.documentation, a.minutes_late,
              extract(epoch from (l.ends_at - l.starts_at)) / 60 as minutes
         from attendance_marks a join lessons l on l.id = a.lesson_id
        where a.school_id = $1 and a.date between $2::date and $3::date and l.status = 'held'
     ), days as (
       select pupil_id, date, count(*) as held, count(*) filter (where status = 'F') as absent,
              sum(minutes) filter (where status = 'F') as absent_minutes
         from marks group by pupil_id, date
     ), per_day as (
       select pupil_id, count(*)::int as school_days,
              count(*) filter (where absent = held)::int as whole_days,
              coalesce(sum(absent) filter (where absent = held), 0)::int as whole_day_lessons,
              coalesce(sum(absent_minutes) filter (where absent < held), 0)::float8 as single_minutes
         from days group by pupil_id
     ), per_subject as (
       select distinct on (m.pupil_id) m.pupil_id, s.code, s.name, count(*)::int as held,
              count(*) filter (where m.status = 'F' and m.documentation = 'undocumented')::int as undocumented
         from marks m join subjects s on s.id = m.subject_id
        group by m.pupil_id, s.code, s.name
        order by m.pupil_id,
                 (count(*) filter (where m.status = 'F' and m.documentation = 'undocumented'))::float8 / count(*) desc, s.code
     ), per_pupil as (
       select pupil_id, count(*)::int as held,
              count(*) filter (where status = 'F')::int as absent,
              count(*) filter (where status = 'F' and documentation = 'undocumented')::int as undocumented,
              count(*) filter (where status = 'F' and documentation = 'reported')::int as reported,
              count(*) filter (where status = 'F' and documentation = 'documented')::int as documented,
              count(*) filter (where status = 'S')::int as late,
              coalesce(sum(minutes_late) filter (where status = 'S'), 0)::int as late_minutes
         from marks group by pupil_id
     )
     -- Each part is aggregated to one row a pupil before the joins, so the plan
     -- stays cheap whatever the statistics say.
     select p.pupil_id, p.held, p.absent, p.undocumented, p.reported, p.documented,
            d.school_days, d.whole_days, d.whole_day_lessons, d.single_minutes, p.late, p.late_minutes,
            w.code as worst_subject_code, w.name as worst_subject_name, w.held as worst_subject_held,
            w.undocumented as worst_subject_undocumented
       from per_pupil p join per_day d using (pupil_id) left join per_subject w using (pupil_id)`,
    [schoolId, from, to],
  );
}

/** The pupils of a school on a day, with their class. */
export function schoolPupils(db: Queryable, schoolId: string, day: string) {
  return db.query<{ id: string; given_name: string; family_name: string; class_name: string }>(
    `select p.id, p.given_name, p.family_name, g.name as class_name
       from pupils p
       join group_memberships m on m.pupil_id = p.id and m.valid_from <= $2::date and (m.valid_to is null or m.valid_to >= $2::date)
       join groups g on g.id = m.group_id and g.kind = 'class'
      where p.school_id = $1
      order by p.family_name, p.given_name`,
    [schoolId, day],
  );
}
