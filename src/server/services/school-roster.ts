// Use cases behind the school's class list and a class's pupils.
import type { Database } from '../db/client.js';
import type { Clock } from '../clock.js';
import { canSeeSchoolRoster, rosterScope, type Actor } from '../../domain/access.js';
import { ageOn } from '../../domain/age.js';
import { schoolDayOf } from '../../domain/dates.js';
import * as repo from '../db/repositories/classes.js';
import type { ClassDetail, SchoolClasses } from '../../contracts/classes.js';
import { forbidden, notFound } from '../app-error.js';

export async function listMySchools(database: Database, actor: Actor) {
  return { schools: await repo.listSchools(database, actor.ownerId, rosterScope(actor)) };
}

type SchoolLevel = SchoolClasses['school']['level'];

export async function getSchoolClasses(
  database: Database,
  clock: Clock,
  actor: Actor,
  schoolId: string,
): Promise<SchoolClasses> {
  const school = await repo.findSchool(database, schoolId);
  // Another owner's school answers 404, not 403: its existence is not ours to reveal.
  if (!school || school.owner_id !== actor.ownerId) throw notFound();
  if (!canSeeSchoolRoster(actor, { id: school.id, ownerId: school.owner_id })) throw forbidden();
  const today = schoolDayOf(clock.now());
  const year = await repo.currentSchoolYear(database, school.id, today);
  const classes = year ? await repo.listClasses(database, year.id, today) : [];
  return {
    school: { id: school.id, name: school.name, level: school.level as SchoolLevel },
    schoolYear: year ? { id: year.id, name: year.name, startsOn: year.starts_on, endsOn: year.ends_on } : null,
    classes: classes.map((c) => ({
      id: c.id,
      name: c.name,
      grade: c.grade,
      pupilCount: c.pupil_count,
      contactTeachers: (c.contact_teachers ?? []).sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    })),
  };
}

export async function getClassDetail(
  database: Database,
  clock: Clock,
  actor: Actor,
  classId: string,
): Promise<ClassDetail> {
  const found = await repo.findClass(database, classId);
  if (!found || found.owner_id !== actor.ownerId) throw notFound();
  if (!canSeeSchoolRoster(actor, { id: found.school_id, ownerId: found.owner_id })) throw forbidden();
  const today = schoolDayOf(clock.now());
  const pupils = await repo.listClassPupils(database, classId, today);
  return {
    id: found.id,
    name: found.name,
    grade: found.grade,
    school: { id: found.school_id, name: found.school_name },
    pupils: pupils.map((p) => ({
      id: p.id,
      givenName: p.given_name,
      familyName: p.family_name,
      birthDate: p.birth_date,
      age: ageOn(p.birth_date, today),
      contactTeacher: p.contact_teacher_id ? { id: p.contact_teacher_id, name: p.contact_teacher_name ?? '' } : null,
    })),
  };
}
