// The demo as plain data, before anything touches the database: owners,
// schools, subjects, groups, pupils with guardians, staff and a weekly
// timetable. Pure apart from the random UUIDs: the same seed gives the same
// people, classes and timetable.
import { randomUUID } from 'node:crypto';
import { norwegianSchoolYear, type SchoolCalendar } from '../../domain/school-calendar.js';
import type { SchoolDefinition } from './demo-schools.js';
import type { StaffRole } from './demo-users.js';
import { plantedSlotFor, plantedSlots } from './planted-patterns.js';
import { createNameSource, emailSlug, mobileNumber, type EmailRegistry, type PersonName } from './names.js';
import { createRandom, mixSeed, type Random } from './random.js';
import { staffSchool } from './staffing.js';
import { placeWeeklyTimetable, type TimetableUnit } from './timetable.js';

export interface PlannedSubject {
  id: string;
  code: string;
  name: string;
  annualHours: number | null;
}

export interface PlannedGroup {
  id: string;
  kind: 'class' | 'teaching_group';
  name: string;
  grade: number | null;
  subjectId: string | null;
}

export interface PlannedPupil {
  id: string;
  externalId: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  protectedAddress: boolean;
  email: string | null;
  className: string;
  /** Position in the class list, from 0; planted patterns are placed by it. */
  rosterIndex: number;
  /** The class and every teaching group. */
  groupIds: string[];
}

export interface PlannedGuardian {
  id: string;
  givenName: string;
  familyName: string;
  email: string;
  phone: string;
}

export interface PlannedGuardianLink {
  pupilId: string;
  guardianId: string;
  parentalResponsibility: boolean;
  livesWith: boolean;
}

export interface PlannedStaff {
  id: string;
  key: string;
  email: string;
  givenName: string;
  familyName: string;
  role: StaffRole;
  ownerWide: boolean;
}

/** One period of the weekly timetable for one group. */
export interface WeeklyLesson {
  weekday: number;
  period: number;
  groupId: string;
  subjectId: string;
  subjectCode: string;
  teacherId: string;
}

export interface PlannedSchool {
  definition: SchoolDefinition;
  ownerId: string;
  schoolId: string;
  schoolYearId: string;
  calendar: SchoolCalendar;
  subjects: PlannedSubject[];
  groups: PlannedGroup[];
  pupils: PlannedPupil[];
  guardians: PlannedGuardian[];
  guardianLinks: PlannedGuardianLink[];
  staff: PlannedStaff[];
  contactTeachers: { userId: string; pupilId: string }[];
  groupTeachers: { userId: string; groupId: string; subjectId: string }[];
  weekly: WeeklyLesson[];
}

const GUARDIAN_DOMAINS = ['epost.example', 'post.example', 'nett.example'] as const;

export function planSchool(
  definition: SchoolDefinition,
  startYear: number,
  seed: number,
  emailFor: EmailRegistry,
): PlannedSchool {
  const stream = (name: string) => createRandom(mixSeed(seed, definition.key, name));
  const calendar = norwegianSchoolYear(startYear);
  const subjects = definition.subjects.map((s) => ({ id: randomUUID(), code: s.code, name: s.name, annualHours: s.annualHours }));
  const subjectId = lookup(new Map(subjects.map((s) => [s.code, s.id])), 'subject');

  const staffing = staffSchool(definition);
  const staff = planStaff(definition, staffing.teacherKeys, seed, emailFor);
  const staffId = lookup(new Map(staff.map((s) => [s.key, s.id])), 'teacher');

  const groups: PlannedGroup[] = [
    ...definition.classes.map((c) => ({ id: randomUUID(), kind: 'class' as const, name: c.name, grade: c.grade, subjectId: null })),
    ...staffing.assignments
      .filter((a) => a.groupKind === 'teaching_group')
      .map((a) => ({
        id: randomUUID(),
        kind: 'teaching_group' as const,
        name: a.groupName,
        grade: definition.classes.find((c) => c.name === a.classNames[0])?.grade ?? null,
        subjectId: subjectId(a.subject),
      })),
  ];
  const groupId = lookup(new Map(groups.map((g) => [g.name, g.id])), 'group');

  const pupils = planPupils(definition, startYear, seed, groupId, emailFor);
  spreadOverTeachingGroups(definition, staffing.assignments, pupils, groupId, stream('teaching-groups'));
  markProtectedAddresses(definition, pupils, stream('protected-address'));
  const { guardians, guardianLinks } = planGuardians(pupils, seed, definition.key, emailFor);

  const contactTeachers = pupils.map((p) => ({
    userId: staffId(staffing.contactTeachers.get(p.className) ?? ''),
    pupilId: p.id,
  }));
  const groupTeachers = staffing.assignments.map((a) => ({
    userId: staffId(a.teacher),
    groupId: groupId(a.groupName),
    subjectId: subjectId(a.subject),
  }));

  // One timetable unit per class subject and one per block (all its groups at once).
  const units = new Map<string, TimetableUnit & { lessons: { group: string; subject: string; teacher: string }[] }>();
  for (const a of staffing.assignments) {
    const key = a.block ? `block:${a.block}` : `${a.groupName}:${a.subject}`;
    const unit = units.get(key) ?? { key, classes: a.classNames, teachers: [], periods: a.periods, lessons: [] };
    unit.teachers = [...unit.teachers, a.teacher];
    unit.lessons.push({ group: a.groupName, subject: a.subject, teacher: a.teacher });
    units.set(key, unit);
  }
  const periodsPerDay = new Map(definition.classes.map((c) => [c.name, c.periodsPerDay]));
  const placements = placeWeeklyTimetable([...units.values()], periodsPerDay, stream('timetable'));
  const weekly = placements.flatMap((p) =>
    (units.get(p.unitKey)?.lessons ?? []).map((lesson) => ({
      weekday: p.weekday,
      period: p.period,
      groupId: groupId(lesson.group),
      subjectId: subjectId(lesson.subject),
      subjectCode: lesson.subject,
      teacherId: staffId(lesson.teacher),
    })),
  );

  return {
    definition,
    ownerId: randomUUID(),
    schoolId: randomUUID(),
    schoolYearId: randomUUID(),
    calendar,
    subjects,
    groups,
    pupils,
    guardians,
    guardianLinks,
    staff,
    contactTeachers,
    groupTeachers,
    weekly,
  };
}

function lookup(map: ReadonlyMap<string, string>, what: string) {
  return (key: string): string => {
    const value = map.get(key);
    if (!value) throw new Error(`Demo plan: unknown ${what} ${key}`);
    return value;
  };
}

function planStaff(
  definition: SchoolDefinition,
  teacherKeys: readonly string[],
  seed: number,
  emailFor: EmailRegistry,
): PlannedStaff[] {
  const names = createNameSource(mixSeed(seed, definition.key, 'staff-names'));
  const fixed = definition.staff.map((s) => ({ ...s, id: randomUUID() }));
  const fixedKeys = new Set(fixed.map((s) => s.key));
  const generated = teacherKeys
    .filter((key) => !fixedKeys.has(key))
    .map((key) => {
      const { givenName, familyName } = names.person();
      return {
        id: randomUUID(),
        key,
        email: emailFor(emailSlug(givenName, familyName), definition.emailDomain),
        givenName,
        familyName,
        role: 'teacher' as const,
        ownerWide: false,
      };
    });
  return [...fixed, ...generated];
}

function planPupils(
  definition: SchoolDefinition,
  startYear: number,
  seed: number,
  groupId: (name: string) => string,
  emailFor: EmailRegistry,
): PlannedPupil[] {
  const names = createNameSource(mixSeed(seed, definition.key, 'pupil-names'));
  const random = createRandom(mixSeed(seed, definition.key, 'pupils'));
  const upperSecondary = definition.school.level === 'upper_secondary';
  const pupils: PlannedPupil[] = [];
  for (const schoolClass of definition.classes) {
    for (let rosterIndex = 0; rosterIndex < schoolClass.size; rosterIndex += 1) {
      const { givenName, familyName } = names.person();
      // Grade 1 starts the year the pupil turns 6. Some Vg1-Vg2 pupils are a year
      // older (a repeated or changed programme), so upper secondary spans 16-19.
      const olderBy = upperSecondary && schoolClass.grade <= 12 && random.chance(0.08) ? 1 : 0;
      const birthYear = startYear - (schoolClass.grade + 5) - olderBy;
      const birthDate = dayOfYear(birthYear, random.int(0, 364));
      pupils.push({
        id: randomUUID(),
        externalId: `${definition.externalIdPrefix}-${String(pupils.length + 1).padStart(6, '0')}`,
        givenName,
        familyName,
        birthDate,
        protectedAddress: false,
        email: definition.pupilEmailDomain ? emailFor(emailSlug(givenName, familyName), definition.pupilEmailDomain) : null,
        className: schoolClass.name,
        rosterIndex,
        groupIds: [groupId(schoolClass.name)],
      });
    }
  }
  return pupils;
}

/** Roughly 1 % of pupils, one of them in the class with the planted patterns so the teacher's demo shows it. */
function markProtectedAddresses(definition: SchoolDefinition, pupils: PlannedPupil[], random: Random) {
  const candidates = pupils.filter((p) => !plantedSlotFor(definition.key, p.className, p.rosterIndex));
  const plantedClass = plantedSlots.find((s) => s.school === definition.key)?.className;
  const inPlantedClass = candidates.find((p) => p.className === plantedClass && p.rosterIndex === 22);
  const chosen = [inPlantedClass, ...random.shuffle(candidates).slice(0, Math.max(2, Math.round(pupils.length / 100)))];
  for (const pupil of chosen) if (pupil) pupil.protectedAddress = true;
}

function dayOfYear(year: number, offset: number): string {
  const date = new Date(Date.UTC(year, 0, 1 + offset));
  return date.toISOString().slice(0, 10);
}

function spreadOverTeachingGroups(
  definition: SchoolDefinition,
  assignments: ReturnType<typeof staffSchool>['assignments'],
  pupils: PlannedPupil[],
  groupId: (name: string) => string,
  random: Random,
) {
  const blocks = new Map<string, string[]>();
  for (const a of assignments) {
    if (!a.block) continue;
    blocks.set(a.block, [...(blocks.get(a.block) ?? []), a.groupName]);
  }
  for (const [block, groupNames] of blocks) {
    const classNames = definition.classes
      .filter((c) => c.items.some((i) => i.kind === 'block' && i.block === block))
      .map((c) => c.name);
    const members = random.shuffle(pupils.filter((p) => classNames.includes(p.className)));
    members.forEach((pupil, i) => pupil.groupIds.push(groupId(groupNames[i % groupNames.length] ?? '')));
  }
}

function planGuardians(
  pupils: readonly PlannedPupil[],
  seed: number,
  schoolKey: string,
  emailFor: EmailRegistry,
) {
  const names = createNameSource(mixSeed(seed, schoolKey, 'guardian-names'));
  const random = createRandom(mixSeed(seed, schoolKey, 'guardians'));
  const guardians: PlannedGuardian[] = [];
  const guardianLinks: PlannedGuardianLink[] = [];
  const add = (person: PersonName, pupil: PlannedPupil, parentalResponsibility: boolean, livesWith: boolean) => {
    const id = randomUUID();
    const domain = random.pick(GUARDIAN_DOMAINS);
    guardians.push({
      id,
      givenName: person.givenName,
      familyName: person.familyName,
      email: emailFor(emailSlug(person.givenName, person.familyName), domain),
      phone: mobileNumber(random),
    });
    guardianLinks.push({ pupilId: pupil.id, guardianId: id, parentalResponsibility, livesWith });
  };
  for (const pupil of pupils) {
    const first = names.person(random.chance(0.6) ? 'female' : 'male');
    add({ ...first, familyName: random.chance(0.85) ? pupil.familyName : first.familyName }, pupil, true, true);
    if (!random.chance(0.82)) continue;
    const second = names.person(first.sex === 'female' ? 'male' : 'female');
    const separated = random.chance(0.25);
    // A few parents without parental responsibility: they must get no notices and see nothing.
    const responsibility = !(separated && random.chance(0.3));
    add({ ...second, familyName: random.chance(0.55) ? pupil.familyName : second.familyName }, pupil, responsibility, !separated);
  }
  return { guardians, guardianLinks };
}
