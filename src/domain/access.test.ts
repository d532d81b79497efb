import { describe, expect, it } from 'vitest';
import { canRegisterLesson, canSeeAbsenceReason, canSeePupilFigures, canSeeSchoolRoster, rosterScope, type Actor } from './access.js';

const owner = 'owner-1';
const school = { id: 'school-1', ownerId: owner };
const actor = (roles: Actor['roles'], ownerId = owner): Actor => ({ userId: 'u', ownerId, roles });

describe('who may see a school roster', () => {
  it('a teacher at the school may', () => {
    expect(canSeeSchoolRoster(actor([{ role: 'teacher', schoolId: 'school-1' }]), school)).toBe(true);
  });
  it('a teacher at another school of the same owner may not', () => {
    expect(canSeeSchoolRoster(actor([{ role: 'teacher', schoolId: 'school-2' }]), school)).toBe(false);
  });
  it("the owner's administrator may see every school of that owner", () => {
    expect(canSeeSchoolRoster(actor([{ role: 'admin', schoolId: null }]), school)).toBe(true);
  });
  it('nobody may see a school of another owner, whatever their role', () => {
    expect(canSeeSchoolRoster(actor([{ role: 'admin', schoolId: null }], 'owner-2'), school)).toBe(false);
  });
  it('the school-owner analyst sees aggregates only, never a roster', () => {
    expect(rosterScope(actor([{ role: 'owner_analyst', schoolId: null }]))).toEqual([]);
    expect(canSeeSchoolRoster(actor([{ role: 'owner_analyst', schoolId: null }]), school)).toBe(false);
  });
  it('guardians and pupils see no roster', () => {
    expect(canSeeSchoolRoster(actor([{ role: 'guardian', schoolId: 'school-1' }]), school)).toBe(false);
  });
});

describe('who may register a lesson', () => {
  it('any teacher at the school (as the teacher or as a substitute) and the leadership', () => {
    expect(canRegisterLesson(actor([{ role: 'teacher', schoolId: 'school-1' }]), school)).toBe(true);
    expect(canRegisterLesson(actor([{ role: 'leadership', schoolId: 'school-1' }]), school)).toBe(true);
  });
  it('not a teacher at another school, nor the school nurse', () => {
    expect(canRegisterLesson(actor([{ role: 'teacher', schoolId: 'school-2' }]), school)).toBe(false);
    expect(canRegisterLesson(actor([{ role: 'nurse', schoolId: 'school-1' }]), school)).toBe(false);
  });
});

describe('who may see why a pupil was absent', () => {
  const teacher = actor([{ role: 'teacher', schoolId: 'school-1' }]);
  it('the pupil’s contact teacher may', () => {
    expect(canSeeAbsenceReason(teacher, school, ['u'])).toBe(true);
  });
  it('a subject teacher may not', () => {
    expect(canSeeAbsenceReason(teacher, school, ['someone-else'])).toBe(false);
  });
  it('the leadership of the school may', () => {
    expect(canSeeAbsenceReason(actor([{ role: 'leadership', schoolId: 'school-1' }]), school, [])).toBe(true);
  });
});

describe("who may see a pupil's absence figures", () => {
  const pupil = { schoolId: 'school-1', ownerId: owner, contactTeacherIds: ['ct'], teacherIds: ['st'] };
  const teacherAt = (userId: string) => ({ userId, ownerId: owner, roles: [{ role: 'teacher' as const, schoolId: 'school-1' }] });
  it('the contact teacher and the teachers who teach the pupil', () => {
    expect(canSeePupilFigures(teacherAt('ct'), pupil)).toBe(true);
    expect(canSeePupilFigures(teacherAt('st'), pupil)).toBe(true);
  });
  it('not another teacher at the school', () => {
    expect(canSeePupilFigures(teacherAt('other'), pupil)).toBe(false);
  });
  it('the leadership of the school', () => {
    expect(canSeePupilFigures(actor([{ role: 'leadership', schoolId: 'school-1' }]), pupil)).toBe(true);
  });
  it('not the owner analyst', () => {
    expect(canSeePupilFigures(actor([{ role: 'owner_analyst', schoolId: null }]), pupil)).toBe(false);
  });
});
