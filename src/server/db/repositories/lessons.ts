import type { Queryable } from '../client.js';

export interface LessonBaseRow extends Record<string, unknown> {
  id: number;
  school_id: string;
  owner_id: string;
  school_name: string;
  group_id: string;
  group_name: string;
  subject_id: string;
  subject_code: string;
  subject_name: string;
  teacher_id: string | null;
  teacher_name: string | null;
  substitute_id: string | null;
  substitute_name: string | null;
  registered_by: string | null;
  registered_by_name: string | null;
  date: string;
  period: number;
  starts_at: string;
  ends_at: string;
  status: 'planned' | 'held' | 'not_held';
  version: number;
  registered_at: Date | null;
}

export interface LessonRow extends LessonBaseRow {
  pupil_count: number;
  absent_count: number;
  late_count: number;
  notice_count: number;
}

const lessonBaseColumns = `
  l.id, l.school_id, s.owner_id, s.name as school_name, l.group_id, g.name as group_name,
  l.subject_id, sub.code as subject_code, sub.name as subject_name,
  l.teacher_id, t.given_name || ' ' || t.family_name as teacher_name,
  l.substitute_id, v.given_name || ' ' || v.family_name as substitute_name,
  l.registered_by, r.given_name || ' ' || r.family_name as registered_by_name,
  l.date, l.period, to_char(l.starts_at, 'HH24:MI') as starts_at, to_char(l.ends_at, 'HH24:MI') as ends_at,
  l.status, l.version, l.registered_at`;

const lessonColumns = `${lessonBaseColumns},
  (select count(*)::int from group_memberships m
    where m.group_id = l.group_id and m.valid_from <= l.date and (m.valid_to is null or m.valid_to >= l.date)) as pupil_count,
  (select count(*)::int from attendance_marks a where a.lesson_id = l.id and a.status = 'F') as absent_count,
  (select count(*)::int from attendance_marks a where a.lesson_id = l.id and a.status = 'S') as late_count,
  (select count(distinct n.pupil_id)::int from absence_notices n
     join group_memberships m on m.pupil_id = n.pupil_id and m.group_id = l.group_id
      and m.valid_from <= l.date and (m.valid_to is null or m.valid_to >= l.date)
    where l.date between n.from_date and n.to_date
      and (n.periods is null or l.period = any(n.periods))
      and (n.status = 'approved' or (n.kind = 'absence' and n.status = 'submitted'))) as notice_count`;

const lessonJoins = `
  from lessons l
  join schools s on s.id = l.school_id
  join groups g on g.id = l.group_id
  join subjects sub on sub.id = l.subject_id
  left join users t on t.id = l.teacher_id
  left join users v on v.id = l.substitute_id
  left join users r on r.id = l.registered_by`;

/** The lessons a teacher gives or covers on a day, in timetable order. */
export function lessonsOfTeacherOn(db: Queryable, userId: string, date: string) {
  return db.query<LessonRow>(
    `select ${lessonColumns} ${lessonJoins}
      where l.date = $2::date and (l.teacher_id = $1 or l.substitute_id = $1)
      order by l.starts_at, l.period, g.name`,
    [userId, date],
  );
}

/** All lessons of a school on a day, in timetable order: what a substitute (vikar) picks from. */
export function lessonsOfSchoolOn(db: Queryable, schoolId: string, date: string) {
  return db.query<LessonRow>(
    `select ${lessonColumns} ${lessonJoins}
      where l.school_id = $1 and l.date = $2::date
      order by l.starts_at, l.period, g.name`,
    [schoolId, date],
  );
}

export async function findLesson(db: Queryable, lessonId: number) {
  const rows = await db.query<LessonRow>(`select ${lessonColumns} ${lessonJoins} where l.id = $1`, [lessonId]);
  return rows[0] ?? null;
}

/** The lesson, locked until the transaction ends: registrations of one lesson take turns. */
export async function lockLesson(db: Queryable, lessonId: number) {
  const rows = await db.query<LessonBaseRow>(`select ${lessonBaseColumns} ${lessonJoins} where l.id = $1 for update of l`, [lessonId]);
  return rows[0] ?? null;
}

export interface GroupPupilRow extends Record<string, unknown> {
  id: string;
  given_name: string;
  family_name: string;
  contact_teacher_ids: string[];
}

/** The pupils in a group on a day, with their contact teachers that day. */
export function groupPupilsOn(db: Queryable, groupId: string, date: string) {
  return db.query<GroupPupilRow>(
    `select p.id, p.given_name, p.family_name,
            coalesce((select array_agg(ct.user_id::text) from contact_teachers ct
               where ct.pupil_id = p.id and ct.valid_from <= $2::date and (ct.valid_to is null or ct.valid_to >= $2::date)),
              '{}') as contact_teacher_ids
       from group_memberships m join pupils p on p.id = m.pupil_id
      where m.group_id = $1 and m.valid_from <= $2::date and (m.valid_to is null or m.valid_to >= $2::date)
      order by p.family_name, p.given_name`,
    [groupId, date],
  );
}

export interface MarkRow extends Record<string, unknown> {
  pupil_id: string;
  status: 'M' | 'F' | 'S' | 'O';
  minutes_late: number | null;
  documentation: 'undocumented' | 'reported' | 'documented';
  reason_code: string | null;
  notice_id: string | null;
}

export function marksOfLesson(db: Queryable, lessonId: number) {
  return db.query<MarkRow>(
    'select pupil_id, status, minutes_late, documentation, reason_code, notice_id from attendance_marks where lesson_id = $1',
    [lessonId],
  );
}

export interface NoticeRow extends Record<string, unknown> {
  id: string;
  pupil_id: string;
  kind: 'absence' | 'leave_request';
  status: 'submitted' | 'approved' | 'refused' | 'withdrawn';
  from_date: string;
  to_date: string;
  periods: number[] | null;
  reason_code: string;
}

/** Notices from home that touch a day for any of the pupils (the domain decides which cover a lesson). */
export function noticesOn(db: Queryable, pupilIds: readonly string[], date: string) {
  return db.query<NoticeRow>(
    `select id, pupil_id, kind, status, from_date, to_date, periods, reason_code
       from absence_notices
      where pupil_id = any($1::uuid[]) and $2::date between from_date and to_date
      order by created_at`,
    [pupilIds, date],
  );
}

export interface MarkToSave {
  pupilId: string;
  status: 'M' | 'F' | 'S' | 'O';
  minutesLate: number | null;
  documentation: 'undocumented' | 'reported' | 'documented';
  reasonCode: string | null;
  noticeId: string | null;
}

/**
 * Writes a lesson's marks in one statement. A row that does not change is not
 * touched, so the history trigger records real changes only.
 */
export async function upsertMarks(
  db: Queryable,
  lesson: { id: number; schoolId: string; date: string },
  marks: readonly MarkToSave[],
  userId: string,
  at: Date,
) {
  if (marks.length === 0) return;
  await db.query(
    `insert into attendance_marks
       (lesson_id, pupil_id, school_id, date, status, minutes_late, documentation, reason_code, notice_id,
        recorded_by, recorded_at, updated_by, updated_at)
     select $1, m.pupil_id, $2, $3::date, m.status, m.minutes_late, m.documentation, m.reason_code, m.notice_id,
            $4, $5, $4, $5
       from unnest($6::uuid[], $7::text[], $8::smallint[], $9::text[], $10::text[], $11::uuid[])
            as m(pupil_id, status, minutes_late, documentation, reason_code, notice_id)
     on conflict (lesson_id, pupil_id) do update
        set status = excluded.status, minutes_late = excluded.minutes_late,
            documentation = excluded.documentation, reason_code = excluded.reason_code,
            notice_id = excluded.notice_id, updated_by = excluded.updated_by, updated_at = excluded.updated_at
      where (attendance_marks.status, attendance_marks.minutes_late, attendance_marks.documentation,
             attendance_marks.reason_code, attendance_marks.notice_id)
            is distinct from
            (excluded.status, excluded.minutes_late, excluded.documentation, excluded.reason_code, excluded.notice_id)`,
    [
      lesson.id,
      lesson.schoolId,
      lesson.date,
      userId,
      at,
      marks.map((m) => m.pupilId),
      marks.map((m) => m.status),
      marks.map((m) => m.minutesLate),
      marks.map((m) => m.documentation),
      marks.map((m) => m.reasonCode),
      marks.map((m) => m.noticeId),
    ],
  );
}

export async function markLessonRegistered(
  db: Queryable,
  lessonId: number,
  fields: { status: 'held' | 'not_held'; userId: string; at: Date; substituteId: string | null },
) {
  const rows = await db.query<{ version: number; registered_at: Date }>(
    `update lessons set status = $2, registered_by = $3, registered_at = $4, version = version + 1,
            substitute_id = coalesce($5, substitute_id)
      where id = $1 returning version, registered_at`,
    [lessonId, fields.status, fields.userId, fields.at, fields.substituteId],
  );
  return rows[0]!;
}

export function markHistoryOfLesson(db: Queryable, lessonId: number) {
  return db.query<{
    pupil_id: string;
    changed_at: Date;
    changed_by: string | null;
    changed_by_name: string | null;
    old_status: 'M' | 'F' | 'S' | 'O';
    new_status: 'M' | 'F' | 'S' | 'O';
    old_minutes_late: number | null;
    new_minutes_late: number | null;
    old_documentation: 'undocumented' | 'reported' | 'documented';
    new_documentation: 'undocumented' | 'reported' | 'documented';
  }>(
    `select h.pupil_id, h.changed_at, h.changed_by, u.given_name || ' ' || u.family_name as changed_by_name,
            h.old_status, h.new_status, h.old_minutes_late, h.new_minutes_late, h.old_documentation, h.new_documentation
       from attendance_mark_history h left join users u on u.id = h.changed_by
      where h.lesson_id = $1 order by h.changed_at, h.id`,
    [lessonId],
  );
}
