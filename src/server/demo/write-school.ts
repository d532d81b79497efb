// Writes the static part of a planned school: owner, school, calendar,
// subjects, groups, pupils with guardians, staff and who teaches whom.
import type { PlannedSchool } from './demo-plan.js';
import { insertObjects, type SqlRunner } from './bulk-insert.js';

export async function writeSchool(runner: SqlRunner, plan: PlannedSchool, passwordHash: string): Promise<void> {
  const { definition, calendar, ownerId, schoolId, schoolYearId } = plan;
  const yearStart = calendar.startsOn;
  await runner.query('insert into school_owners (id, name, kind) values ($1, $2, $3)', [ownerId, definition.owner.name, definition.owner.kind]);
  await runner.query('insert into schools (id, owner_id, name, level) values ($1, $2, $3, $4)', [
    schoolId,
    ownerId,
    definition.school.name,
    definition.school.level,
  ]);
  await runner.query('insert into school_years (id, school_id, name, starts_on, ends_on) values ($1, $2, $3, $4, $5)', [
    schoolYearId,
    schoolId,
    calendar.name,
    calendar.startsOn,
    calendar.endsOn,
  ]);
  const uuid = 'uuid';
  const text = 'text';
  const date = 'date';
  const year = { name: 'school_year_id', type: uuid, value: () => schoolYearId };
  await insertObjects(runner, 'terms', [
    year,
    { name: 'name', type: text, value: (t) => t.name },
    { name: 'kind', type: text, value: (t) => t.kind },
    { name: 'starts_on', type: date, value: (t) => t.startsOn },
    { name: 'ends_on', type: date, value: (t) => t.endsOn },
  ], calendar.terms);
  await insertObjects(runner, 'holidays', [
    year,
    { name: 'name', type: text, value: (h) => h.name },
    { name: 'kind', type: text, value: (h) => h.kind },
    { name: 'starts_on', type: date, value: (h) => h.startsOn },
    { name: 'ends_on', type: date, value: (h) => h.endsOn },
  ], calendar.holidays);

  const school = { name: 'school_id', type: uuid, value: () => schoolId };
  const owner = { name: 'owner_id', type: uuid, value: () => ownerId };
  const id = { name: 'id', type: uuid, value: (row: { id: string }) => row.id };
  await insertObjects(runner, 'subjects', [
    id,
    school,
    { name: 'code', type: text, value: (s) => s.code },
    { name: 'name', type: text, value: (s) => s.name },
    { name: 'annual_hours', type: 'int', value: (s) => s.annualHours },
  ], plan.subjects);
  await insertObjects(runner, 'groups', [
    id,
    school,
    year,
    { name: 'kind', type: text, value: (g) => g.kind },
    { name: 'name', type: text, value: (g) => g.name },
    { name: 'grade', type: 'smallint', value: (g) => g.grade },
    { name: 'subject_id', type: uuid, value: (g) => g.subjectId },
  ], plan.groups);

  await insertObjects(runner, 'pupils', [
    id,
    owner,
    school,
    { name: 'external_id', type: text, value: (p) => p.externalId },
    { name: 'given_name', type: text, value: (p) => p.givenName },
    { name: 'family_name', type: text, value: (p) => p.familyName },
    { name: 'birth_date', type: date, value: (p) => p.birthDate },
    { name: 'protected_address', type: 'boolean', value: (p) => p.protectedAddress },
    { name: 'email', type: text, value: (p) => p.email },
  ], plan.pupils);
  await insertObjects(runner, 'guardians', [
    id,
    owner,
    { name: 'given_name', type: text, value: (g) => g.givenName },
    { name: 'family_name', type: text, value: (g) => g.familyName },
    { name: 'email', type: text, value: (g) => g.email },
    { name: 'phone', type: text, value: (g) => g.phone },
  ], plan.guardians);
  await insertObjects(runner, 'pupil_guardians', [
    { name: 'pupil_id', type: uuid, value: (l) => l.pupilId },
    { name: 'guardian_id', type: uuid, value: (l) => l.guardianId },
    { name: 'parental_responsibility', type: 'boolean', value: (l) => l.parentalResponsibility },
    { name: 'lives_with', type: 'boolean', value: (l) => l.livesWith },
  ], plan.guardianLinks);
  const memberships = plan.pupils.flatMap((p) => p.groupIds.map((groupId) => ({ groupId, pupilId: p.id })));
  await insertObjects(runner, 'group_memberships', [
    { name: 'group_id', type: uuid, value: (m) => m.groupId },
    { name: 'pupil_id', type: uuid, value: (m) => m.pupilId },
    { name: 'valid_from', type: date, value: () => yearStart },
  ], memberships);

  await insertObjects(runner, 'users', [
    id,
    owner,
    { name: 'email', type: text, value: (u) => u.email },
    { name: 'given_name', type: text, value: (u) => u.givenName },
    { name: 'family_name', type: text, value: (u) => u.familyName },
    { name: 'password_hash', type: text, value: () => passwordHash },
  ], plan.staff);
  await insertObjects(runner, 'role_assignments', [
    { name: 'user_id', type: uuid, value: (u) => u.id },
    { name: 'role', type: text, value: (u) => u.role },
    { name: 'school_id', type: uuid, value: (u) => (u.ownerWide ? null : schoolId) },
  ], plan.staff);
  await insertObjects(runner, 'contact_teachers', [
    { name: 'user_id', type: uuid, value: (c) => c.userId },
    { name: 'pupil_id', type: uuid, value: (c) => c.pupilId },
    { name: 'valid_from', type: date, value: () => yearStart },
  ], plan.contactTeachers);
  await insertObjects(runner, 'group_teachers', [
    { name: 'user_id', type: uuid, value: (t) => t.userId },
    { name: 'group_id', type: uuid, value: (t) => t.groupId },
    { name: 'subject_id', type: uuid, value: (t) => t.subjectId },
    { name: 'valid_from', type: date, value: () => yearStart },
  ], plan.groupTeachers);
}
