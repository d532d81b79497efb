import type { Queryable } from '../client.js';

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

export async function findClassRef(db: Queryable, classId: string) {
  const rows = await db.query<{ id: string; name: string; school_id: string; owner_id: string; teacher_ids: string[] }>(
    `select g.id, g.name, g.school_id, s.owner_id,
            coalesce((select array_agg(distinct gt.user_id::text) from group_teachers gt where gt.group_id = g.id), '{}') as teacher_ids
       from groups g join schools s on s.id = g.school_id where g.id = $1 and g.kind = 'class'`,
    [classId],
  );
  return rows[0] ?? null;
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
