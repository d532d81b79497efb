// What the logged-in user may open in the web app. The rules are the domain's
// own (src/domain/access.ts), so the menu shows exactly what the API allows.
import type { Me } from '../../contracts/auth';
import type { Role } from '../../contracts/roles';
import { rosterScope } from '../../domain/access';

export function canSeeClasses(me: Me): boolean {
  const scope = rosterScope({ userId: me.user.id, ownerId: me.owner.id, roles: me.roles });
  return scope === 'owner' || scope.length > 0;
}

/** The owner analyst works with aggregated figures and sees no single pupils. */
export function isAnalystOnly(me: Me): boolean {
  return me.roles.length > 0 && me.roles.every((r) => r.role === 'owner_analyst');
}

/** «I dag» and registering lessons: the teacher's own lessons of the day. */
export function canRegisterLessons(me: Me): boolean {
  return hasRole(me, 'teacher');
}

/** «Uka mi»: the contact teacher's week. Contact teachers are teachers; the page says so when there are no contact pupils. */
export function canSeeContactWeek(me: Me): boolean {
  return hasRole(me, 'teacher');
}

export function hasRole(me: Me, role: Role): boolean {
  return me.roles.some((r) => r.role === role);
}

/** Each role once, in the order the server gave them. */
export function distinctRoles(me: Me): Role[] {
  return [...new Set(me.roles.map((r) => r.role))];
}

/** The schools named in the user's roles, each once. */
export function schoolsOf(me: Me): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const r of me.roles) if (r.schoolId && r.schoolName) byId.set(r.schoolId, r.schoolName);
  return [...byId].map(([id, name]) => ({ id, name }));
}

/** The schools where the user has a role, each once. */
export function schoolsWithRole(me: Me, role: Role): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const r of me.roles) if (r.role === role && r.schoolId && r.schoolName) byId.set(r.schoolId, r.schoolName);
  return [...byId].map(([id, name]) => ({ id, name }));
}

/** The schools where the user teaches, each once: where they may take a colleague's lesson as substitute (vikar). */
export const teacherSchoolsOf = (me: Me) => schoolsWithRole(me, 'teacher');

/** Guardians report for their children under 18; a pupil of 18 or more reports for themselves. */
export function canReportAbsence(me: Me): boolean {
  return hasRole(me, 'guardian') || hasRole(me, 'pupil');
}

/** Leave requests are decided by the contact teacher (their own pupils) or the school leadership (all). */
export function canDecideLeave(me: Me): boolean {
  return hasRole(me, 'teacher') || hasRole(me, 'leadership');
}

/** The schools where the user decides on leave, each once. */
export function leaveSchoolsOf(me: Me): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const r of me.roles) {
    if ((r.role === 'teacher' || r.role === 'leadership') && r.schoolId && r.schoolName) byId.set(r.schoolId, r.schoolName);
  }
  return [...byId].map(([id, name]) => ({ id, name }));
}

/** «Mine elever»: any teacher may be a contact teacher; the page says so when they have no contact pupils. */
export function canSeeMyPupils(me: Me): boolean {
  return hasRole(me, 'teacher');
}

/** The schools where the user is in the leadership: «Fraværsoversikt» for each. */
export function leadershipSchools(me: Me): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const r of me.roles) if (r.role === 'leadership' && r.schoolId && r.schoolName) byId.set(r.schoolId, r.schoolName);
  return [...byId].map(([id, name]) => ({ id, name }));
}

/** Teachers (their own pupils) and the leadership see absence figures at a school. */
export function canSeeFiguresAt(me: Me, schoolId: string): boolean {
  return me.roles.some((r) => (r.role === 'teacher' || r.role === 'leadership') && r.schoolId === schoolId);
}

/** «Bekymringsfullt fravær» and «Utsendinger» for a school: its leadership. */
export function canSeeSchoolConcerns(me: Me): boolean {
  return leadershipSchools(me).length > 0;
}

/** The owner's administrator: the outbox of every school, and the one who edits the rules. */
export function isOwnerAdmin(me: Me): boolean {
  return hasRole(me, 'admin');
}

/** «Regler for fravær»: the administrator edits; the leadership and the owner's analyst read. */
export function canReadPolicy(me: Me): boolean {
  return hasRole(me, 'admin') || hasRole(me, 'leadership') || hasRole(me, 'owner_analyst');
}

/** Staff who are told of concerns in the app: everyone working with pupils at a school. */
export function receivesStaffNotifications(me: Me): boolean {
  return me.roles.some((r) => ['teacher', 'leadership', 'counsellor', 'nurse', 'resource_team'].includes(r.role));
}

/** «Mitt fravær»: pupils (their own) and guardians (their children under 18). */
export function canSeeMyAbsence(me: Me): boolean {
  return hasRole(me, 'guardian') || hasRole(me, 'pupil');
}

/** Documentation handed in and complaints on marks are decided by teachers (their pupils, their lessons) and the leadership. */
export function canDecideLimitRequests(me: Me): boolean {
  return hasRole(me, 'teacher') || hasRole(me, 'leadership');
}
