// The table of the authorization matrix: for every route, how to call it
// about a place (a pupil with their school and owner), and which actors are
// allowed for each target (test/http/authorization-matrix.test.ts).
import { randomUUID } from 'node:crypto';
import { TEST_NOW } from '../../support/app.js';
import { ACTORS, type AccessWorld, type ActorName, type Place, type Target } from './access-world.js';

export interface RouteEntry {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** As fastify registered it. */
  route: string;
  request: (place: Place, world: AccessWorld) => { url: string; payload?: unknown; headers?: Record<string, string> };
  /** Omitted target: nobody. */
  allowed: Partial<Record<Target, readonly ActorName[]>>;
  /** The targets worth trying; a route about the caller alone has only 'own'. */
  targets?: readonly Target[];
}

const LOGGED_IN: readonly ActorName[] = ACTORS.filter((a) => a !== 'anonymous');
const EVERYONE: readonly ActorName[] = ['anonymous', ...LOGGED_IN];
const SELF = ['own'] as const;

/** Who sees a school's classes and pupils' names: its staff (not outside services, not the analyst) and the owner's administrator. */
const rosterOf = (target: 'own' | 'otherSchool' | 'otherOwner'): readonly ActorName[] =>
  target === 'own'
    ? ['subjectTeacher', 'contactTeacher', 'leadership', 'counsellor', 'nurse', 'admin']
    : target === 'otherSchool'
      ? ['leadershipOtherSchool', 'admin']
      : ['otherOwnerAdmin'];
const ROSTER = { own: rosterOf('own'), otherPupil: rosterOf('own'), otherSchool: rosterOf('otherSchool'), otherOwner: rosterOf('otherOwner') };
/** The school's leadership alone. */
const LEADERSHIP = { own: ['leadership'], otherPupil: ['leadership'], otherSchool: ['leadershipOtherSchool'] } as const;
/** The leadership and any teacher of the school (a substitute takes any lesson). */
const TEACHERS_AND_LEADERSHIP = {
  own: ['subjectTeacher', 'contactTeacher', 'leadership'],
  otherPupil: ['subjectTeacher', 'contactTeacher', 'leadership'],
  otherSchool: ['leadershipOtherSchool'],
} as const;
/** The pupil's teachers (subject and contact) and the leadership. */
const PUPIL_TEACHERS = { own: ['subjectTeacher', 'contactTeacher', 'leadership'], otherPupil: ['leadership'], otherSchool: ['leadershipOtherSchool'] } as const;
/** The pupil's contact teacher and the leadership: reasons, documentation, the certificate. */
/** The pupil's home: the guardian with parental responsibility and the pupil. */
const HOME = { own: ['guardian', 'pupil'] } as const;
/** Imports: the school's leadership and the owner's administrator. */
const IMPORTERS = {
  own: ['leadership', 'admin'],
  otherPupil: ['leadership', 'admin'],
  otherSchool: ['leadershipOtherSchool', 'admin'],
  otherOwner: ['otherOwnerAdmin'],
} as const;
const CONTACT_AND_LEADERSHIP = { own: ['contactTeacher', 'leadership'], otherPupil: ['leadership'], otherSchool: ['leadershipOtherSchool'] } as const;

/** A pupil's follow-up case: the contact teacher, the school's leadership (and the case's members, none here). */
const CASE_TEAM = CONTACT_AND_LEADERSHIP;
/** Everyone but the home, who have no second factor (ADR 006). */
const STAFF_WITH_SECOND_FACTOR = LOGGED_IN.filter((a) => a !== 'guardian' && a !== 'pupil');
/** Staff of a school (teachers, leadership, counsellor, nurse), any school of any owner. */
const SCHOOL_STAFF: readonly ActorName[] = ['subjectTeacher', 'contactTeacher', 'leadership', 'leadershipOtherSchool', 'counsellor', 'nurse'];
/** The school's staff and the owner's administrator. */
const CALENDAR_READERS = {
  own: ['subjectTeacher', 'contactTeacher', 'leadership', 'counsellor', 'nurse', 'admin'],
  otherPupil: ['subjectTeacher', 'contactTeacher', 'leadership', 'counsellor', 'nurse', 'admin'],
  otherSchool: ['leadershipOtherSchool', 'admin'],
  otherOwner: ['otherOwnerAdmin'],
} as const;
const AGREEMENT = {
  madeOn: '2026-11-24',
  present: [{ name: 'Kari', role: 'contactTeacher' }],
  goal: 'Eleven kjem på skulen kvar dag.',
  subGoals: [],
  measures: [{ id: 'm1', party: 'school', text: 'Eige garderobe før gym.', responsible: 'Kari' }],
  evaluationOn: '2026-12-08',
};

/** An object of that kind that does not exist: refused to all, as an object of another owner is. */
const nothing = () => randomUUID();

const get = (route: string, url: (p: Place, w: AccessWorld) => string, allowed: RouteEntry['allowed'], targets?: readonly Target[]): RouteEntry => ({
  method: 'GET',
  route,
  request: (p, w) => ({ url: url(p, w) }),
  allowed,
  ...(targets ? { targets } : {}),
});
const send = (
  method: 'POST' | 'PUT',
  route: string,
  url: (p: Place, w: AccessWorld) => string,
  payload: (p: Place, w: AccessWorld) => unknown,
  allowed: RouteEntry['allowed'],
  targets?: readonly Target[],
): RouteEntry => ({ method, route, request: (p, w) => ({ url: url(p, w), payload: payload(p, w) }), allowed, ...(targets ? { targets } : {}) });

export const MATRIX: readonly RouteEntry[] = [
  // Public: before anyone is known.
  get('/api/health', () => '/api/health', { own: EVERYONE }, SELF),
  get('/api/auth/options', () => '/api/auth/options', { own: EVERYONE }, SELF),
  // A wrong password is refused to everyone alike (401).
  send('POST', '/api/auth/login', () => '/api/auth/login', () => ({ email: 'ingen@test.example', password: 'feil' }), { own: [] }, SELF),
  send('POST', '/api/auth/login/second-factor', () => '/api/auth/login/second-factor', () => ({ code: '000000' }), { own: [] }, SELF),
  get('/api/auth/demo-logins', () => '/api/auth/demo-logins', { own: EVERYONE }, SELF),
  get('/api/warnings/open/:token', () => '/api/warnings/open/ingen-slik-lenke', { own: EVERYONE }, SELF),

  // About the caller alone.
  get('/api/auth/me', () => '/api/auth/me', { own: LOGGED_IN }, SELF),
  get('/api/auth/session', () => '/api/auth/session', { own: LOGGED_IN }, SELF),
  get('/api/auth/sessions', () => '/api/auth/sessions', { own: LOGGED_IN }, SELF),
  send('PUT', '/api/auth/locale', () => '/api/auth/locale', () => ({ locale: 'nb' }), { own: LOGGED_IN }, SELF),
  send('POST', '/api/auth/totp/enrolment', () => '/api/auth/totp/enrolment', () => ({ password: 'feil-passord' }), { own: LOGGED_IN }, SELF),
  send('POST', '/api/auth/totp/enrolment/confirm', () => '/api/auth/totp/enrolment/confirm', () => ({ code: '000000' }), { own: LOGGED_IN }, SELF),
  send('POST', '/api/auth/second-factor', () => '/api/auth/second-factor', () => ({ code: '000000' }), { own: LOGGED_IN }, SELF),
  send('POST', '/api/auth/totp/recovery-codes', () => '/api/auth/totp/recovery-codes', () => ({ code: '000000' }), { own: LOGGED_IN }, SELF),
  send('POST', '/api/auth/totp/disable', () => '/api/auth/totp/disable', () => ({ code: '000000' }), { own: LOGGED_IN }, SELF),
  send('POST', '/api/auth/sessions/end-others', () => '/api/auth/sessions/end-others', () => ({}), { own: LOGGED_IN }, SELF),
  get('/api/my/lessons', () => '/api/my/lessons?date=2026-11-20', { own: LOGGED_IN }, SELF),
  get('/api/my/notices', () => '/api/my/notices', { own: LOGGED_IN }, SELF),
  get('/api/my/concerns', () => '/api/my/concerns', { own: LOGGED_IN }, SELF),
  get('/api/my/notifications', () => '/api/my/notifications', { own: LOGGED_IN }, SELF),
  send('POST', '/api/my/notifications/read', () => '/api/my/notifications/read', () => ({ ids: [randomUUID()] }), { own: LOGGED_IN }, SELF),
  get('/api/my/contact-pupils/week', () => '/api/my/contact-pupils/week?date=2026-11-20', { own: LOGGED_IN }, SELF),
  get('/api/my/contact-pupils/figures', () => '/api/my/contact-pupils/figures', { own: LOGGED_IN }, SELF),
  // 404 for whoever has no contact pupils.
  get('/api/my/contact-pupils/figures/export', () => '/api/my/contact-pupils/figures/export?format=csv', { own: ['contactTeacher'] }, SELF),
  get('/api/my/limit-pupils', () => '/api/my/limit-pupils', { own: LOGGED_IN }, SELF),
  get('/api/absence-reasons', () => '/api/absence-reasons', { own: LOGGED_IN }, SELF),
  get('/api/schools', () => '/api/schools', { own: LOGGED_IN }, SELF),
  get('/api/documentation-submissions', () => '/api/documentation-submissions', { own: LOGGED_IN }, SELF),
  get('/api/mark-complaints', () => '/api/mark-complaints', { own: LOGGED_IN }, SELF),

  // About a school.
  get('/api/schools/:schoolId/classes', (p) => `/api/schools/${p.schoolId}/classes`, ROSTER),
  get('/api/schools/:schoolId/lessons', (p) => `/api/schools/${p.schoolId}/lessons?date=2026-11-20`, TEACHERS_AND_LEADERSHIP),
  get('/api/schools/:schoolId/leave-requests', (p) => `/api/schools/${p.schoolId}/leave-requests`, TEACHERS_AND_LEADERSHIP),
  get('/api/schools/:schoolId/concerns', (p) => `/api/schools/${p.schoolId}/concerns`, LEADERSHIP),
  get('/api/schools/:schoolId/outbox', (p) => `/api/schools/${p.schoolId}/outbox`, LEADERSHIP),
  get('/api/schools/:id/figures', (p) => `/api/schools/${p.schoolId}/figures`, LEADERSHIP),
  get('/api/schools/:id/figures/export', (p) => `/api/schools/${p.schoolId}/figures/export?format=csv`, LEADERSHIP),
  get('/api/schools/:id/patterns', (p) => `/api/schools/${p.schoolId}/patterns`, LEADERSHIP),
  get('/api/schools/:id/limit-warnings', (p) => `/api/schools/${p.schoolId}/limit-warnings`, LEADERSHIP),
  send('POST', '/api/schools/:id/limit-warnings', (p) => `/api/schools/${p.schoolId}/limit-warnings`, (p) => ({ pupilId: p.pupilId, subjectId: p.subjectId }), LEADERSHIP),
  send('POST', '/api/schools/:schoolId/imports/:kind/preview', (p) => `/api/schools/${p.schoolId}/imports/roster/preview`, () => ({ fileName: 'elever.csv', content: '' }), IMPORTERS),
  send('POST', '/api/schools/:schoolId/imports/:kind/commit', (p) => `/api/schools/${p.schoolId}/imports/roster/commit`, () => ({ fileName: 'elever.csv', content: '' }), IMPORTERS),

  get('/api/schools/:schoolId/audit-log', (p) => `/api/schools/${p.schoolId}/audit-log`, LEADERSHIP),

  // About a class.
  get('/api/classes/:classId', (p) => `/api/classes/${p.classId}`, ROSTER),
  get('/api/classes/:id/figures', (p) => `/api/classes/${p.classId}/figures`, PUPIL_TEACHERS),
  get('/api/classes/:id/figures/export', (p) => `/api/classes/${p.classId}/figures/export?format=csv`, PUPIL_TEACHERS),
  get('/api/classes/:id/patterns', (p) => `/api/classes/${p.classId}/patterns`, PUPIL_TEACHERS),

  // About a lesson and its marks.
  get('/api/lessons/:lessonId/registration', (p) => `/api/lessons/${p.lessonId}/registration`, TEACHERS_AND_LEADERSHIP),
  send('PUT', '/api/lessons/:lessonId/registration', (p) => `/api/lessons/${p.lessonId}/registration`, (p) => ({ version: 0, held: true, marks: [{ pupilId: p.pupilId, status: 'F' }] }), TEACHERS_AND_LEADERSHIP),
  get('/api/lessons/:lessonId/history', (p) => `/api/lessons/${p.lessonId}/history`, TEACHERS_AND_LEADERSHIP),
  send('POST', '/api/marks/documentation', () => '/api/marks/documentation', (p) => ({ markIds: [p.markId], documentation: 'documented', reasonCode: 'health_medical_note' }), CONTACT_AND_LEADERSHIP),

  // About a pupil.
  get('/api/pupils/:pupilId/figures', (p) => `/api/pupils/${p.pupilId}/figures`, PUPIL_TEACHERS),
  get('/api/pupils/:pupilId/patterns', (p) => `/api/pupils/${p.pupilId}/patterns`, PUPIL_TEACHERS),
  get('/api/pupils/:pupilId/concerns', (p) => `/api/pupils/${p.pupilId}/concerns`, CONTACT_AND_LEADERSHIP),
  get('/api/pupils/:pupilId/limits', (p) => `/api/pupils/${p.pupilId}/limits`, {
    ...PUPIL_TEACHERS,
    own: [...PUPIL_TEACHERS.own, 'guardian', 'pupil'],
  }),
  get('/api/pupils/:pupilId/certificate', (p) => `/api/pupils/${p.pupilId}/certificate`, CONTACT_AND_LEADERSHIP),
  send('PUT', '/api/pupils/:pupilId/certificate/leave-offs', (p) => `/api/pupils/${p.pupilId}/certificate/leave-offs`, () => ({ dates: [] }), CONTACT_AND_LEADERSHIP),
  send('PUT', '/api/pupils/:pupilId/higher-health-risk', (p) => `/api/pupils/${p.pupilId}/higher-health-risk`, () => ({ higherHealthRisk: false }), CONTACT_AND_LEADERSHIP),
  send('POST', '/api/pupils/:pupilId/discretion-decisions', (p) => `/api/pupils/${p.pupilId}/discretion-decisions`, (p) => ({ subjectId: p.subjectId, decision: 'limit_applies', grounds: 'Prøve' }), LEADERSHIP),
  send('POST', '/api/pupils/:pupilId/mark-complaints', (p) => `/api/pupils/${p.pupilId}/mark-complaints`, (p) => ({ markId: p.markId, claim: 'present', explanation: 'Eg var der' }), HOME),
  {
    method: 'POST',
    route: '/api/pupils/:pupilId/documentation-submissions',
    request: (p) => {
      const boundary = '----naervaer-matrix';
      const body = `--${boundary}\r\nContent-Disposition: form-data; name="reasonCode"\r\n\r\nhealth_medical_note\r\n--${boundary}\r\nContent-Disposition: form-data; name="markIds"\r\n\r\n${p.markId}\r\n--${boundary}--\r\n`;
      return { url: `/api/pupils/${p.pupilId}/documentation-submissions`, payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
    },
    // The home hands in documentation; this form has no file, so the allowed get 400, the others are refused before.
    allowed: HOME,
  },
  get('/api/pupils/:pupilId/export', (p) => `/api/pupils/${p.pupilId}/export`, LEADERSHIP),
  get('/api/pupils/:pupilId/access-log', (p) => `/api/pupils/${p.pupilId}/access-log`, HOME),
  send('POST', '/api/notices', () => '/api/notices', (p) => ({ pupilId: p.pupilId, kind: 'absence', fromDate: '2026-11-24', toDate: '2026-11-24', reasonCode: 'health_self_reported' }), { own: ['guardian'] }),
  send('POST', '/api/notices/:noticeId/withdraw', (p) => `/api/notices/${p.noticeId}/withdraw`, () => ({}), { own: ['guardian'] }),
  send('POST', '/api/leave-requests/:noticeId/decision', (p) => `/api/leave-requests/${p.noticeId}/decision`, () => ({ decision: 'approved' }), CONTACT_AND_LEADERSHIP),

  // Objects that this world does not hold: refused to all, never a 500.
  send('PUT', '/api/concerns/:concernId/handled', () => `/api/concerns/${nothing()}/handled`, () => ({ handled: true }), {}, SELF),
  send('POST', '/api/documentation-submissions/:id/decision', () => `/api/documentation-submissions/${nothing()}/decision`, () => ({ decision: 'accepted' }), {}, SELF),
  get('/api/documentation-submissions/:id/file', () => `/api/documentation-submissions/${nothing()}/file`, {}, SELF),
  send('POST', '/api/mark-complaints/:id/decision', () => `/api/mark-complaints/${nothing()}/decision`, () => ({ decision: 'accepted' }), {}, SELF),
  get('/api/warnings/:id/pdf', () => `/api/warnings/${nothing()}/pdf`, {}, SELF),

  // Follow-up cases (ADR 006: a second factor for everyone, which guardians and pupils here lack).
  // Who reads and writes a case: the pupil's contact teacher, the school's leadership and the case's
  // members (none in this world); never a subject teacher, an outside service without consent, the analyst or the administrator.
  get('/api/my/followup-cases', () => '/api/my/followup-cases', { own: STAFF_WITH_SECOND_FACTOR }, SELF),
  get('/api/schools/:schoolId/followup-cases', (p) => `/api/schools/${p.schoolId}/followup-cases`, LEADERSHIP),
  get('/api/pupils/:pupilId/followup-cases', (p) => `/api/pupils/${p.pupilId}/followup-cases`, CASE_TEAM),
  // Each pupil has an open case already: 409 for those who may open one.
  send('POST', '/api/pupils/:pupilId/followup-cases', (p) => `/api/pupils/${p.pupilId}/followup-cases`, () => ({ from: { kind: 'manual', reason: 'Bekymret' } }), CASE_TEAM),
  get('/api/followup-cases/:caseId', (p) => `/api/followup-cases/${p.caseId}`, CASE_TEAM),
  get('/api/followup-cases/:caseId/measure-suggestions', (p) => `/api/followup-cases/${p.caseId}/measure-suggestions`, CASE_TEAM),
  get('/api/followup-cases/:caseId/documents/:kind', (p) => `/api/followup-cases/${p.caseId}/documents/actionPlan`, CASE_TEAM),
  get('/api/followup-cases/:caseId/documents/:kind/print', (p) => `/api/followup-cases/${p.caseId}/documents/actionPlan/print`, CASE_TEAM),
  send('POST', '/api/followup-cases/:caseId/contacts', (p) => `/api/followup-cases/${p.caseId}/contacts`, () => ({
    at: TEST_NOW,
    channel: 'phone',
    withWhom: [{ name: 'Eva', role: 'guardians' }],
    initiatedBy: 'school',
    summary: 'Ringte heim',
    outcome: 'noWorry',
  }), CASE_TEAM),
  send('POST', '/api/followup-cases/:caseId/conversations', (p) => `/api/followup-cases/${p.caseId}/conversations`, () => ({
    at: TEST_NOW,
    with: 'pupilAndGuardians',
    participants: [{ name: 'Kari', role: 'contactTeacher' }],
    answers: [],
    pupilVoice: { how: 'inPerson', text: 'Eg søv dårleg.' },
    minutes: 'Vi snakka om fråværet.',
  }), CASE_TEAM),
  send('POST', '/api/followup-cases/:caseId/meetings', (p) => `/api/followup-cases/${p.caseId}/meetings`, () => ({
    title: 'Kartleggingsmøte',
    invitation: { date: '2026-11-24', from: '14:00', to: '15:00', place: 'Møterom 2', invited: [{ name: 'Eva', role: 'guardians' }], agenda: [{ title: 'Korleis har det gått?' }] },
  }), CASE_TEAM),
  send('POST', '/api/followup-cases/:caseId/mappings', (p) => `/api/followup-cases/${p.caseId}/mappings`, () => ({
    tool: 'causeMapping',
    mapping: {
      at: TEST_NOW,
      perspective: 'pupil',
      scores: { schoolFeelsHard: 20, fallingBehind: 10, otherActivity: 0, friendsAndBelonging: 10, mentalHealth: 30, physicalHealth: 0, sleep: 80, home: 0 },
      detail: { subjects: [], teachers: [], situations: [], otherSituations: [] },
    },
  }), CASE_TEAM),
  send('POST', '/api/followup-cases/:caseId/agreements', (p) => `/api/followup-cases/${p.caseId}/agreements`, () => ({ content: AGREEMENT }), CASE_TEAM),
  // The staircase answers for the move (409 at this first step) once the actor may write the case.
  send('POST', '/api/followup-cases/:caseId/moves', (p) => `/api/followup-cases/${p.caseId}/moves`, () => ({ move: 'stay', note: 'Vi ventar' }), CASE_TEAM),
  // Someone who is not staff at the school: 400 for the case's team; nobody is made a member on the way.
  send('POST', '/api/followup-cases/:caseId/tasks', (p) => `/api/followup-cases/${p.caseId}/tasks`, () => ({ title: 'Ring heim', assigneeUserId: randomUUID() }), CASE_TEAM),
  send('POST', '/api/followup-cases/:caseId/members', (p) => `/api/followup-cases/${p.caseId}/members`, () => ({ userId: randomUUID(), role: 'counsellor' }), CASE_TEAM),
  // A consent recorded by the case's team; an outside service reads by consent only, and writes nothing (test/http/followup-consent.test.ts).
  send('POST', '/api/followup-cases/:caseId/consents', (p) => `/api/followup-cases/${p.caseId}/consents`, () => ({
    services: [{ service: 'ppt' }],
    information: ['school'],
    decision: 'refused',
    givenBy: [{ name: 'Eva', as: 'guardian' }],
    givenOn: TEST_NOW.slice(0, 10),
    collectedBy: { name: 'Kari', workplace: 'Skolen' },
  }), CASE_TEAM),
  {
    method: 'DELETE',
    route: '/api/followup-cases/:caseId/members/:userId',
    // Someone who is not on the team: nothing to take off, the case as it stands.
    request: (p) => ({ url: `/api/followup-cases/${p.caseId}/members/${randomUUID()}` }),
    allowed: CASE_TEAM,
  },
  // Records this world does not hold, in a real case: refused to all.
  send('POST', '/api/followup-cases/:caseId/consents/:consentId/withdraw', (p) => `/api/followup-cases/${p.caseId}/consents/${nothing()}/withdraw`, () => ({}), {}),
  send('POST', '/api/followup-cases/:caseId/meetings/:meetingId/minutes', (p) => `/api/followup-cases/${p.caseId}/meetings/${nothing()}/minutes`, () => ({
    heldAt: TEST_NOW,
    present: [{ name: 'Eva', role: 'guardians' }],
    absent: [],
    items: [{ title: 'Korleis har det gått?', notes: 'Betre.' }],
    decisions: [{ text: 'Vi prøver i to veker.' }],
    pupilVoice: { how: 'inPerson', text: 'Betre.' },
    writtenBy: { name: 'Kari', role: 'contactTeacher' },
  }), {}),
  send('POST', '/api/followup-cases/:caseId/agreements/:agreementId/versions', (p) => `/api/followup-cases/${p.caseId}/agreements/${nothing()}/versions`, () => ({ content: AGREEMENT }), {}),
  send('POST', '/api/followup-cases/:caseId/agreements/:agreementId/evaluations', (p) => `/api/followup-cases/${p.caseId}/agreements/${nothing()}/evaluations`, () => ({
    evaluation: {
      on: '2026-11-23',
      present: [{ name: 'Kari', role: 'contactTeacher' }],
      judgements: [{ measureId: 'm1', carriedOut: 'yes', worked: 'yes' }],
      outcomes: ['continue'],
      pupilVoice: { how: 'inPerson', text: 'Betre.' },
    },
    nextEvaluationOn: '2026-12-15',
  }), {}),
  // A task the case does not hold: the case's log refuses it (409) once the actor may write the case.
  send('POST', '/api/followup-cases/:caseId/tasks/:taskId/done', (p) => `/api/followup-cases/${p.caseId}/tasks/${nothing()}/done`, () => ({}), CASE_TEAM),
  // Last of the case's: closing, then reopening (409 for whoever comes after the first).
  send('POST', '/api/followup-cases/:caseId/close', (p) => `/api/followup-cases/${p.caseId}/close`, () => ({ reason: 'worryDispelled' }), CASE_TEAM),
  send('POST', '/api/followup-cases/:caseId/reopen', (p) => `/api/followup-cases/${p.caseId}/reopen`, () => ({ note: 'Fråværet auka igjen.' }), CASE_TEAM),
  // The measure bank and the guides name no pupil; still follow-up tools, for the school's staff.
  get('/api/followup/measures', () => '/api/followup/measures?q=rutine', { own: SCHOOL_STAFF }, SELF),
  get('/api/followup/guides', () => '/api/followup/guides', { own: SCHOOL_STAFF }, SELF),

  // The overview: the monthly review and the routine fidelity name pupils and cases, for the school's leadership.
  get('/api/schools/:schoolId/monthly-review', (p) => `/api/schools/${p.schoolId}/monthly-review?month=2026-11`, LEADERSHIP),
  get('/api/schools/:schoolId/monthly-review/:month/pdf', (p) => `/api/schools/${p.schoolId}/monthly-review/2026-11/pdf`, LEADERSHIP),
  send('PUT', '/api/schools/:schoolId/monthly-review/:month/checklist', (p) => `/api/schools/${p.schoolId}/monthly-review/2026-11/checklist`, () => ({ item: 'rules', checked: true }), LEADERSHIP),
  // Not every point ticked: 400 for the leadership.
  send('POST', '/api/schools/:schoolId/monthly-review/:month/done', (p) => `/api/schools/${p.schoolId}/monthly-review/2026-11/done`, () => ({}), LEADERSHIP),
  get('/api/schools/:schoolId/routine-fidelity', (p) => `/api/schools/${p.schoolId}/routine-fidelity`, LEADERSHIP),
  // Aggregates only, small counts hidden: the analyst and each administrator for their own owner.
  get('/api/owner/statistics', () => '/api/owner/statistics', { own: ['analyst', 'admin', 'otherOwnerAdmin'] }, SELF),
  // The yearly calendar names no pupil: the school's staff and the owner's administrator see it.
  get('/api/schools/:schoolId/yearly-calendar', (p) => `/api/schools/${p.schoolId}/yearly-calendar`, CALENDAR_READERS),
  // Marking done: the leadership (or the one the task is given to; nobody here).
  send('PUT', '/api/schools/:schoolId/yearly-calendar/:taskId', (p) => `/api/schools/${p.schoolId}/yearly-calendar/manedlig-gjennomgang`, () => ({ dueOn: '2026-11-30', done: true }), LEADERSHIP),
  get('/api/my/calendar-reminders', () => '/api/my/calendar-reminders', { own: LOGGED_IN }, SELF),

  // The owner's.
  // About the caller's own owner: each administrator sees their own.
  get('/api/owner/outbox', () => '/api/owner/outbox', { own: ['admin', 'otherOwnerAdmin'] }, SELF),
  get('/api/owner/policy', () => '/api/owner/policy', { own: ['leadership', 'leadershipOtherSchool', 'analyst', 'admin', 'otherOwnerAdmin'] }, SELF),
  // No version saved in this world: 404 to all.
  get('/api/owner/policy/versions/:version', () => '/api/owner/policy/versions/1', {}, SELF),
  // An empty policy: 400 for the administrators, refused before that for the others.
  send('PUT', '/api/owner/policy', () => '/api/owner/policy', () => ({ policy: {} }), { own: ['admin', 'otherOwnerAdmin'] }, SELF),

  // Each administrator their own owner's retention; an unknown record type is a 400 for them.
  get('/api/owner/retention', () => '/api/owner/retention', { own: ['admin', 'otherOwnerAdmin'] }, SELF),
  send('PUT', '/api/owner/retention', () => '/api/owner/retention', () => ({ recordType: 'absence_notices', months: 12 }), { own: ['admin', 'otherOwnerAdmin'] }, SELF),

  // Last: it ends the caller's session.
  send('POST', '/api/auth/logout', () => '/api/auth/logout', () => ({}), { own: EVERYONE }, SELF),
];
