import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { roleSchema } from '../contracts/roles.js';
import {
  canOpenCase,
  canReadCase,
  canEditOwnerPolicy,
  canFollowUpConcerns,
  canReadOwnerPolicy,
  canSeeGroupFigures,
  canSeeOwnerAggregates,
  canSeeSchoolOverview,
  leaveRequestScope,
  pupilFieldAccess,
  staffRelationTo,
  canRegisterLesson,
  canWriteCase,
  canSeeAbsenceReason,
  canSeePupilFigures,
  canSeeSchoolRoster,
  needsSecondFactor,
  rosterScope,
  secondFactorExpectation,
  type Actor,
  type CaseRelations,
} from './access.js';
import { membersWithConsent, type Consent } from '../contracts/followup-consent.js';

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

describe('who must give a second factor', () => {
  const at = (role: Actor['roles'][number]['role'], schoolId: string | null = 'school-1') => actor([{ role, schoolId }]);

  it('the leadership, counsellor, nurse, resource team, outside services and the administrator, always', () => {
    for (const role of ['leadership', 'counsellor', 'nurse', 'resource_team', 'outside_service', 'admin'] as const) {
      expect(secondFactorExpectation(at(role)), role).toBe('always');
      expect(needsSecondFactor(at(role), { followUpData: false }), role).toBe(true);
    }
  });

  it('a teacher only when opening follow-up data (of their own contact pupils)', () => {
    expect(secondFactorExpectation(at('teacher'))).toBe('for_follow_up');
    expect(needsSecondFactor(at('teacher'), { followUpData: false })).toBe(false);
    expect(needsSecondFactor(at('teacher'), { followUpData: true })).toBe(true);
  });

  it('a teacher who is also the school nurse, always', () => {
    const both = actor([
      { role: 'teacher', schoolId: 'school-1' },
      { role: 'nurse', schoolId: 'school-1' },
    ]);
    expect(secondFactorExpectation(both)).toBe('always');
  });

  it('guardians, pupils and the school-owner analyst never see follow-up data of others, and need none', () => {
    for (const role of ['guardian', 'pupil', 'owner_analyst'] as const) {
      expect(secondFactorExpectation(at(role, null)), role).toBe('never');
      expect(needsSecondFactor(at(role, null), { followUpData: false }), role).toBe(false);
    }
  });

  it('anyone opening follow-up data needs one, whatever the role', () => {
    fc.assert(
      fc.property(fc.subarray([...roleSchema.options]), (roles) => {
        const someone = actor(roles.map((role) => ({ role, schoolId: 'school-1' })));
        expect(needsSecondFactor(someone, { followUpData: true })).toBe(true);
      }),
    );
  });
});

describe('follow-up cases', () => {
  const relations = (over: Partial<CaseRelations> = {}): CaseRelations => ({ schoolId: school.id, ownerId: owner, contactTeacherIds: [], memberIds: [], ...over });
  const teacher = actor([{ role: 'teacher', schoolId: school.id }]);

  it('are for the contact teacher, the leadership and the team, never a subject teacher', () => {
    expect(canReadCase(teacher, relations({ contactTeacherIds: ['u'] }))).toBe(true);
    expect(canReadCase(actor([{ role: 'leadership', schoolId: school.id }]), relations())).toBe(true);
    expect(canReadCase(actor([{ role: 'nurse', schoolId: school.id }]), relations({ memberIds: ['u'] }))).toBe(true);
    expect(canReadCase(teacher, relations())).toBe(false);
    expect(canWriteCase(teacher, relations())).toBe(false);
    expect(canOpenCase(teacher, { schoolId: school.id, ownerId: owner, contactTeacherIds: ['u'] })).toBe(true);
  });

  it('are never for another owner or another school, whatever the roles', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('teacher', 'leadership', 'counsellor', 'nurse', 'resource_team', 'admin')), (roles) => {
        const other = actor(roles.map((role) => ({ role: role as Actor['roles'][number]['role'], schoolId: 'school-2' })));
        const foreign = actor(roles.map((role) => ({ role: role as Actor['roles'][number]['role'], schoolId: school.id })), 'owner-2');
        const rel = relations({ contactTeacherIds: ['u'], memberIds: ['u'] });
        return !canReadCase(other, rel) && !canReadCase(foreign, rel);
      }),
    );
  });
});

describe('roles at a school and the owner’s roles', () => {
  const teacher = actor([{ role: 'teacher', schoolId: 'school-1' }]);
  const lead = actor([{ role: 'leadership', schoolId: 'school-1' }]);
  const otherLead = actor([{ role: 'leadership', schoolId: 'school-2' }]);
  const admin = actor([{ role: 'admin', schoolId: null }]);
  const analyst = actor([{ role: 'owner_analyst', schoolId: null }]);

  it('the school-wide views are for the school’s own leadership only', () => {
    expect(canSeeSchoolOverview(lead, 'school-1')).toBe(true);
    expect(canSeeSchoolOverview(otherLead, 'school-1')).toBe(false);
    expect(canSeeSchoolOverview(teacher, 'school-1')).toBe(false);
    expect(canSeeSchoolOverview(admin, 'school-1')).toBe(false);
  });

  it('a class’s figures: a teacher who teaches the class or is contact teacher in it, and the leadership', () => {
    const group = { schoolId: 'school-1', teacherIds: ['t1'], contactTeacherIds: ['ct1'] };
    expect(canSeeGroupFigures({ ...teacher, userId: 't1' }, group)).toBe(true);
    expect(canSeeGroupFigures({ ...teacher, userId: 'ct1' }, group)).toBe(true);
    expect(canSeeGroupFigures({ ...teacher, userId: 'someone' }, group)).toBe(false);
    expect(canSeeGroupFigures(lead, group)).toBe(true);
    // Teaching the class is not enough without being a teacher at its school.
    expect(canSeeGroupFigures(actor([{ role: 'teacher', schoolId: 'school-2' }]), { ...group, teacherIds: ['u'] })).toBe(false);
  });

  it('concerns are followed up by the pupil’s contact teacher and the leadership', () => {
    expect(canFollowUpConcerns({ ...teacher, userId: 'ct1' }, { schoolId: 'school-1', contactTeacherIds: ['ct1'] })).toBe(true);
    expect(canFollowUpConcerns(teacher, { schoolId: 'school-1', contactTeacherIds: ['ct1'] })).toBe(false);
    expect(canFollowUpConcerns(lead, { schoolId: 'school-1', contactTeacherIds: [] })).toBe(true);
  });

  it('leave requests: the whole school for the leadership, their contact pupils for a teacher, none for others', () => {
    expect(leaveRequestScope(lead, 'school-1')).toBe('school');
    expect(leaveRequestScope(teacher, 'school-1')).toBe('contact_pupils');
    expect(leaveRequestScope(otherLead, 'school-1')).toBe('none');
  });

  it('the owner’s rules: read by leadership, analyst and administrator, changed by the administrator alone', () => {
    expect([lead, analyst, admin].map(canReadOwnerPolicy)).toEqual([true, true, true]);
    expect(canReadOwnerPolicy(teacher)).toBe(false);
    expect([lead, analyst, admin].map(canEditOwnerPolicy)).toEqual([false, false, true]);
  });

  it('aggregates across the owner: the analyst and the administrator, nobody else', () => {
    expect([analyst, admin, lead, teacher].map(canSeeOwnerAggregates)).toEqual([true, true, false, false]);
  });
});

describe('what of a pupil a member of staff sees (field level)', () => {
  const pupil = { schoolId: 'school-1', ownerId: owner, contactTeacherIds: ['ct'], teacherIds: ['st'], caseMemberIds: ['counsellor'] };

  it('a subject teacher sees that the pupil is absent, not why, and never case notes', () => {
    expect(pupilFieldAccess({ userId: 'st', ownerId: owner, roles: [{ role: 'teacher', schoolId: 'school-1' }] }, pupil)).toEqual({
      absent: true,
      reason: false,
      caseNotes: false,
    });
  });
  it('the contact teacher sees why, and the case notes, as the one who runs the case', () => {
    const ct = { userId: 'ct', ownerId: owner, roles: [{ role: 'teacher' as const, schoolId: 'school-1' }] };
    expect(pupilFieldAccess(ct, pupil)).toEqual({ absent: true, reason: true, caseNotes: true });
  });
  it('a counsellor in the case sees its notes', () => {
    const counsellor = { userId: 'counsellor', ownerId: owner, roles: [{ role: 'counsellor' as const, schoolId: 'school-1' }] };
    expect(pupilFieldAccess(counsellor, pupil).caseNotes).toBe(true);
  });
  it('nobody of another owner sees anything', () => {
    expect(pupilFieldAccess({ userId: 'ct', ownerId: 'owner-2', roles: [{ role: 'leadership', schoolId: 'school-1' }] }, pupil)).toEqual({
      absent: false,
      reason: false,
      caseNotes: false,
    });
  });
});

describe('outside services and consent', () => {
  const consent = (over: Partial<Consent> = {}): Consent => ({
    id: 'c1',
    caseId: 'case-1',
    services: [{ service: 'ppt' }],
    information: ['school'],
    decision: 'given',
    givenBy: [{ name: 'Eva', as: 'guardian' }],
    givenOn: '2026-11-02',
    collectedBy: { name: 'Kari', workplace: 'Skolen' },
    ...over,
  });
  const members = [
    { userId: 'ppt-user', role: 'outsideService', service: 'ppt' },
    { userId: 'bup-user', role: 'outsideService', service: 'bup' },
    { userId: 'nurse-user', role: 'nurse', service: null },
  ];
  const outside: Actor = { userId: 'ppt-user', ownerId: owner, roles: [{ role: 'outside_service', schoolId: null }] };
  const relations: CaseRelations = { schoolId: 'school-1', ownerId: owner, contactTeacherIds: [], memberIds: members.map((m) => m.userId) };

  it('without a consent in force no outside service sees the case, even on its team', () => {
    expect(membersWithConsent(members, [], '2026-11-23')).toEqual([]);
    expect(membersWithConsent(members, [consent({ decision: 'refused' })], '2026-11-23')).toEqual([]);
    expect(membersWithConsent(members, [consent({ givenOn: '2026-11-24' })], '2026-11-23')).toEqual([]);
    expect(canReadCase(outside, relations)).toBe(false);
  });
  it('a consent in force opens the case to the services it names, and to no other', () => {
    const consented = membersWithConsent(members, [consent()], '2026-11-23');
    expect(consented).toEqual(['ppt-user']);
    expect(canReadCase(outside, { ...relations, consentedServiceIds: consented })).toBe(true);
    expect(canReadCase({ ...outside, userId: 'bup-user' }, { ...relations, consentedServiceIds: consented })).toBe(false);
  });
  it('an outside service reads by consent, and never writes in the school’s case', () => {
    expect(canWriteCase(outside, { ...relations, consentedServiceIds: ['ppt-user'] })).toBe(false);
  });
  it('needs to be on the case’s team as well as named: the role alone opens nothing', () => {
    expect(canReadCase(outside, { ...relations, memberIds: [], consentedServiceIds: ['ppt-user'] })).toBe(false);
  });
  it('withdrawal takes effect on the day it is recorded, whatever the day asked about after it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (withdrawnAfter, askedAfter) => {
        const day = (n: number) => new Date(Date.UTC(2026, 10, 2 + n)).toISOString().slice(0, 10);
        const withdrawn = consent({ withdrawnOn: day(withdrawnAfter) });
        const asked = day(withdrawnAfter + askedAfter);
        expect(membersWithConsent(members, [withdrawn], asked)).toEqual([]);
        // Before it, it was in force.
        if (withdrawnAfter > 0) expect(membersWithConsent(members, [withdrawn], day(withdrawnAfter - 1))).toEqual(['ppt-user']);
      }),
    );
  });
});

describe('the relation recorded as why staff opened a pupil', () => {
  const pupil = { schoolId: 'school-1', ownerId: owner, contactTeacherIds: ['ct'], teacherIds: ['st'] };
  it('names leadership, contact teacher or teacher, and nothing for a stranger', () => {
    expect(staffRelationTo({ userId: 'l', ownerId: owner, roles: [{ role: 'leadership', schoolId: 'school-1' }] }, pupil)).toBe('leadership');
    expect(staffRelationTo({ userId: 'ct', ownerId: owner, roles: [{ role: 'teacher', schoolId: 'school-1' }] }, pupil)).toBe('contact_teacher');
    expect(staffRelationTo({ userId: 'st', ownerId: owner, roles: [{ role: 'teacher', schoolId: 'school-1' }] }, pupil)).toBe('teacher');
    expect(staffRelationTo({ userId: 'x', ownerId: owner, roles: [{ role: 'teacher', schoolId: 'school-1' }] }, pupil)).toBeNull();
  });
});
