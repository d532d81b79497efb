// Planning a roster import: pupils by their external id, classes by name in
// the school year, contact teachers by e-mail, guardians by e-mail (or, with
// no e-mail, by name among the pupil's own guardians). The roster adds and
// changes; it never removes a pupil, a guardian or a class that is not in the
// file, and an empty optional cell keeps what the school has.
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/client.js';
import * as repo from '../../db/repositories/imports.js';
import type { RosterRow } from '../../../domain/import/roster.js';
import { problem, type ImportProblem } from '../../../domain/import/problems.js';
import { emptyChanges, planAssignment } from './assignments.js';
import { staffMember, type ImportContext } from './context.js';
import { groupBy, lookupByName, type ImportPlan } from './plan.js';
import { SummaryCounter } from './summary.js';

/** One pupil as the file describes them, from all of the pupil's rows. */
interface PupilInFile {
  first: RosterRow;
  contactTeacherEmail: string | null;
  protectedAddress: boolean | null;
}

function pupilsInFile(rows: readonly RosterRow[]): Map<string, PupilInFile> {
  const pupils = new Map<string, PupilInFile>();
  for (const row of rows) {
    const known = pupils.get(row.pupil);
    if (!known) {
      pupils.set(row.pupil, { first: row, contactTeacherEmail: row.contactTeacherEmail, protectedAddress: row.protectedAddress });
      continue;
    }
    known.contactTeacherEmail ??= row.contactTeacherEmail;
    known.protectedAddress ??= row.protectedAddress;
  }
  return pupils;
}

export async function planRoster(db: Queryable, context: ImportContext, rows: readonly RosterRow[]): Promise<ImportPlan> {
  const { school, year } = context;
  const problems: ImportProblem[] = [];
  const summary = new SummaryCounter(rows.length);
  const inFile = pupilsInFile(rows);
  const guardianEmails = [...new Set(rows.flatMap((r) => (r.guardian?.email ? [r.guardian.email] : [])))];

  const [existingPupils, groups, guardiansWithEmail] = await Promise.all([
    repo.pupilsByExternalId(db, school.id, [...inFile.keys()]),
    repo.groupsOfYear(db, year.id),
    repo.guardiansByEmail(db, school.ownerId, guardianEmails),
  ]);
  const pupilByExternalId = new Map(existingPupils.map((p) => [p.external_id, p]));
  const existingIds = existingPupils.map((p) => p.id);
  const [memberships, contactTeachers, links] = await Promise.all([
    repo.classMembershipsOf(db, year.id, existingIds),
    repo.contactTeachersOf(db, existingIds),
    repo.guardianLinksOf(db, existingIds),
  ]);
  const membershipsOf = groupBy(memberships, (m) => m.pupil_id);
  const contactTeachersOfPupil = groupBy(contactTeachers, (c) => c.pupil_id);
  const linksOf = groupBy(links, (l) => l.pupil_id);

  // Classes: found by name (any case), created when missing.
  const findGroup = lookupByName(groups, (g) => g.name);
  const newClasses = new Map<string, repo.NewGroup>();
  const gradeChanges = new Map<string, { id: string; grade: number }>();
  const classIdOf = (row: RosterRow): string | null => {
    const existing = findGroup(row.className);
    if (existing && existing.kind !== 'class') {
      problems.push(problem(row.line, 'class', 'ref.classIsTeachingGroup', { value: row.className }));
      return null;
    }
    if (existing) {
      if (row.grade !== null && row.grade !== existing.grade && !gradeChanges.has(existing.id)) {
        gradeChanges.set(existing.id, { id: existing.id, grade: row.grade });
      }
      return existing.id;
    }
    const key = row.className.toLowerCase();
    const planned = newClasses.get(key) ?? { id: randomUUID(), name: row.className, kind: 'class' as const, grade: null, subjectId: null };
    planned.grade ??= row.grade;
    newClasses.set(key, planned);
    return planned.id;
  };
  for (const row of rows) {
    classIdOf(row);
    if (row.contactTeacherEmail) {
      const teacher = staffMember(context, row.line, 'contact_teacher', row.contactTeacherEmail);
      if (teacher.problem) problems.push(teacher.problem);
    }
  }
  const classesUsed = new Set(rows.map((r) => findGroup(r.className)?.id).filter((id): id is string => Boolean(id)));
  summary.add('classes', 'create', newClasses.size);
  summary.add('classes', 'update', gradeChanges.size);
  summary.add('classes', 'unchanged', [...classesUsed].filter((id) => !gradeChanges.has(id)).length);

  // Pupils, their class and their contact teacher.
  const pupilsToSave: repo.PupilToSave[] = [];
  const pupilIdOf = new Map<string, string>();
  const membershipChanges = emptyChanges();
  const contactChanges = emptyChanges();
  const from = context.today < year.startsOn ? year.startsOn : context.today > year.endsOn ? year.endsOn : context.today;
  const dates = { from, firstDay: year.startsOn };
  for (const [externalId, pupil] of inFile) {
    const row = pupil.first;
    const existing = pupilByExternalId.get(externalId);
    const wanted: repo.PupilToSave = {
      id: existing?.id ?? randomUUID(),
      externalId,
      givenName: row.givenName,
      familyName: row.familyName,
      birthDate: row.birthDate,
      protectedAddress: pupil.protectedAddress ?? existing?.protected_address ?? false,
    };
    pupilIdOf.set(externalId, wanted.id);
    const changed =
      !existing ||
      existing.given_name !== wanted.givenName ||
      existing.family_name !== wanted.familyName ||
      existing.birth_date !== wanted.birthDate ||
      existing.protected_address !== wanted.protectedAddress;
    summary.add('pupils', !existing ? 'create' : changed ? 'update' : 'unchanged');
    if (changed) pupilsToSave.push(wanted);

    const classId = findGroup(row.className)?.id ?? newClasses.get(row.className.toLowerCase())?.id;
    if (classId) {
      summary.add('classMemberships', planAssignment(membershipChanges, wanted.id, membershipsOf.get(wanted.id) ?? [], classId, dates));
    }
    const teacher = pupil.contactTeacherEmail ? context.staff.get(pupil.contactTeacherEmail) : undefined;
    if (teacher) {
      summary.add('contactTeachers', planAssignment(contactChanges, wanted.id, contactTeachersOfPupil.get(wanted.id) ?? [], teacher.id, dates));
    }
  }

  // Guardians and their tie to each pupil (with or without parental responsibility).
  const guardianByEmail = new Map<string, repo.GuardianRow>();
  for (const g of guardiansWithEmail) if (g.email && !guardianByEmail.has(g.email)) guardianByEmail.set(g.email, g);
  const guardiansToSave = new Map<string, repo.GuardianToSave>();
  const guardianOutcome = new Map<string, 'create' | 'update' | 'unchanged'>();
  const linksToSave: { pupilId: string; guardianId: string; parentalResponsibility: boolean }[] = [];
  const newByName = new Map<string, string>();
  for (const row of rows) {
    const guardian = row.guardian;
    if (!guardian) continue;
    const pupilId = pupilIdOf.get(row.pupil);
    if (!pupilId) continue;
    const pupilLinks = linksOf.get(pupilId) ?? [];
    const nameKey = `${guardian.givenName.toLowerCase()} ${guardian.familyName.toLowerCase()}`;
    const existing = guardian.email
      ? guardianByEmail.get(guardian.email)
      : pupilLinks.find((l) => `${l.given_name.toLowerCase()} ${l.family_name.toLowerCase()}` === nameKey);
    let guardianId: string;
    if (existing) {
      guardianId = existing.id;
      if (!guardianOutcome.has(guardianId)) {
        const wanted = {
          id: existing.id,
          givenName: guardian.givenName,
          familyName: guardian.familyName,
          email: existing.email,
          phone: guardian.phone ?? existing.phone,
        };
        const changed = existing.given_name !== wanted.givenName || existing.family_name !== wanted.familyName || existing.phone !== wanted.phone;
        guardianOutcome.set(guardianId, changed ? 'update' : 'unchanged');
        if (changed) guardiansToSave.set(guardianId, wanted);
      }
    } else {
      // A guardian new to us: one per e-mail address; without one, one per pupil and name.
      const newKey = guardian.email ?? `${pupilId} ${nameKey}`;
      guardianId = newByName.get(newKey) ?? randomUUID();
      if (!newByName.has(newKey)) {
        newByName.set(newKey, guardianId);
        guardianOutcome.set(guardianId, 'create');
        guardiansToSave.set(guardianId, { id: guardianId, givenName: guardian.givenName, familyName: guardian.familyName, email: guardian.email, phone: guardian.phone });
      }
    }
    const link = pupilLinks.find((l) => l.id === guardianId);
    const outcome = !link ? 'create' : link.parental_responsibility !== guardian.parentalResponsibility ? 'update' : 'unchanged';
    summary.add('guardianLinks', outcome);
    if (outcome !== 'unchanged') linksToSave.push({ pupilId, guardianId, parentalResponsibility: guardian.parentalResponsibility });
  }
  for (const outcome of guardianOutcome.values()) summary.add('guardians', outcome);
  for (const entity of ['pupils', 'classes', 'classMemberships', 'contactTeachers', 'guardians', 'guardianLinks'] as const) summary.touch(entity);

  return {
    problems,
    summary: summary.result(),
    async apply(tx) {
      await repo.insertGroups(tx, { id: school.id, yearId: year.id }, [...newClasses.values()]);
      await repo.updateGroupGrades(tx, [...gradeChanges.values()]);
      await repo.upsertPupils(tx, school, pupilsToSave);
      await repo.applyAssignmentChanges(tx, 'membership', membershipChanges);
      await repo.applyAssignmentChanges(tx, 'contactTeacher', contactChanges);
      await repo.upsertGuardians(tx, school.ownerId, [...guardiansToSave.values()]);
      await repo.upsertGuardianLinks(tx, linksToSave);
    },
  };
}
