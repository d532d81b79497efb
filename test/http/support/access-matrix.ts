// The table of the authorization matrix: for every route, how to call it
// about a place (a pupil with their school and owner), and which actors are
// allowed for each target (test/http/authorization-matrix.test.ts).
import { randomUUID } from 'node:crypto';
import type { AccessWorld, ActorName, Place, Target } from './access-world.js';

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

const LOGGED_IN: readonly ActorName[] = [
  'subjectTeacher',
  'contactTeacher',
  'leadership',
  'leadershipOtherSchool',
  'counsellor',
  'nurse',
  'outsideService',
  'analyst',
  'admin',
  'guardian',
  'pupil',
  'otherOwnerAdmin',
];
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
