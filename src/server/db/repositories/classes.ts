import type { Database } from '../client.js';

export async function findSchool(database: Database, schoolId: string) {
  const rows = await database.query<{ id: string; owner_id: string; name: string; level: string }>(
    'select id, owner_id, name, level from schools where id = $1',
    [schoolId],
  );
  return rows[0] ?? null;
}

export async function listSchools(database: Database, ownerId: string, schoolIds: readonly string[] | 'owner') {
  if (schoolIds === 'owner') {
    return database.query<{ id: string; name: string }>(
      'select id, name from schools where owner_id = $1 order by name',
      [ownerId],
    );
  }
  return database.query<{ id: string; name: string }>(
    'select id, name from schools where owner_id = $1 and id = any($2::uuid[]) order by name',
    [ownerId, schoolIds],
  );
}

/** The school year that contains the day, or else the latest one that started before it. */
export async function currentSchoolYear(database: Database, schoolId: string, day: string) {
  const rows = await database.query<{ id: string; name: string; starts_on: string; ends_on: string }>(
    `select id, name, starts_on, ends_on from school_years
      where school_id = $1 and starts_on <= $2::date
      order by (ends_on >= $2::date) desc, starts_on desc limit 1`,
    [schoolId, day],
  );
  return rows[0] ?? null;
}

export async function listClasses(database: Database, schoolYearId: string, day: string) {
  return database.query<{
    id: string;
    name: string;
    grade: number | null;
    pupil_count: number;
    contact_teachers: { id: string; name: string }[] | null;
  }>(
    `select g.id, g.name, g.grade,
            (select count(*)::int from group_memberships m
              where m.group_id = g.id and m.valid_from <= $2::date and (m.valid_to is null or m.valid_to >= $2::date)) as pupil_count,
            (select json_agg(distinct jsonb_build_object('id', u.id, 'name', u.given_name || ' ' || u.family_name))
               from group_memberships m
               join contact_teachers ct on ct.pupil_id = m.pupil_id
                and ct.valid_from <= $2::date and (ct.valid_to is null or ct.valid_to >= $2::date)
               join users u on u.id = ct.user_id
              where m.group_id = g.id and m.valid_from <= $2::date and (m.valid_to is null or m.valid_to >= $2::date)) as contact_teachers
       from groups g
      where g.school_year_id = $1 and g.kind = 'class'
      order by g.grade nulls last, g.name`,
    [schoolYearId, day],
  );
}

export async function findClass(database: Database, classId: string) {
  const rows = await database.query<{
    id: string;
    name: string;
    grade: number | null;
    school_id: string;
    school_name: string;
    owner_id: string;
  }>(
    `select g.id, g.name, g.grade, s.id as school_id, s.name as school_name, s.owner_id
       from groups g join schools s on s.id = g.school_id
      where g.id = $1 and g.kind = 'class'`,
    [classId],
  );
  return rows[0] ?? null;
}

export async function listClassPupils(database: Database, classId: string, day: string) {
  return database.query<{
    id: string;
    given_name: string;
    family_name: string;
    birth_date: string;
    contact_teacher_id: string | null;
    contact_teacher_name: string | null;
  }>(
    `select p.id, p.given_name, p.family_name, p.birth_date,
            ct.user_id as contact_teacher_id, ct.name as contact_teacher_name
       from group_memberships m
       join pupils p on p.id = m.pupil_id
       left join lateral (
         select c.user_id, u.given_name || ' ' || u.family_name as name
           from contact_teachers c join users u on u.id = c.user_id
          where c.pupil_id = p.id and c.valid_from <= $2::date and (c.valid_to is null or c.valid_to >= $2::date)
          order by c.valid_from desc limit 1) ct on true
      where m.group_id = $1 and m.valid_from <= $2::date and (m.valid_to is null or m.valid_to >= $2::date)
      order by p.family_name, p.given_name`,
    [classId, day],
  );
}
