// Who may do what, decided from role and relation alone. Pure: the caller
// loads the actor and the relations; nothing here touches a database.
import type { Role } from '../contracts/roles.js';

export interface RoleAssignment {
  role: Role;
  /** Null for roles that span the whole school owner (administrator, analyst). */
  schoolId: string | null;
}

export interface Actor {
  userId: string;
  ownerId: string;
  roles: readonly RoleAssignment[];
}

/** Roles that work inside one school with its pupils' names. */
const SCHOOL_STAFF_ROLES: readonly Role[] = ['teacher', 'leadership', 'counsellor', 'nurse', 'resource_team'];

/**
 * The schools whose rosters (classes and pupils' names) the actor may see.
 * 'owner' means every school of the actor's owner; the school-owner analyst
 * sees aggregates only and so gets no roster at all.
 */
export function rosterScope(actor: Actor): 'owner' | readonly string[] {
  if (actor.roles.some((r) => r.role === 'admin' && r.schoolId === null)) return 'owner';
  const schools = actor.roles
    .filter((r) => (SCHOOL_STAFF_ROLES.includes(r.role) || r.role === 'admin') && r.schoolId !== null)
    .map((r) => r.schoolId as string);
  return [...new Set(schools)];
}

export function canSeeSchoolRoster(actor: Actor, school: { id: string; ownerId: string }): boolean {
  if (school.ownerId !== actor.ownerId) return false;
  const scope = rosterScope(actor);
  return scope === 'owner' || scope.includes(school.id);
}

export interface SchoolRef {
  id: string;
  ownerId: string;
}

const hasRoleAt = (actor: Actor, school: SchoolRef, roles: readonly Role[]) =>
  actor.ownerId === school.ownerId && actor.roles.some((r) => roles.includes(r.role) && r.schoolId === school.id);

/**
 * Who may open and register a lesson: any teacher at the school (the lesson's
 * own teacher, or a substitute, vikar, who then is recorded as such) and the
 * school's leadership, who correct registrations.
 */
export function canRegisterLesson(actor: Actor, school: SchoolRef): boolean {
  return hasRoleAt(actor, school, ['teacher', 'leadership']);
}

/**
 * Why a pupil was absent (the reason code) is for the pupil's contact teacher
 * and the school's leadership. A subject teacher sees that a pupil is absent
 * and whether it is documented, never why.
 */
export function canSeeAbsenceReason(actor: Actor, school: SchoolRef, contactTeacherIds: readonly string[]): boolean {
  if (actor.ownerId !== school.ownerId) return false;
  return hasRoleAt(actor, school, ['leadership']) || contactTeacherIds.includes(actor.userId);
}

export interface PupilRelations {
  schoolId: string;
  ownerId: string;
  contactTeacherIds: readonly string[];
  /** Teachers who teach a group the pupil is in. */
  teacherIds: readonly string[];
}

/**
 * A pupil's absence figures are for the school's leadership, the contact
 * teacher, and the teachers who teach the pupil. They carry no reasons.
 */
export function canSeePupilFigures(actor: Actor, pupil: PupilRelations): boolean {
  const school = { id: pupil.schoolId, ownerId: pupil.ownerId };
  if (hasRoleAt(actor, school, ['leadership'])) return true;
  if (!hasRoleAt(actor, school, ['teacher'])) return false;
  return pupil.contactTeacherIds.includes(actor.userId) || pupil.teacherIds.includes(actor.userId);
}

/**
 * Roles whose work is follow-up data (cases, mapping, minutes, agreements,
 * consents) about named pupils, and the administrator, who gives out roles and
 * so could give themselves any of them.
 */
export const ROLES_THAT_NEED_A_SECOND_FACTOR: readonly Role[] = [
  'leadership',
  'counsellor',
  'nurse',
  'resource_team',
  'outside_service',
  'admin',
];

/**
 * How much a user's roles call for a second factor: 'always' for the roles
 * above; 'for_follow_up' for teachers, who open follow-up data only of their
 * own contact pupils; 'never' for guardians, pupils and the school-owner
 * analyst, who see no one else's follow-up data.
 */
export function secondFactorExpectation(actor: Actor): 'always' | 'for_follow_up' | 'never' {
  if (actor.roles.some((r) => ROLES_THAT_NEED_A_SECOND_FACTOR.includes(r.role))) return 'always';
  if (actor.roles.some((r) => r.role === 'teacher')) return 'for_follow_up';
  return 'never';
}

/**
 * Whether this request needs a session with a second factor. Opening a
 * pupil's follow-up data always does, whoever opens it; whether they may open
 * it at all is decided by their relation to the pupil, separately.
 */
export function needsSecondFactor(actor: Actor, request: { followUpData: boolean }): boolean {
  return request.followUpData || secondFactorExpectation(actor) === 'always';
}

export interface CaseRelations {
  schoolId: string;
  ownerId: string;
  /** The pupil's contact teachers today. */
  contactTeacherIds: readonly string[];
  /** The team around the pupil named in the case. */
  memberIds: readonly string[];
}

/**
 * A follow-up case (notes, minutes, mapping, agreements) is for the pupil's
 * contact teacher, the school's leadership and the members of the case. A
 * subject teacher, however many of the pupil's lessons they teach, never
 * sees it; nor does anyone of another owner or school.
 */
export function canReadCase(actor: Actor, relations: CaseRelations): boolean {
  if (actor.ownerId !== relations.ownerId) return false;
  const school = { id: relations.schoolId, ownerId: relations.ownerId };
  if (hasRoleAt(actor, school, ['leadership'])) return true;
  if (relations.contactTeacherIds.includes(actor.userId) && hasRoleAt(actor, school, ['teacher'])) return true;
  return relations.memberIds.includes(actor.userId) && hasRoleAt(actor, school, SCHOOL_STAFF_ROLES);
}

/** Recording in a case: the same people who may read it, since each of them has a part in the follow-up. */
export function canWriteCase(actor: Actor, relations: CaseRelations): boolean {
  return canReadCase(actor, relations);
}

/** Opening a case for a pupil: the contact teacher and the school's leadership, who are told of concerns. */
export function canOpenCase(actor: Actor, pupil: Pick<PupilRelations, 'schoolId' | 'ownerId' | 'contactTeacherIds'>): boolean {
  return canReadCase(actor, { ...pupil, memberIds: [] });
}
