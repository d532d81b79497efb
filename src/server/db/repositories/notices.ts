import type { Queryable } from '../client.js';

export interface ReportablePupilRow extends Record<string, unknown> {
  id: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  school_id: string;
  owner_id: string;
  self: boolean;
}

/**
 * The pupils a logged-in user may report for: children they have parental
 * responsibility for, and themselves if they are a pupil. Age is checked by
 * the caller (the domain), who knows today's date.
 */
export function reportablePupils(db: Queryable, userId: string) {
  return db.query<ReportablePupilRow>(
    `select p.id, p.given_name, p.family_name, p.birth_date, p.school_id, p.owner_id, false as self
       from users u
       join pupil_guardians pg on pg.guardian_id = u.guardian_id and pg.parental_responsibility
       join pupils p on p.id = pg.pupil_id
      where u.id = $1
     union all
     select p.id, p.given_name, p.family_name, p.birth_date, p.school_id, p.owner_id, true as self
       from users u join pupils p on p.id = u.pupil_id
      where u.id = $1
      order by family_name, given_name`,
    [userId],
  );
}

export interface NoticeRow extends Record<string, unknown> {
  id: string;
  pupil_id: string;
  pupil_given_name: string;
  pupil_family_name: string;
  school_id: string;
  owner_id: string;
  kind: 'absence' | 'leave_request';
  status: 'submitted' | 'approved' | 'refused' | 'withdrawn';
  from_date: string;
  to_date: string;
  periods: number[] | null;
  reason_code: string;
  submitted_by: string;
  submitted_by_name: string;
  created_at: Date;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  decision_note: string | null;
  contact_teacher_ids: string[];
}

const noticeSelect = `
  select n.id, n.pupil_id, p.given_name as pupil_given_name, p.family_name as pupil_family_name,
         n.school_id, p.owner_id, n.kind, n.status, n.from_date, n.to_date, n.periods, n.reason_code,
         n.submitted_by, su.given_name || ' ' || su.family_name as submitted_by_name, n.created_at,
         n.decided_by, du.given_name || ' ' || du.family_name as decided_by_name, n.decided_at, n.decision_note,
         coalesce((select array_agg(ct.user_id::text) from contact_teachers ct
            where ct.pupil_id = n.pupil_id and ct.valid_from <= greatest(n.from_date, current_date)
              and (ct.valid_to is null or ct.valid_to >= least(n.from_date, current_date))), '{}') as contact_teacher_ids
    from absence_notices n
    join pupils p on p.id = n.pupil_id
    join users su on su.id = n.submitted_by
    left join users du on du.id = n.decided_by`;

export function noticesOfPupils(db: Queryable, pupilIds: readonly string[]) {
  return db.query<NoticeRow>(`${noticeSelect} where n.pupil_id = any($1::uuid[]) order by n.from_date desc, n.created_at desc limit 200`, [
    pupilIds,
  ]);
}

export async function findNotice(db: Queryable, id: string, lock = false) {
  const rows = await db.query<NoticeRow>(`${noticeSelect} where n.id = $1${lock ? ' for update of n' : ''}`, [id]);
  return rows[0] ?? null;
}

/** Leave requests at a school, optionally only some of them (the contact teacher's pupils). */
export function leaveRequestsAt(db: Queryable, schoolId: string, status: string | null, pupilIds: readonly string[] | null) {
  return db.query<NoticeRow>(
    `${noticeSelect}
      where n.school_id = $1 and n.kind = 'leave_request' and ($2::text is null or n.status = $2)
        and ($3::uuid[] is null or n.pupil_id = any($3::uuid[]))
      order by n.from_date, n.created_at`,
    [schoolId, status, pupilIds],
  );
}

export async function insertNotice(
  db: Queryable,
  fields: {
    pupilId: string;
    schoolId: string;
    submittedBy: string;
    kind: string;
    fromDate: string;
    toDate: string;
    periods: readonly number[] | null;
    reasonCode: string;
    at: Date;
  },
) {
  const rows = await db.query<{ id: string }>(
    `insert into absence_notices (pupil_id, school_id, submitted_by, kind, from_date, to_date, periods, reason_code, status, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, 'submitted', $9) returning id`,
    [fields.pupilId, fields.schoolId, fields.submittedBy, fields.kind, fields.fromDate, fields.toDate, fields.periods, fields.reasonCode, fields.at],
  );
  return rows[0]!.id;
}

export async function setNoticeStatus(
  db: Queryable,
  id: string,
  fields: { status: string; decidedBy: string | null; at: Date | null; note: string | null },
) {
  await db.query('update absence_notices set status = $2, decided_by = $3, decided_at = $4, decision_note = $5 where id = $1', [
    id,
    fields.status,
    fields.decidedBy,
    fields.at,
    fields.note,
  ]);
}

/**
 * Brings marks already registered as undocumented absence in line with a
 * notice that covers them: the teacher registered before the home reported.
 */
export async function applyNoticeToMarks(
  db: Queryable,
  notice: { id: string; pupilId: string; fromDate: string; toDate: string; periods: readonly number[] | null; reasonCode: string },
  documentation: 'reported' | 'documented',
  userId: string,
  at: Date,
) {
  const rows = await db.query<{ id: number }>(
    `update attendance_marks a
        set documentation = $6, reason_code = $5, notice_id = $1, updated_by = $7, updated_at = $8
       from lessons l
      where l.id = a.lesson_id and a.pupil_id = $2 and a.date between $3::date and $4::date
        and ($9::smallint[] is null or l.period = any($9::smallint[]))
        and a.status = 'F' and (a.documentation = 'undocumented' or ($6 = 'documented' and a.documentation = 'reported'))
      returning a.id`,
    [notice.id, notice.pupilId, notice.fromDate, notice.toDate, notice.reasonCode, documentation, userId, at, notice.periods],
  );
  return rows.length;
}

/** Takes a withdrawn or refused notice back out of the marks it had filled. */
export async function unapplyNotice(db: Queryable, noticeId: string, userId: string, at: Date) {
  await db.query(
    `update attendance_marks set documentation = 'undocumented', reason_code = null, notice_id = null, updated_by = $2, updated_at = $3
      where notice_id = $1`,
    [noticeId, userId, at],
  );
}
