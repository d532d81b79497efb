// The static part of the county-scale data: one county, upper-secondary
// schools of about 600 pupils, classes of 30 with two teachers each, and a
// weekly timetable of 30 periods (45 minutes) a class. Simpler than the demo
// (no shared blocks, one guardian each): it exists to measure, not to show.
import { randomUUID } from 'node:crypto';
import type { SchoolCalendar } from '../../domain/school-calendar.js';
import { insertObjects, type SqlRunner } from './bulk-insert.js';
import { createEmailRegistry, createNameSource, emailSlug, mobileNumber } from './names.js';
import { createRandom, mixSeed } from './random.js';
import { upperSecondarySubjects } from './subject-catalog.js';

export const SCALE_OWNER_NAME = 'Storfylket fylkeskommune';
export const SCALE_SCHOOL_SIZE = 600;
export const SCALE_CLASS_SIZE = 30;
export const SCALE_PERIODS_PER_DAY = 6;

/** Bell times for 45-minute periods. */
export const scalePeriodTimes = [
  { period: 1, startsAt: '08:15', endsAt: '09:00' },
  { period: 2, startsAt: '09:00', endsAt: '09:45' },
  { period: 3, startsAt: '10:00', endsAt: '10:45' },
  { period: 4, startsAt: '10:45', endsAt: '11:30' },
  { period: 5, startsAt: '12:00', endsAt: '12:45' },
  { period: 6, startsAt: '12:45', endsAt: '13:30' },
] as const;

// Subject -> periods a week, 30 in all, for Vg1-Vg3 studiespesialisering.
const weeklyPlans: Record<number, [string, number][]> = {
  11: [['NOR1211', 4], ['ENG1007', 5], ['NAT1007', 5], ['SAF1001', 3], ['GEO1003', 2], ['KRO1017', 2], ['MAT1019', 5], ['SPR3031', 4]],
  12: [['NOR1212', 4], ['MAT1023', 3], ['HIS1010', 2], ['KRO1018', 2], ['SAM3077', 5], ['SPR3032', 4], ['REA3056', 5], ['REA3038', 5]],
  13: [['NOR1213', 6], ['HIS1011', 4], ['REL1003', 3], ['KRO1019', 2], ['REA3058', 5], ['REA3039', 5], ['SAM3074', 5]],
};

export interface ScaleSlot {
  /** 0..29: (weekday - 1) * 6 + period - 1. */
  slot: number;
  subjectId: string;
  teacherId: string;
}

export interface ScaleClass {
  id: string;
  name: string;
  grade: number;
  slots: ScaleSlot[];
}

export interface ScaleSchool {
  id: string;
  name: string;
  schoolYearId: string;
  classes: ScaleClass[];
  pupils: number;
}

/** Pupils are numbered across the whole county; the number ends the external id and seeds their attendance. */
export const scaleExternalId = (pupilNo: number) => `SK-${String(pupilNo).padStart(7, '0')}`;

export async function writeScaleStructure(
  runner: SqlRunner,
  options: { pupils: number; seed: number; calendar: SchoolCalendar; ownerId: string },
): Promise<ScaleSchool[]> {
  const { pupils, seed, calendar, ownerId } = options;
  const names = createNameSource(mixSeed(seed, 'scale-names'));
  const random = createRandom(mixSeed(seed, 'scale'));
  const emailFor = createEmailRegistry();
  await runner.query(`insert into school_owners (id, name, kind) values ($1, $2, 'county')`, [ownerId, SCALE_OWNER_NAME]);

  const schoolCount = Math.max(1, Math.round(pupils / SCALE_SCHOOL_SIZE));
  const schools: ScaleSchool[] = [];
  let pupilNo = 0;
  const usedNames = new Set<string>();
  for (let s = 0; s < schoolCount; s += 1) {
    const size = Math.floor(pupils / schoolCount) + (s < pupils % schoolCount ? 1 : 0);
    let town = names.familyName();
    while (usedNames.has(town)) town = names.familyName();
    usedNames.add(town);
    const school: ScaleSchool = { id: randomUUID(), name: `${town} videregående skole`, schoolYearId: randomUUID(), classes: [], pupils: size };
    schools.push(school);

    await runner.query(`insert into schools (id, owner_id, name, level) values ($1, $2, $3, 'upper_secondary')`, [school.id, ownerId, school.name]);
    await runner.query(`insert into school_years (id, school_id, name, starts_on, ends_on) values ($1, $2, $3, $4, $5)`, [
      school.schoolYearId, school.id, calendar.name, calendar.startsOn, calendar.endsOn,
    ]);
    const year = { name: 'school_year_id', type: 'uuid', value: () => school.schoolYearId };
    await insertObjects(runner, 'terms', [
      year,
      { name: 'name', type: 'text', value: (t) => t.name },
      { name: 'kind', type: 'text', value: (t) => t.kind },
      { name: 'starts_on', type: 'date', value: (t) => t.startsOn },
      { name: 'ends_on', type: 'date', value: (t) => t.endsOn },
    ], calendar.terms);
    await insertObjects(runner, 'holidays', [
      year,
      { name: 'name', type: 'text', value: (h) => h.name },
      { name: 'kind', type: 'text', value: (h) => h.kind },
      { name: 'starts_on', type: 'date', value: (h) => h.startsOn },
      { name: 'ends_on', type: 'date', value: (h) => h.endsOn },
    ], calendar.holidays);

    const codes = new Set(Object.values(weeklyPlans).flatMap((plan) => plan.map(([code]) => code)));
    const subjects = upperSecondarySubjects.filter((sub) => codes.has(sub.code)).map((sub) => ({ ...sub, id: randomUUID() }));
    const subjectId = new Map(subjects.map((sub) => [sub.code, sub.id]));
    await insertObjects(runner, 'subjects', [
      { name: 'id', type: 'uuid', value: (sub) => sub.id },
      { name: 'school_id', type: 'uuid', value: () => school.id },
      { name: 'code', type: 'text', value: (sub) => sub.code },
      { name: 'name', type: 'text', value: (sub) => sub.name },
      { name: 'annual_hours', type: 'int', value: (sub) => sub.annualHours },
    ], subjects);

    const teachers: { id: string; givenName: string; familyName: string; email: string }[] = [];
    const pupilRows: {
      id: string;
      no: number;
      classId: string;
      contactId: string;
      birthDate: string;
      person: { givenName: string; familyName: string };
    }[] = [];
    const classCount = Math.ceil(size / SCALE_CLASS_SIZE);
    for (let c = 0; c < classCount; c += 1) {
      const grade = 11 + (c % 3);
      const name = `${grade - 10}ST${String.fromCharCode(65 + Math.floor(c / 3) % 26)}${c >= 78 ? Math.floor(c / 78) : ''}`;
      const pair = [0, 1].map(() => {
        const person = names.person();
        const email = emailFor(emailSlug(person.givenName, person.familyName), 'storfylket.example');
        const teacher = { id: randomUUID(), ...person, email };
        teachers.push(teacher);
        return teacher.id;
      });
      const plan = weeklyPlans[grade] ?? [];
      // Deal each subject's periods over the days in turn, so that it is spread over the week.
      const dealt = plan.flatMap(([code, periods]) => Array.from({ length: periods }, () => code));
      const rotation = c % dealt.length;
      const order = [...dealt.slice(rotation), ...dealt.slice(0, rotation)];
      const slots = order.map((code, i) => {
        const weekday = i % 5;
        const period = Math.floor(i / 5);
        const subjectIndex = plan.findIndex(([planCode]) => planCode === code);
        return {
          slot: weekday * SCALE_PERIODS_PER_DAY + period,
          subjectId: subjectId.get(code) ?? '',
          teacherId: pair[subjectIndex % 2] ?? '',
        };
      });
      const schoolClass = { id: randomUUID(), name, grade, slots };
      school.classes.push(schoolClass);
      const inClass = Math.min(SCALE_CLASS_SIZE, size - c * SCALE_CLASS_SIZE);
      for (let i = 0; i < inClass; i += 1) {
        pupilNo += 1;
        const month = String(random.int(1, 12)).padStart(2, '0');
        const day = String(random.int(1, 28)).padStart(2, '0');
        pupilRows.push({
          id: randomUUID(),
          no: pupilNo,
          classId: schoolClass.id,
          contactId: pair[0] ?? '',
          // Vg1 starts the year the pupil turns 16.
          birthDate: `${calendar.startYear - (grade + 5)}-${month}-${day}`,
          person: names.person(),
        });
      }
    }

    await insertObjects(runner, 'groups', [
      { name: 'id', type: 'uuid', value: (g) => g.id },
      { name: 'school_id', type: 'uuid', value: () => school.id },
      year,
      { name: 'kind', type: 'text', value: () => 'class' },
      { name: 'name', type: 'text', value: (g) => g.name },
      { name: 'grade', type: 'smallint', value: (g) => g.grade },
    ], school.classes);
    await insertObjects(runner, 'users', [
      { name: 'id', type: 'uuid', value: (t) => t.id },
      { name: 'owner_id', type: 'uuid', value: () => ownerId },
      { name: 'email', type: 'text', value: (t) => t.email },
      { name: 'given_name', type: 'text', value: (t) => t.givenName },
      { name: 'family_name', type: 'text', value: (t) => t.familyName },
    ], teachers);
    await insertObjects(runner, 'role_assignments', [
      { name: 'user_id', type: 'uuid', value: (t) => t.id },
      { name: 'role', type: 'text', value: () => 'teacher' },
      { name: 'school_id', type: 'uuid', value: () => school.id },
    ], teachers);
    const taught = school.classes.flatMap((g) => {
      const seen = new Set<string>();
      return g.slots.filter((s) => !seen.has(s.subjectId) && seen.add(s.subjectId)).map((s) => ({ ...s, groupId: g.id }));
    });
    await insertObjects(runner, 'group_teachers', [
      { name: 'user_id', type: 'uuid', value: (t) => t.teacherId },
      { name: 'group_id', type: 'uuid', value: (t) => t.groupId },
      { name: 'subject_id', type: 'uuid', value: (t) => t.subjectId },
      { name: 'valid_from', type: 'date', value: () => calendar.startsOn },
    ], taught);

    await insertObjects(runner, 'pupils', [
      { name: 'id', type: 'uuid', value: (p) => p.id },
      { name: 'owner_id', type: 'uuid', value: () => ownerId },
      { name: 'school_id', type: 'uuid', value: () => school.id },
      { name: 'external_id', type: 'text', value: (p) => scaleExternalId(p.no) },
      { name: 'given_name', type: 'text', value: (p) => p.person.givenName },
      { name: 'family_name', type: 'text', value: (p) => p.person.familyName },
      { name: 'birth_date', type: 'date', value: (p) => p.birthDate },
    ], pupilRows);
    await insertObjects(runner, 'group_memberships', [
      { name: 'group_id', type: 'uuid', value: (p) => p.classId },
      { name: 'pupil_id', type: 'uuid', value: (p) => p.id },
      { name: 'valid_from', type: 'date', value: () => calendar.startsOn },
    ], pupilRows);
    await insertObjects(runner, 'contact_teachers', [
      { name: 'user_id', type: 'uuid', value: (p) => p.contactId },
      { name: 'pupil_id', type: 'uuid', value: (p) => p.id },
      { name: 'valid_from', type: 'date', value: () => calendar.startsOn },
    ], pupilRows);
    const guardians = pupilRows.map((p) => {
      const person = names.person();
      return { id: randomUUID(), pupilId: p.id, ...person, familyName: p.person.familyName, phone: mobileNumber(random) };
    });
    await insertObjects(runner, 'guardians', [
      { name: 'id', type: 'uuid', value: (g) => g.id },
      { name: 'owner_id', type: 'uuid', value: () => ownerId },
      { name: 'given_name', type: 'text', value: (g) => g.givenName },
      { name: 'family_name', type: 'text', value: (g) => g.familyName },
      { name: 'phone', type: 'text', value: (g) => g.phone },
    ], guardians);
    await insertObjects(runner, 'pupil_guardians', [
      { name: 'pupil_id', type: 'uuid', value: (g) => g.pupilId },
      { name: 'guardian_id', type: 'uuid', value: (g) => g.id },
      { name: 'parental_responsibility', type: 'boolean', value: () => true },
    ], guardians);
  }
  return schools;
}
