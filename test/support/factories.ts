// Factories, not fixture dumps: each builds the smallest valid row and takes
// overrides, so a test says only what matters to it.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/server/db/client.js';
import {
  absenceNotices,
  guardians,
  holidays,
  pupilGuardians,
  contactTeachers,
  lessons,
  subjects,
  groupMemberships,
  groups,
  pupils,
  roleAssignments,
  schoolOwners,
  schoolYears,
  schools,
  terms,
  users,
} from '../../src/server/db/schema.js';
import { norwegianSchoolYear } from '../../src/domain/school-calendar.js';
import { hashPassword } from '../../src/server/services/passwords.js';
import type { Role } from '../../src/contracts/roles.js';

export const TEST_PASSWORD = 'riktig-passord-123';
let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

type Insert<T extends { $inferInsert: unknown }> = Partial<T['$inferInsert']>;

export async function buildOwner(database: Database, overrides: Insert<typeof schoolOwners> = {}) {
  const [row] = await database.db
    .insert(schoolOwners)
    .values({ name: 'Testvik kommune', kind: 'municipality', ...overrides })
    .returning();
  return row!;
}

export async function buildSchool(database: Database, ownerId: string, overrides: Insert<typeof schools> = {}) {
  const [row] = await database.db
    .insert(schools)
    .values({ ownerId, name: 'Testvik skole', level: 'primary_lower', ...overrides })
    .returning();
  return row!;
}

export async function buildSchoolYear(database: Database, schoolId: string, overrides: Insert<typeof schoolYears> = {}) {
  const [row] = await database.db
    .insert(schoolYears)
    .values({ schoolId, name: '2026/27', startsOn: '2026-08-17', endsOn: '2027-06-18', ...overrides })
    .returning();
  return row!;
}

export async function buildUser(
  database: Database,
  ownerId: string,
  options: { roles?: { role: Role; schoolId: string | null }[] } & Insert<typeof users> = {},
) {
  const { roles = [], ...overrides } = options;
  const [row] = await database.db
    .insert(users)
    .values({
      ownerId,
      email: `user-${randomUUID().slice(0, 8)}@test.example`,
      givenName: 'Test',
      familyName: 'Bruker',
      passwordHash: await testPasswordHash(),
      ...overrides,
    })
    .returning();
  for (const r of roles) await database.db.insert(roleAssignments).values({ userId: row!.id, ...r });
  return row!;
}

export async function buildClass(
  database: Database,
  school: { id: string },
  schoolYearId: string,
  overrides: Insert<typeof groups> = {},
) {
  const [row] = await database.db
    .insert(groups)
    .values({ schoolId: school.id, schoolYearId, kind: 'class', name: '8A', grade: 8, ...overrides })
    .returning();
  return row!;
}

export async function buildPupil(
  database: Database,
  school: { id: string; ownerId: string },
  options: { classId?: string; contactTeacherId?: string; from?: string } & Insert<typeof pupils> = {},
) {
  const { classId, contactTeacherId, from = '2026-08-17', ...overrides } = options;
  const [row] = await database.db
    .insert(pupils)
    .values({
      ownerId: school.ownerId,
      schoolId: school.id,
      externalId: `T-${randomUUID().slice(0, 8)}`,
      givenName: 'Elev',
      familyName: 'Testesen',
      birthDate: '2013-05-01',
      ...overrides,
    })
    .returning();
  if (classId) await database.db.insert(groupMemberships).values({ groupId: classId, pupilId: row!.id, validFrom: from });
  if (contactTeacherId) {
    await database.db.insert(contactTeachers).values({ userId: contactTeacherId, pupilId: row!.id, validFrom: from });
  }
  return row!;
}

export async function buildSubject(database: Database, schoolId: string, overrides: Insert<typeof subjects> = {}) {
  const [row] = await database.db
    .insert(subjects)
    .values({ schoolId, code: 'NOR', name: 'Norsk', ...overrides })
    .returning();
  return row!;
}

export async function buildLesson(
  database: Database,
  fields: { schoolId: string; groupId: string; subjectId: string; teacherId: string | null } & Insert<typeof lessons>,
) {
  const [row] = await database.db
    .insert(lessons)
    .values({ date: '2026-11-23', period: 1, startsAt: '08:30', endsAt: '09:15', ...fields })
    .returning();
  return row!;
}

export async function buildNotice(
  database: Database,
  fields: { pupilId: string; schoolId: string; submittedBy: string } & Insert<typeof absenceNotices>,
) {
  const [row] = await database.db
    .insert(absenceNotices)
    .values({
      kind: 'absence',
      status: 'submitted',
      fromDate: '2026-11-23',
      toDate: '2026-11-23',
      reasonCode: 'health_self_reported',
      ...fields,
    })
    .returning();
  return row!;
}

/** A guardian of the pupil, with a login of their own. */
export async function buildGuardian(
  database: Database,
  pupil: { id: string; ownerId: string },
  options: { parentalResponsibility?: boolean } & Insert<typeof guardians> = {},
) {
  const { parentalResponsibility = true, ...overrides } = options;
  const [guardian] = await database.db
    .insert(guardians)
    .values({ ownerId: pupil.ownerId, givenName: 'Foresatt', familyName: 'Testesen', email: `foresatt-${randomUUID().slice(0, 8)}@test.example`, ...overrides })
    .returning();
  await database.db.insert(pupilGuardians).values({ pupilId: pupil.id, guardianId: guardian!.id, parentalResponsibility });
  const user = await buildUser(database, pupil.ownerId, {
    email: guardian!.email!,
    givenName: guardian!.givenName,
    familyName: guardian!.familyName,
    guardianId: guardian!.id,
    roles: [{ role: 'guardian', schoolId: null }],
  });
  return { guardian: guardian!, user };
}

/** The school year's terms and holidays as the rules read them: the typical Norwegian year (src/domain/school-calendar.ts). */
export async function buildCalendar(database: Database, schoolYearId: string, startYear = 2026) {
  const calendar = norwegianSchoolYear(startYear);
  await database.query('update school_years set starts_on = $2, ends_on = $3 where id = $1', [schoolYearId, calendar.startsOn, calendar.endsOn]);
  for (const term of calendar.terms) {
    await database.db.insert(terms).values({ schoolYearId, name: term.name, kind: term.kind, startsOn: term.startsOn, endsOn: term.endsOn });
  }
  for (const h of calendar.holidays) {
    await database.db.insert(holidays).values({ schoolYearId, name: h.name, kind: h.kind, startsOn: h.startsOn, endsOn: h.endsOn });
  }
  return calendar;
}
