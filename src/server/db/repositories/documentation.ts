import type { Queryable } from '../client.js';

export function listAbsenceReasons(db: Queryable) {
  return db.query<{ code: string; category: 'health' | 'exempt' | 'leave' | 'not_absence' | 'other'; counts_toward_limit: boolean; active: boolean }>(
    'select code, category, counts_toward_limit, active from absence_reasons order by sort_order, code',
  );
}

/** The contact teacher's pupils during the given days, with their class name then. */
export function contactPupilsBetween(db: Queryable, userId: string, from: string, to: string) {
  return db.query<{ id: string; given_name: string; family_name: string; class_name: string | null }>(
    `select p.id, p.given_name, p.family_name,
            (select g.name from group_memberships m join groups g on g.id = m.group_id
              where m.pupil_id = p.id and g.kind = 'class' and m.valid_from <= $3::date
                and (m.valid_to is null or m.valid_to >= $2::date)
              order by m.valid_from desc limit 1) as class_name
       from contact_teachers ct join pupils p on p.id = ct.pupil_id
      where ct.user_id = $1 and ct.valid_from <= $3::date and (ct.valid_to is null or ct.valid_to >= $2::date)
      group by p.id
      order by p.family_name, p.given_name`,
    [userId, from, to],
  );
}

export function absencesBetween(db: Queryable, pupilIds: readonly string[], from: string, to: string) {
  return db.query<{
    id: number;
    pupil_id: string;
    lesson_id: number;
    date: string;
    period: number;
    starts_at: string;
    subject_code: string;
    subject_name: string;
    status: 'F' | 'S';
    minutes_late: number | null;
    documentation: 'undocumented' | 'reported' | 'documented';
    reason_code: string | null;
    notice_id: string | null;
  }>(
    `select a.id, a.pupil_id, a.lesson_id, a.date, l.period, to_char(l.starts_at, 'HH24:MI') as starts_at,
            s.code as subject_code, s.name as subject_name, a.status, a.minutes_late, a.documentation,
            a.reason_code, a.notice_id
       from attendance_marks a
       join lessons l on l.id = a.lesson_id and l.status = 'held'
       join subjects s on s.id = l.subject_id
      where a.pupil_id = any($1::uuid[]) and a.date between $2::date and $3::date and a.status in ('F', 'S')
      order by a.date, l.starts_at`,
    [pupilIds, from, to],
  );
}

/** The marks with what access needs: the school and the pupil's contact teachers on the mark's day. */
export function marksForDocumentation(db: Queryable, markIds: readonly number[], lock = false) {
  return db.query<{
    id: number;
    pupil_id: string;
    school_id: string;
    owner_id: string;
    status: 'M' | 'F' | 'S' | 'O';
    contact_teacher_ids: string[];
  }>(
    `select a.id, a.pupil_id, a.school_id, s.owner_id, a.status,
            coalesce((select array_agg(ct.user_id::text) from contact_teachers ct
               where ct.pupil_id = a.pupil_id and ct.valid_from <= a.date and (ct.valid_to is null or ct.valid_to >= a.date)),
              '{}') as contact_teacher_ids
       from attendance_marks a join schools s on s.id = a.school_id
      where a.id = any($1::bigint[])${lock ? ' for update of a' : ''}`,
    [markIds],
  );
}

export async function setDocumentation(
  db: Queryable,
  markIds: readonly number[],
  fields: { documentation: string; reasonCode: string | null; userId: string; at: Date },
) {
  const rows = await db.query<{ id: number }>(
    `update attendance_marks set documentation = $2, reason_code = $3, updated_by = $4, updated_at = $5
      where id = any($1::bigint[]) and (documentation, reason_code) is distinct from ($2, $3)
      returning id`,
    [markIds, fields.documentation, fields.reasonCode, fields.userId, fields.at],
  );
  return rows.length;
}
