// SQL behind imports: reading what a school has, so that the service can
// compare a file with it, and writing what the comparison decided, in bulk
// (one statement per kind of change, arrays through unnest) inside the
// caller's transaction. Every write is guarded so that a row that would not
// change is not touched: importing the same data twice writes nothing and the
// mark history trigger stays quiet.
import type { Queryable } from '../client.js';

// ---------------------------------------------------------------- the school

export async function findSchool(db: Queryable, schoolId: string) {
  const rows = await db.query<{ id: string; owner_id: string; name: string }>(
    'select id, owner_id, name from schools where id = $1',
    [schoolId],
  );
  return rows[0] ?? null;
}

export interface SchoolYearRow extends Record<string, unknown> {
  id: string;
  name: string;
  starts_on: string;
  ends_on: string;
}

/**
 * The school year an import is for: the one going on today; before it starts
 * (rosters are imported in the summer), the next one; after the last one
 * ended, the last one.
 */
export async function importSchoolYear(db: Queryable, schoolId: string, today: string) {
  const rows = await db.query<SchoolYearRow>(
    `select id, name, starts_on, ends_on from school_years
      where school_id = $1
      order by case when $2::date between starts_on and ends_on then 0 when starts_on > $2::date then 1 else 2 end,
               case when starts_on > $2::date then starts_on end asc,
               starts_on desc
      limit 1`,
    [schoolId, today],
  );
  return rows[0] ?? null;
}

export function holidaysOf(db: Queryable, schoolYearId: string) {
  return db.query<{ name: string; starts_on: string; ends_on: string }>(
    'select name, starts_on, ends_on from holidays where school_year_id = $1 order by starts_on',
    [schoolYearId],
  );
}

/** Staff who may be named as teacher or contact teacher: the owner's users with a staff role at the school. */
export function staffOfSchool(db: Queryable, ownerId: string, schoolId: string) {
  return db.query<{ id: string; email: string; name: string }>(
    `select distinct u.id, lower(u.email) as email, u.given_name || ' ' || u.family_name as name
       from users u join role_assignments r on r.user_id = u.id
      where u.owner_id = $1 and r.school_id = $2 and u.active
        and r.role in ('teacher', 'leadership', 'counsellor', 'nurse', 'resource_team')`,
    [ownerId, schoolId],
  );
}

export interface GroupRow extends Record<string, unknown> {
  id: string;
  name: string;
  kind: 'class' | 'teaching_group';
  grade: number | null;
  subject_id: string | null;
}

export function groupsOfYear(db: Queryable, schoolYearId: string) {
  return db.query<GroupRow>('select id, name, kind, grade, subject_id from groups where school_year_id = $1', [schoolYearId]);
}

export interface NewGroup {
  id: string;
  name: string;
  kind: 'class' | 'teaching_group';
  grade: number | null;
  subjectId: string | null;
}

export async function insertGroups(db: Queryable, school: { id: string; yearId: string }, groups: readonly NewGroup[]) {
  if (groups.length === 0) return;
  await db.query(
    `insert into groups (id, school_id, school_year_id, kind, name, grade, subject_id)
     select g.id, $1, $2, g.kind, g.name, g.grade, g.subject_id
       from unnest($3::uuid[], $4::text[], $5::text[], $6::smallint[], $7::uuid[]) as g(id, kind, name, grade, subject_id)`,
    [school.id, school.yearId, groups.map((g) => g.id), groups.map((g) => g.kind), groups.map((g) => g.name), groups.map((g) => g.grade), groups.map((g) => g.subjectId)],
  );
}

export async function updateGroupGrades(db: Queryable, changes: readonly { id: string; grade: number }[]) {
  if (changes.length === 0) return;
  await db.query(
    `update groups g set grade = c.grade
       from unnest($1::uuid[], $2::smallint[]) as c(id, grade)
      where g.id = c.id and g.grade is distinct from c.grade`,
    [changes.map((c) => c.id), changes.map((c) => c.grade)],
  );
}

export function subjectsOf(db: Queryable, schoolId: string) {
  return db.query<{ id: string; code: string }>('select id, code from subjects where school_id = $1', [schoolId]);
}

export async function insertSubjects(db: Queryable, schoolId: string, subjects: readonly { id: string; code: string; name: string }[]) {
  if (subjects.length === 0) return;
  await db.query(
    `insert into subjects (id, school_id, code, name)
     select s.id, $1, s.code, s.name from unnest($2::uuid[], $3::text[], $4::text[]) as s(id, code, name)`,
    [schoolId, subjects.map((s) => s.id), subjects.map((s) => s.code), subjects.map((s) => s.name)],
  );
}

// ---------------------------------------------------------------- batches

export interface BatchRow extends Record<string, unknown> {
  id: string;
  committed_at: Date;
  committed_by_name: string;
  file_name: string | null;
  summary: unknown;
}

export async function findBatch(db: Queryable, schoolId: string, kind: string, fileHash: string) {
  const rows = await db.query<BatchRow>(
    `select b.id, b.committed_at, u.given_name || ' ' || u.family_name as committed_by_name, b.file_name, b.summary
       from import_batches b join users u on u.id = b.committed_by
      where b.school_id = $1 and b.kind = $2 and b.file_hash = $3`,
    [schoolId, kind, fileHash],
  );
  return rows[0] ?? null;
}

/** The new batch's id, or null when the same file was committed at the same moment by someone else. */
export async function insertBatch(
  db: Queryable,
  batch: { schoolId: string; kind: string; fileHash: string; fileName: string; rowCount: number; committedBy: string; at: Date; summary: unknown },
) {
  const rows = await db.query<{ id: string }>(
    `insert into import_batches (school_id, kind, file_hash, file_name, row_count, committed_by, committed_at, summary)
     values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
     on conflict (school_id, kind, file_hash) do nothing
     returning id`,
    [batch.schoolId, batch.kind, batch.fileHash, batch.fileName, batch.rowCount, batch.committedBy, batch.at, JSON.stringify(batch.summary)],
  );
  return rows[0]?.id ?? null;
}

// ---------------------------------------------------------------- pupils and guardians

export interface PupilRow extends Record<string, unknown> {
  id: string;
  external_id: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  protected_address: boolean;
}

export function pupilsByExternalId(db: Queryable, schoolId: string, externalIds: readonly string[]) {
  return db.query<PupilRow>(
    `select id, external_id, given_name, family_name, birth_date, protected_address
       from pupils where school_id = $1 and external_id = any($2::text[])`,
    [schoolId, externalIds],
  );
}

export interface PupilToSave {
  id: string;
  externalId: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  protectedAddress: boolean;
}

/** New pupils and changed ones in one statement, keyed on the school's external id. */
export async function upsertPupils(db: Queryable, school: { id: string; ownerId: string }, pupils: readonly PupilToSave[]) {
  if (pupils.length === 0) return;
  await db.query(
    `insert into pupils (id, owner_id, school_id, external_id, given_name, family_name, birth_date, protected_address)
     select p.id, $1, $2, p.external_id, p.given_name, p.family_name, p.birth_date, p.protected_address
       from unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::date[], $8::boolean[])
            as p(id, external_id, given_name, family_name, birth_date, protected_address)
     on conflict (school_id, external_id) do update
        set given_name = excluded.given_name, family_name = excluded.family_name,
            birth_date = excluded.birth_date, protected_address = excluded.protected_address
      where (pupils.given_name, pupils.family_name, pupils.birth_date, pupils.protected_address)
            is distinct from (excluded.given_name, excluded.family_name, excluded.birth_date, excluded.protected_address)`,
    [
      school.ownerId,
      school.id,
      pupils.map((p) => p.id),
      pupils.map((p) => p.externalId),
      pupils.map((p) => p.givenName),
      pupils.map((p) => p.familyName),
      pupils.map((p) => p.birthDate),
      pupils.map((p) => p.protectedAddress),
    ],
  );
}

export interface GuardianRow extends Record<string, unknown> {
  id: string;
  given_name: string;
  family_name: string;
  email: string | null;
  phone: string | null;
}

/** The owner's guardians with these addresses; the oldest first, so that a duplicate never wins over the original. */
export function guardiansByEmail(db: Queryable, ownerId: string, emails: readonly string[]) {
  return db.query<GuardianRow>(
    `select id, given_name, family_name, lower(email) as email, phone from guardians
      where owner_id = $1 and lower(email) = any($2::text[]) order by created_at, id`,
    [ownerId, emails],
  );
}

export interface GuardianLinkRow extends GuardianRow {
  pupil_id: string;
  parental_responsibility: boolean;
}

export function guardianLinksOf(db: Queryable, pupilIds: readonly string[]) {
  return db.query<GuardianLinkRow>(
    `select pg.pupil_id, pg.parental_responsibility, g.id, g.given_name, g.family_name, lower(g.email) as email, g.phone
       from pupil_guardians pg join guardians g on g.id = pg.guardian_id
      where pg.pupil_id = any($1::uuid[])`,
    [pupilIds],
  );
}

export interface GuardianToSave {
  id: string;
  givenName: string;
  familyName: string;
  email: string | null;
  phone: string | null;
}

export async function upsertGuardians(db: Queryable, ownerId: string, guardians: readonly GuardianToSave[]) {
  if (guardians.length === 0) return;
  await db.query(
    `insert into guardians (id, owner_id, given_name, family_name, email, phone)
     select g.id, $1, g.given_name, g.family_name, g.email, g.phone
       from unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]) as g(id, given_name, family_name, email, phone)
     on conflict (id) do update
        set given_name = excluded.given_name, family_name = excluded.family_name, phone = excluded.phone
      where (guardians.given_name, guardians.family_name, guardians.phone)
            is distinct from (excluded.given_name, excluded.family_name, excluded.phone)`,
    [ownerId, guardians.map((g) => g.id), guardians.map((g) => g.givenName), guardians.map((g) => g.familyName), guardians.map((g) => g.email), guardians.map((g) => g.phone)],
  );
}

export async function upsertGuardianLinks(
  db: Queryable,
  links: readonly { pupilId: string; guardianId: string; parentalResponsibility: boolean }[],
) {
  if (links.length === 0) return;
  await db.query(
    `insert into pupil_guardians (pupil_id, guardian_id, parental_responsibility)
     select l.pupil_id, l.guardian_id, l.parental from unnest($1::uuid[], $2::uuid[], $3::boolean[]) as l(pupil_id, guardian_id, parental)
     on conflict (pupil_id, guardian_id) do update set parental_responsibility = excluded.parental_responsibility
      where pupil_guardians.parental_responsibility is distinct from excluded.parental_responsibility`,
    [links.map((l) => l.pupilId), links.map((l) => l.guardianId), links.map((l) => l.parentalResponsibility)],
  );
}

// ---------------------------------------------------------------- dated assignments (class, contact teacher)

/** A dated row that ties a pupil to something: a class membership, a contact teacher. */
export interface AssignmentRow extends Record<string, unknown> {
  id: string;
  pupil_id: string;
  /** The group (memberships) or the user (contact teachers). */
  target_id: string;
  valid_from: string;
  valid_to: string | null;
}

export function classMembershipsOf(db: Queryable, schoolYearId: string, pupilIds: readonly string[]) {
  return db.query<AssignmentRow>(
    `select m.id, m.pupil_id, m.group_id as target_id, m.valid_from, m.valid_to
       from group_memberships m join groups g on g.id = m.group_id
      where g.school_year_id = $1 and g.kind = 'class' and m.pupil_id = any($2::uuid[])
      order by m.valid_from`,
    [schoolYearId, pupilIds],
  );
}

export function contactTeachersOf(db: Queryable, pupilIds: readonly string[]) {
  return db.query<AssignmentRow>(
    `select id, pupil_id, user_id as target_id, valid_from, valid_to
       from contact_teachers where pupil_id = any($1::uuid[]) order by valid_from`,
    [pupilIds],
  );
}

export interface AssignmentChanges {
  /** New rows. */
  insert: { pupilId: string; targetId: string; validFrom: string }[];
  /** Rows that end the day before the new one starts. */
  close: { id: string; validTo: string }[];
  /** Rows that have not started yet and simply point at the new target. */
  repoint: { id: string; targetId: string }[];
}

const ASSIGNMENT_TABLES = {
  membership: { table: 'group_memberships', target: 'group_id' },
  contactTeacher: { table: 'contact_teachers', target: 'user_id' },
} as const;

export async function applyAssignmentChanges(db: Queryable, kind: keyof typeof ASSIGNMENT_TABLES, changes: AssignmentChanges) {
  const { table, target } = ASSIGNMENT_TABLES[kind];
  if (changes.close.length > 0) {
    await db.query(
      `update ${table} t set valid_to = c.valid_to from unnest($1::uuid[], $2::date[]) as c(id, valid_to)
        where t.id = c.id and t.valid_to is distinct from c.valid_to`,
      [changes.close.map((c) => c.id), changes.close.map((c) => c.validTo)],
    );
  }
  if (changes.repoint.length > 0) {
    await db.query(
      `update ${table} t set ${target} = c.target_id from unnest($1::uuid[], $2::uuid[]) as c(id, target_id)
        where t.id = c.id and t.${target} is distinct from c.target_id`,
      [changes.repoint.map((c) => c.id), changes.repoint.map((c) => c.targetId)],
    );
  }
  if (changes.insert.length > 0) {
    // A pupil back in a class they left earlier the same day keeps one row, open again.
    await db.query(
      `insert into ${table} (pupil_id, ${target}, valid_from)
       select c.pupil_id, c.target_id, c.valid_from from unnest($1::uuid[], $2::uuid[], $3::date[]) as c(pupil_id, target_id, valid_from)
       on conflict (${target}, pupil_id, valid_from) do update set valid_to = null`,
      [changes.insert.map((c) => c.pupilId), changes.insert.map((c) => c.targetId), changes.insert.map((c) => c.validFrom)],
    );
  }
}

// ---------------------------------------------------------------- lessons and teachers

export interface ExistingLessonRow extends Record<string, unknown> {
  id: number;
  group_id: string;
  date: string;
  period: number;
  subject_id: string;
  teacher_id: string | null;
  starts_at: string;
  ends_at: string;
  status: 'planned' | 'held' | 'not_held';
}

export function lessonsBetween(db: Queryable, schoolId: string, from: string, to: string) {
  return db.query<ExistingLessonRow>(
    `select id, group_id, date, period, subject_id, teacher_id,
            to_char(starts_at, 'HH24:MI') as starts_at, to_char(ends_at, 'HH24:MI') as ends_at, status
       from lessons where school_id = $1 and date between $2::date and $3::date`,
    [schoolId, from, to],
  );
}

export interface LessonToSave {
  groupId: string;
  date: string;
  period: number;
  subjectId: string;
  teacherId: string | null;
  startsAt: string;
  endsAt: string;
}

/**
 * New lessons; from an attendance file they are held, registered by the
 * importing user. Returns their ids with the natural key to find them by.
 */
export function insertLessons(
  db: Queryable,
  schoolId: string,
  lessons: readonly LessonToSave[],
  registered: { userId: string; at: Date } | null,
) {
  if (lessons.length === 0) return Promise.resolve([]);
  return db.query<{ id: number; group_id: string; date: string; period: number }>(
    `insert into lessons (school_id, group_id, date, period, subject_id, teacher_id, starts_at, ends_at, status, registered_by, registered_at)
     select $1, l.group_id, l.date, l.period, l.subject_id, l.teacher_id, l.starts_at, l.ends_at, $2, $3, $4
       from unnest($5::uuid[], $6::date[], $7::smallint[], $8::uuid[], $9::uuid[], $10::time[], $11::time[])
            as l(group_id, date, period, subject_id, teacher_id, starts_at, ends_at)
     returning id, group_id, date, period`,
    [
      schoolId,
      registered ? 'held' : 'planned',
      registered?.userId ?? null,
      registered?.at ?? null,
      lessons.map((l) => l.groupId),
      lessons.map((l) => l.date),
      lessons.map((l) => l.period),
      lessons.map((l) => l.subjectId),
      lessons.map((l) => l.teacherId),
      lessons.map((l) => l.startsAt),
      lessons.map((l) => l.endsAt),
    ],
  );
}

/** Timetable changes to lessons that exist. The version moves, so that an open registration page notices. */
export async function updateLessons(
  db: Queryable,
  lessons: readonly { id: number; subjectId: string; teacherId: string | null; startsAt: string; endsAt: string }[],
) {
  if (lessons.length === 0) return;
  await db.query(
    `update lessons l
        set subject_id = c.subject_id, teacher_id = c.teacher_id, starts_at = c.starts_at, ends_at = c.ends_at, version = l.version + 1
       from unnest($1::bigint[], $2::uuid[], $3::uuid[], $4::time[], $5::time[]) as c(id, subject_id, teacher_id, starts_at, ends_at)
      where l.id = c.id
        and (l.subject_id, l.teacher_id, l.starts_at, l.ends_at) is distinct from (c.subject_id, c.teacher_id, c.starts_at, c.ends_at)`,
    [lessons.map((l) => l.id), lessons.map((l) => l.subjectId), lessons.map((l) => l.teacherId), lessons.map((l) => l.startsAt), lessons.map((l) => l.endsAt)],
  );
}

/**
 * Lessons an attendance file touched: held from now on, and a new version
 * (an open registration page must reload before it saves over the import).
 * A lesson a teacher already registered keeps its registrar.
 */
export async function markLessonsHeld(db: Queryable, lessonIds: readonly number[], registered: { userId: string; at: Date }) {
  if (lessonIds.length === 0) return;
  await db.query(
    `update lessons
        set registered_by = case when status = 'held' then registered_by else $2 end,
            registered_at = case when status = 'held' then registered_at else $3 end,
            status = 'held', version = version + 1
      where id = any($1::bigint[])`,
    [lessonIds, registered.userId, registered.at],
  );
}

export function groupTeachersOf(db: Queryable, groupIds: readonly string[]) {
  return db.query<{ user_id: string; group_id: string; subject_id: string | null; valid_to: string | null }>(
    'select user_id, group_id, subject_id, valid_to from group_teachers where group_id = any($1::uuid[])',
    [groupIds],
  );
}

export async function insertGroupTeachers(
  db: Queryable,
  rows: readonly { userId: string; groupId: string; subjectId: string; validFrom: string }[],
) {
  if (rows.length === 0) return;
  await db.query(
    `insert into group_teachers (user_id, group_id, subject_id, valid_from)
     select t.user_id, t.group_id, t.subject_id, t.valid_from from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::date[]) as t(user_id, group_id, subject_id, valid_from)`,
    [rows.map((r) => r.userId), rows.map((r) => r.groupId), rows.map((r) => r.subjectId), rows.map((r) => r.validFrom)],
  );
}

// ---------------------------------------------------------------- attendance

export interface PupilGroupRow extends Record<string, unknown> {
  pupil_id: string;
  group_id: string;
  kind: 'class' | 'teaching_group';
  name: string;
  subject_id: string | null;
  valid_from: string;
  valid_to: string | null;
}

/** Every membership of these pupils in the school year's groups (the service picks the one valid on a day). */
export function membershipsOf(db: Queryable, schoolYearId: string, pupilIds: readonly string[]) {
  return db.query<PupilGroupRow>(
    `select m.pupil_id, m.group_id, g.kind, g.name, g.subject_id, m.valid_from, m.valid_to
       from group_memberships m join groups g on g.id = m.group_id
      where g.school_year_id = $1 and m.pupil_id = any($2::uuid[])`,
    [schoolYearId, pupilIds],
  );
}

/** Members of groups, for the pupils of an imported lesson who have no row in the file. */
export function membersOfGroups(db: Queryable, groupIds: readonly string[]) {
  return db.query<{ group_id: string; pupil_id: string; valid_from: string; valid_to: string | null }>(
    'select group_id, pupil_id, valid_from, valid_to from group_memberships where group_id = any($1::uuid[])',
    [groupIds],
  );
}

export interface ExistingMarkRow extends Record<string, unknown> {
  lesson_id: number;
  pupil_id: string;
  status: 'M' | 'F' | 'S' | 'O';
  minutes_late: number | null;
  documentation: 'undocumented' | 'reported' | 'documented';
}

export function marksOfLessons(db: Queryable, lessonIds: readonly number[]) {
  return db.query<ExistingMarkRow>(
    'select lesson_id, pupil_id, status, minutes_late, documentation from attendance_marks where lesson_id = any($1::bigint[])',
    [lessonIds],
  );
}

export interface MarkToImport {
  lessonId: number;
  pupilId: string;
  date: string;
  status: 'M' | 'F' | 'S' | 'O';
  minutesLate: number | null;
  documentation: 'undocumented' | 'reported' | 'documented';
}

/**
 * The file's marks, new and changed, in one statement. A reason code a
 * contact teacher set stays while the mark is still documented absence or a
 * late arrival; the notice from home it came from stays in any case.
 */
export async function upsertMarks(db: Queryable, schoolId: string, marks: readonly MarkToImport[], by: { userId: string; at: Date }) {
  if (marks.length === 0) return;
  await db.query(
    `insert into attendance_marks
       (lesson_id, pupil_id, school_id, date, status, minutes_late, documentation, recorded_by, recorded_at, updated_by, updated_at)
     select m.lesson_id, m.pupil_id, $1, m.date, m.status, m.minutes_late, m.documentation, $2, $3, $2, $3
       from unnest($4::bigint[], $5::uuid[], $6::date[], $7::text[], $8::smallint[], $9::text[])
            as m(lesson_id, pupil_id, date, status, minutes_late, documentation)
     on conflict (lesson_id, pupil_id) do update
        set status = excluded.status, minutes_late = excluded.minutes_late, documentation = excluded.documentation,
            reason_code = case when excluded.status in ('F', 'S') and excluded.documentation <> 'undocumented'
                               then attendance_marks.reason_code end,
            updated_by = excluded.updated_by, updated_at = excluded.updated_at
      where (attendance_marks.status, attendance_marks.minutes_late, attendance_marks.documentation)
            is distinct from (excluded.status, excluded.minutes_late, excluded.documentation)`,
    [
      schoolId,
      by.userId,
      by.at,
      marks.map((m) => m.lessonId),
      marks.map((m) => m.pupilId),
      marks.map((m) => m.date),
      marks.map((m) => m.status),
      marks.map((m) => m.minutesLate),
      marks.map((m) => m.documentation),
    ],
  );
}

/** Present (M) for the group's pupils without a row in the file and without a mark: as when a teacher registers. */
export async function insertPresentMarks(
  db: Queryable,
  schoolId: string,
  marks: readonly { lessonId: number; pupilId: string; date: string }[],
  by: { userId: string; at: Date },
) {
  if (marks.length === 0) return;
  await db.query(
    `insert into attendance_marks (lesson_id, pupil_id, school_id, date, status, recorded_by, recorded_at, updated_by, updated_at)
     select m.lesson_id, m.pupil_id, $1, m.date, 'M', $2, $3, $2, $3
       from unnest($4::bigint[], $5::uuid[], $6::date[]) as m(lesson_id, pupil_id, date)
     on conflict (lesson_id, pupil_id) do nothing`,
    [schoolId, by.userId, by.at, marks.map((m) => m.lessonId), marks.map((m) => m.pupilId), marks.map((m) => m.date)],
  );
}

/**
 * Imports into one school take turns (until the transaction ends): two files
 * planned against the same starting point would otherwise both try to create
 * the same pupil or lesson.
 */
export async function lockSchoolImports(db: Queryable, schoolId: string) {
  await db.query(`select pg_advisory_xact_lock(hashtext('naervaer.import:' || $1::text))::text as locked`, [schoolId]);
}
