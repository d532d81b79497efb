// A few notices from homes for the demo date and the days after, and one
// request for leave that nobody has decided on yet. Their authors get logins
// (guardian, or the pupil when 18 or older), since a notice needs a submitter.
import { randomUUID } from 'node:crypto';
import { isAdultOn } from '../../domain/age.js';
import { addDaysTo, schoolDays } from '../../domain/school-calendar.js';
import type { PlannedPupil, PlannedSchool } from './demo-plan.js';
import { insertObjects, type SqlRunner } from './bulk-insert.js';
import { osloTimestamp } from './oslo-time.js';
import { plantedSlotFor } from './planted-patterns.js';

export interface PlannedNotice {
  id: string;
  school: PlannedSchool;
  pupil: PlannedPupil;
  kind: 'absence' | 'leave_request';
  fromDate: string;
  toDate: string;
  /** Null for whole days. */
  periods: number[] | null;
  reasonCode: string;
  createdAt: string;
  submitter: { userId: string; email: string; givenName: string; familyName: string; role: 'guardian' | 'pupil'; guardianId: string | null };
}

interface NoticeWish {
  school: 'fjordvik' | 'nordlys';
  className: string;
  kind: PlannedNotice['kind'];
  /** School days after the demo date: 0 is the demo date itself. */
  fromDay: number;
  toDay: number;
  periods: number[] | null;
  reasonCode: string;
  /** Pick the first pupil of the class who is 18 or older, and let the pupil submit. */
  adult?: boolean;
}

const wishes: readonly NoticeWish[] = [
  { school: 'fjordvik', className: '8A', kind: 'absence', fromDay: 0, toDay: 0, periods: null, reasonCode: 'health_self_reported' },
  { school: 'fjordvik', className: '3A', kind: 'absence', fromDay: 1, toDay: 1, periods: [1, 2], reasonCode: 'health_self_reported' },
  { school: 'nordlys', className: '2STA', kind: 'absence', fromDay: 0, toDay: 1, periods: null, reasonCode: 'health_self_reported' },
  { school: 'nordlys', className: '3STA', kind: 'absence', fromDay: 1, toDay: 1, periods: [3, 4], reasonCode: 'driving_test', adult: true },
  { school: 'fjordvik', className: '8A', kind: 'leave_request', fromDay: 5, toDay: 9, periods: null, reasonCode: 'family_reasons' },
];

export function planNotices(plans: readonly PlannedSchool[], asOf: string): PlannedNotice[] {
  const used = new Set<string>();
  const notices: PlannedNotice[] = [];
  for (const wish of wishes) {
    const school = plans.find((p) => p.definition.key === wish.school);
    if (!school) continue;
    const pupil = school.pupils.find(
      (p) =>
        p.className === wish.className &&
        !used.has(p.id) &&
        !p.protectedAddress &&
        !plantedSlotFor(wish.school, p.className, p.rosterIndex) &&
        (!wish.adult || isAdultOn(p.birthDate, asOf)),
    );
    if (!pupil) continue;
    used.add(pupil.id);
    // Days counted in school days; past the end of the year, in calendar days.
    const ahead = schoolDays(school.calendar, asOf, addDaysTo(asOf, 40));
    const day = (n: number) => ahead[n] ?? addDaysTo(asOf, n);
    const guardianLink = school.guardianLinks.find((l) => l.pupilId === pupil.id && l.parentalResponsibility);
    const guardian = school.guardians.find((g) => g.id === guardianLink?.guardianId);
    const byPupil = (wish.adult ?? false) && pupil.email !== null;
    if (!byPupil && !guardian) continue;
    const submitter =
      byPupil || !guardian
        ? { email: pupil.email ?? '', givenName: pupil.givenName, familyName: pupil.familyName, role: 'pupil' as const, guardianId: null }
        : { email: guardian.email, givenName: guardian.givenName, familyName: guardian.familyName, role: 'guardian' as const, guardianId: guardian.id };
    notices.push({
      id: randomUUID(),
      school,
      pupil,
      kind: wish.kind,
      fromDate: day(wish.fromDay),
      toDate: day(wish.toDay),
      periods: wish.periods,
      reasonCode: wish.reasonCode,
      createdAt: osloTimestamp(wish.kind === 'leave_request' ? addDaysTo(asOf, -3) : asOf, '07:10'),
      submitter: { ...submitter, userId: randomUUID() },
    });
  }
  return notices;
}

/** Absence notices covering a day: the marks of those lessons are already reported by the home. */
export function noticeFor(notices: readonly PlannedNotice[], pupilId: string, date: string, period: number) {
  return notices.find(
    (n) =>
      n.kind === 'absence' &&
      n.pupil.id === pupilId &&
      date >= n.fromDate &&
      date <= n.toDate &&
      (n.periods === null || n.periods.includes(period)),
  );
}

export async function writeNotices(runner: SqlRunner, notices: readonly PlannedNotice[], passwordHash: string): Promise<void> {
  await insertObjects(runner, 'users', [
    { name: 'id', type: 'uuid', value: (n) => n.submitter.userId },
    { name: 'owner_id', type: 'uuid', value: (n) => n.school.ownerId },
    { name: 'email', type: 'text', value: (n) => n.submitter.email },
    { name: 'given_name', type: 'text', value: (n) => n.submitter.givenName },
    { name: 'family_name', type: 'text', value: (n) => n.submitter.familyName },
    { name: 'password_hash', type: 'text', value: () => passwordHash },
    { name: 'guardian_id', type: 'uuid', value: (n) => n.submitter.guardianId },
    { name: 'pupil_id', type: 'uuid', value: (n) => (n.submitter.role === 'pupil' ? n.pupil.id : null) },
  ], notices);
  await insertObjects(runner, 'role_assignments', [
    { name: 'user_id', type: 'uuid', value: (n) => n.submitter.userId },
    { name: 'role', type: 'text', value: (n) => n.submitter.role },
    { name: 'school_id', type: 'uuid', value: (n) => n.school.schoolId },
  ], notices);
  // periods is smallint[] per row: unnest cannot carry an array of arrays, so row by row (a handful).
  for (const n of notices) {
    await runner.query(
      `insert into absence_notices (id, pupil_id, school_id, submitted_by, kind, from_date, to_date, periods, reason_code, status, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8::smallint[], $9, 'submitted', $10)`,
      [n.id, n.pupil.id, n.school.schoolId, n.submitter.userId, n.kind, n.fromDate, n.toDate, n.periods, n.reasonCode, n.createdAt],
    );
  }
}
