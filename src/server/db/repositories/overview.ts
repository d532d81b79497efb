// Reads and writes for the overview: the concerns and cases behind the
// monthly review and routine fidelity, the counts behind the owner's
// statistics, the review's checklist and the yearly calendar.
import type { Queryable } from '../client.js';
import type { CaseEvent } from '../../../contracts/followup-case.js';

export interface ConcernFactRow extends Record<string, unknown> {
  pupil_id: string;
  class_name: string | null;
  rule_id: string;
  rule_name: string;
  level: 'notice' | 'concern' | 'serious';
  approaching: boolean;
  backfilled: boolean;
  holds: boolean;
  raised_on: string;
  window_to: string;
}

/** A school's concerns in windows from `since` on, each with the pupil's class on `day`. */
export function schoolConcernFacts(db: Queryable, schoolId: string, since: string, day: string) {
  return db.query<ConcernFactRow>(
    `select c.pupil_id, c.rule_id, c.rule_name, c.level, c.approaching, c.backfilled, c.holds, c.raised_on, c.window_to,
            (select g.name from group_memberships m join groups g on g.id = m.group_id
              where m.pupil_id = c.pupil_id and g.kind = 'class' and m.valid_from <= $3::date and (m.valid_to is null or m.valid_to >= $3::date)
              order by m.valid_from desc limit 1) as class_name
       from concerns c
      where c.school_id = $1 and c.window_to >= $2::date and c.status <> 'superseded'`,
    [schoolId, since, day],
  );
}

export interface SchoolRow extends Record<string, unknown> {
  id: string;
  name: string;
  level: string;
  pupils: number;
}

/** The owner's schools with their pupils in a class on `day`. */
export function ownerSchools(db: Queryable, ownerId: string, day: string) {
  return db.query<SchoolRow>(
    `select s.id, s.name, s.level,
            (select count(distinct m.pupil_id)::int from group_memberships m join groups g on g.id = m.group_id
              where g.school_id = s.id and g.kind = 'class' and m.valid_from <= $2::date and (m.valid_to is null or m.valid_to >= $2::date)) as pupils
       from schools s where s.owner_id = $1 order by s.name`,
    [ownerId, day],
  );
}

/** Distinct pupils over each rule at each school, in windows from `since` on: counts only. */
export function ruleSchoolCounts(db: Queryable, ownerId: string, since: string) {
  return db.query<{ rule_id: string; rule_name: string; school_id: string; pupils: number }>(
    `select rule_id, min(rule_name) as rule_name, school_id, count(distinct pupil_id)::int as pupils
       from concerns
      where owner_id = $1 and window_from >= $2::date and not approaching and holds and status <> 'superseded'
      group by rule_id, school_id`,
    [ownerId, since],
  );
}

/** Each pupil's school and class grade on `day`, for the statistics' stages; never leaves the server. */
export function pupilGrades(db: Queryable, ownerId: string, day: string) {
  return db.query<{ pupil_id: string; school_id: string; grade: number | null }>(
    `select distinct on (m.pupil_id) m.pupil_id, g.school_id, g.grade
       from group_memberships m join groups g on g.id = m.group_id join schools s on s.id = g.school_id
      where s.owner_id = $1 and g.kind = 'class' and m.valid_from <= $2::date and (m.valid_to is null or m.valid_to >= $2::date)
      order by m.pupil_id, m.valid_from desc`,
    [ownerId, day],
  );
}

export interface CaseLogRow extends Record<string, unknown> {
  case_id: string;
  school_id: string;
  pupil_id: string;
  given_name: string;
  family_name: string;
  class_name: string | null;
  /** The staircase as it was when the case was opened. */
  staircase: unknown;
  events: CaseEvent[];
}

/** Whether the follow-up cases are stored in this database (they come with the follow-up storage). */
export async function casesStored(db: Queryable): Promise<boolean> {
  const [row] = await db.query<{ present: boolean }>(`select to_regclass('public.followup_cases') is not null and to_regclass('public.case_events') is not null as present`);
  return row?.present ?? false;
}

export interface ReviewRow extends Record<string, unknown> {
  id: string;
  checked: Record<string, { by: string; byName: string; at: string }>;
  note: string | null;
  done_by_name: string | null;
  done_at: Date | null;
}

export async function findReview(db: Queryable, schoolId: string, month: string) {
  const rows = await db.query<ReviewRow>(
    `select r.id, r.checked, r.note, r.done_at, case when u.id is null then null else u.given_name || ' ' || u.family_name end as done_by_name
       from monthly_reviews r left join users u on u.id = r.done_by
      where r.school_id = $1 and r.month = $2`,
    [schoolId, month],
  );
  return rows[0] ?? null;
}

/** Takes the school's review row for the month, making it if it is not there, locked for the change. */
export async function lockReview(tx: Queryable, ownerId: string, schoolId: string, month: string) {
  await tx.query(`insert into monthly_reviews (owner_id, school_id, month) values ($1, $2, $3) on conflict (school_id, month) do nothing`, [ownerId, schoolId, month]);
  const [row] = await tx.query<{ id: string; checked: ReviewRow['checked']; done_at: Date | null }>(
    `select id, checked, done_at from monthly_reviews where school_id = $1 and month = $2 for update`,
    [schoolId, month],
  );
  return row!;
}

export async function saveReviewChecks(tx: Queryable, id: string, checked: ReviewRow['checked'], at: Date) {
  await tx.query(`update monthly_reviews set checked = $2::jsonb, updated_at = $3 where id = $1`, [id, JSON.stringify(checked), at]);
}

export async function markReviewDone(tx: Queryable, id: string, userId: string, at: Date, note: string | null) {
  await tx.query(`update monthly_reviews set done_by = $2, done_at = $3, note = $4, updated_at = $3 where id = $1`, [id, userId, at, note]);
}

export function ownerCalendarTasks(db: Queryable, ownerId: string) {
  return db.query<{ task_key: string; definition: unknown }>(`select task_key, definition from calendar_tasks where owner_id = $1 order by position`, [ownerId]);
}

export interface TaskMarkRow extends Record<string, unknown> {
  task_key: string;
  due_on: string;
  assignee_id: string | null;
  assignee_name: string | null;
  done_by_name: string | null;
  done_at: Date | null;
}

export function schoolTaskMarks(db: Queryable, schoolId: string, from: string, to: string) {
  return db.query<TaskMarkRow>(
    `select k.task_key, k.due_on, k.assignee_id, k.done_at,
            case when a.id is null then null else a.given_name || ' ' || a.family_name end as assignee_name,
            case when d.id is null then null else d.given_name || ' ' || d.family_name end as done_by_name
       from calendar_task_marks k left join users a on a.id = k.assignee_id left join users d on d.id = k.done_by
      where k.school_id = $1 and k.due_on between $2::date and $3::date`,
    [schoolId, from, to],
  );
}

export async function upsertTaskMark(
  tx: Queryable,
  mark: { ownerId: string; schoolId: string; taskKey: string; dueOn: string; at: Date; assigneeId?: string | null; doneBy?: string | null },
) {
  await tx.query(
    `insert into calendar_task_marks (owner_id, school_id, task_key, due_on, assignee_id, done_by, done_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, case when $6::uuid is null then null else $7::timestamptz end, $7)
     on conflict (school_id, task_key, due_on) do update set
       assignee_id = case when $8 then excluded.assignee_id else calendar_task_marks.assignee_id end,
       done_by = case when $9 then excluded.done_by else calendar_task_marks.done_by end,
       done_at = case when $9 then excluded.done_at else calendar_task_marks.done_at end,
       updated_at = $7`,
    [mark.ownerId, mark.schoolId, mark.taskKey, mark.dueOn, mark.assigneeId ?? null, mark.doneBy ?? null, mark.at, mark.assigneeId !== undefined, mark.doneBy !== undefined],
  );
}

/** Staff who can be given a task at the school: anyone with a staff role there. */
export function schoolStaff(db: Queryable, schoolId: string) {
  return db.query<{ id: string; name: string }>(
    `select distinct u.id, u.given_name || ' ' || u.family_name as name
       from users u join role_assignments r on r.user_id = u.id
      where r.school_id = $1 and r.role in ('teacher', 'leadership', 'counsellor', 'nurse', 'resource_team') and u.active
      order by name`,
    [schoolId],
  );
}

/** Assigned, undone occurrences of every school, for the daily reminders. */
export function openAssignedMarks(db: Queryable, from: string, to: string) {
  return db.query<{ id: string; school_id: string; owner_id: string; task_key: string; due_on: string; assignee_id: string; reminded_at: Date | null }>(
    `select id, school_id, owner_id, task_key, due_on, assignee_id, reminded_at from calendar_task_marks
      where assignee_id is not null and done_at is null and due_on between $1::date and $2::date`,
    [from, to],
  );
}

export async function markReminded(tx: Queryable, ids: readonly string[], at: Date) {
  if (ids.length === 0) return;
  await tx.query(`update calendar_task_marks set reminded_at = $2 where id = any($1::uuid[]) and reminded_at is null`, [ids, at]);
}

export function myAssignedMarks(db: Queryable, userId: string, from: string, to: string) {
  return db.query<{ school_id: string; school_name: string; owner_id: string; level: string; task_key: string; due_on: string; reminded_at: Date | null }>(
    `select k.school_id, s.name as school_name, k.owner_id, s.level, k.task_key, k.due_on, k.reminded_at
       from calendar_task_marks k join schools s on s.id = k.school_id
      where k.assignee_id = $1 and k.done_at is null and k.due_on between $2::date and $3::date order by k.due_on`,
    [userId, from, to],
  );
}

/** The days text of every pupil year of an owner, a page at a time: the statistics need neither the dictionary nor anything else. */
export function pupilYearDaysPage(db: Queryable, ownerId: string, startYear: number, afterPupilId: string | null, limit: number) {
  return db.query<{ pupil_id: string; days: string }>(
    `select pupil_id, days from pupil_year_marks
      where owner_id = $1 and start_year = $2 and ($3::uuid is null or pupil_id > $3::uuid)
      order by pupil_id limit $4`,
    [ownerId, startYear, afterPupilId, limit],
  );
}

export interface AgreementForEffectRow extends Record<string, unknown> {
  pupil_id: string;
  /** The first version's madeOn. */
  made_on: string;
  /** The bank measure each of the first version's measures was picked from; null when written freely. */
  measure_ids: (string | null)[];
}

/**
 * The first version of every agreement of the owner made on a day from `from`
 * up to `before` (not included), with its pupil and its measures' bank ids:
 * what the statistics of attendance around measures start from. A few
 * hundred rows for a county; the ids never leave the server.
 */
export function agreementsMadeBetween(db: Queryable, ownerId: string, from: string, before: string) {
  return db.query<AgreementForEffectRow>(
    `select c.pupil_id, v.content->>'madeOn' as made_on,
            array(select m->>'measureId' from jsonb_array_elements(v.content->'measures') m) as measure_ids
       from case_agreements a
       join case_agreement_versions v on v.agreement_id = a.id and v.number = 1
       join followup_cases c on c.id = a.case_id
      where a.owner_id = $1 and v.content->>'madeOn' >= $2 and v.content->>'madeOn' < $3`,
    [ownerId, from, before],
  );
}

/** The days text of the pupils' years, for the few pupils the statistics of measures need (the primary key finds them). */
export function pupilYearDaysOf(db: Queryable, ownerId: string, pupilIds: readonly string[], startYears: readonly number[]) {
  return db.query<{ pupil_id: string; start_year: number; days: string }>(
    `select pupil_id, start_year, days from pupil_year_marks
      where pupil_id = any($1::uuid[]) and start_year = any($2::smallint[]) and owner_id = $3`,
    [pupilIds, startYears, ownerId],
  );
}
