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
  /** The outside services on the team whose service a consent in force names today (membersWithConsent). */
  consentedServiceIds?: readonly string[];
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
  if (relations.memberIds.includes(actor.userId) && hasRoleAt(actor, school, SCHOOL_STAFF_ROLES)) return true;
  return readsByConsent(actor, relations);
}

/** An outside service (PPT, BUP, barnevern…) on the team, while a consent in force names its service; never by its role alone. */
export function readsByConsent(actor: Actor, relations: CaseRelations): boolean {
  return (
    actor.ownerId === relations.ownerId &&
    actor.roles.some((r) => r.role === 'outside_service') &&
    relations.memberIds.includes(actor.userId) &&
    (relations.consentedServiceIds ?? []).includes(actor.userId)
  );
}

/**
 * Recording in a case: the school's people who may read it, since each of
 * them has a part in the follow-up; an outside service reads what the consent
 * shares and records in its own files, not the school's.
 */
export function canWriteCase(actor: Actor, relations: CaseRelations): boolean {
  return canReadCase(actor, { ...relations, consentedServiceIds: [] });
}

/** Opening a case for a pupil: the contact teacher and the school's leadership, who are told of concerns. */
export function canOpenCase(actor: Actor, pupil: Pick<PupilRelations, 'schoolId' | 'ownerId' | 'contactTeacherIds'>): boolean {
  return canReadCase(actor, { ...pupil, memberIds: [] });
}

// ——— Roles at a school, the owner's own roles, and field-level views (issue 7, point 2) ———
// The services ask these instead of looking at role assignments themselves, so
// that who may do what reads in one place. The owner of the object is checked
// by the caller before (another owner's object is «not found»), and again by
// the database (ADR 012).

/** The school's leadership (rektor, avdelingsleder): the whole school. */
export function leadsSchool(actor: Actor, schoolId: string): boolean {
  return actor.roles.some((r) => r.role === 'leadership' && r.schoolId === schoolId);
}

/** A teacher at the school, whatever they teach. */
export function teachesAtSchool(actor: Actor, schoolId: string): boolean {
  return actor.roles.some((r) => r.role === 'teacher' && r.schoolId === schoolId);
}

/** The owner's administrator: users, roles, rules and the owner's outbox; no pupil's follow-up data by that role alone. */
export function isOwnerAdmin(actor: Actor): boolean {
  return actor.roles.some((r) => r.role === 'admin');
}

/**
 * The school-wide views with pupils' names (figures, patterns, concerns,
 * warnings, the outbox) are the leadership's alone.
 */
export function canSeeSchoolOverview(actor: Actor, schoolId: string): boolean {
  return leadsSchool(actor, schoolId);
}

export interface GroupRelations {
  schoolId: string;
  /** Who teaches the group. */
  teacherIds: readonly string[];
  /** The contact teachers of the group's pupils. */
  contactTeacherIds: readonly string[];
}

/** A class's figures and patterns: its leadership, and teachers who teach the class or are contact teacher in it. */
export function canSeeGroupFigures(actor: Actor, group: GroupRelations): boolean {
  if (leadsSchool(actor, group.schoolId)) return true;
  if (!teachesAtSchool(actor, group.schoolId)) return false;
  return group.teacherIds.includes(actor.userId) || group.contactTeacherIds.includes(actor.userId);
}

/** A pupil's concerns about absence, and marking one followed up: the contact teacher and the leadership. */
export function canFollowUpConcerns(actor: Actor, pupil: { schoolId: string; contactTeacherIds: readonly string[] }): boolean {
  return leadsSchool(actor, pupil.schoolId) || pupil.contactTeacherIds.includes(actor.userId);
}

/** Requests for leave at a school: all of them for the leadership, those of their contact pupils for a teacher. */
export function leaveRequestScope(actor: Actor, schoolId: string): 'school' | 'contact_pupils' | 'none' {
  if (leadsSchool(actor, schoolId)) return 'school';
  if (teachesAtSchool(actor, schoolId)) return 'contact_pupils';
  return 'none';
}

/** A complaint on a mark: the leadership, and the teacher of the lesson. */
export function canDecideComplaint(actor: Actor, lesson: { schoolId: string; teacherIds: readonly string[] }): boolean {
  if (leadsSchool(actor, lesson.schoolId)) return true;
  return teachesAtSchool(actor, lesson.schoolId) && lesson.teacherIds.includes(actor.userId);
}

/** The owner's rules for worrying absence: read by the leadership, the analyst and the administrator; changed by the administrator. */
export function canReadOwnerPolicy(actor: Actor): boolean {
  return actor.roles.some((r) => r.role === 'admin' || r.role === 'leadership' || r.role === 'owner_analyst');
}
export function canEditOwnerPolicy(actor: Actor): boolean {
  return isOwnerAdmin(actor);
}

/** The owner's outbox across schools: the administrator. */
export function canSeeOwnerOutbox(actor: Actor): boolean {
  return isOwnerAdmin(actor);
}

/** Figures across the owner's schools with no names, small counts suppressed: the analyst and the administrator. */
export function canSeeOwnerAggregates(actor: Actor): boolean {
  return actor.roles.some((r) => r.role === 'owner_analyst' || r.role === 'admin');
}

/** The role an action at a school is recorded under in the audit log. */
export function actingRoleAt(actor: Actor, schoolId: string): Role | null {
  if (leadsSchool(actor, schoolId)) return 'leadership';
  if (teachesAtSchool(actor, schoolId)) return 'teacher';
  return actor.roles.find((r) => r.schoolId === schoolId || r.schoolId === null)?.role ?? null;
}

/**
 * What of a pupil's absence and follow-up a member of staff sees (field
 * level): a subject teacher sees that the pupil is absent and whether it is
 * documented, never why and never case notes; the contact teacher and the
 * leadership see why; case notes are for those who may read the pupil's
 * case (`canReadCase`): the contact teacher, the leadership and its members.
 */
export interface PupilFieldAccess {
  absent: boolean;
  reason: boolean;
  caseNotes: boolean;
}
export function pupilFieldAccess(
  actor: Actor,
  pupil: PupilRelations & { caseMemberIds?: readonly string[] },
): PupilFieldAccess {
  const school = { id: pupil.schoolId, ownerId: pupil.ownerId };
  if (actor.ownerId !== pupil.ownerId) return { absent: false, reason: false, caseNotes: false };
  const absent = canSeePupilFigures(actor, pupil);
  const reason = absent && canSeeAbsenceReason(actor, school, pupil.contactTeacherIds);
  // As for the case itself: the contact teacher, the leadership and the team around the pupil; a subject teacher never.
  const caseNotes = canReadCase(actor, { ...pupil, memberIds: pupil.caseMemberIds ?? [] });
  return { absent, reason, caseNotes };
}

/** The school's audit log (who read and changed what): its leadership. */
export function canSeeSchoolAuditLog(actor: Actor, schoolId: string): boolean {
  return leadsSchool(actor, schoolId);
}

/**
 * «Hvem har sett mappen»: the pupil sees who opened their own data; a
 * guardian with parental responsibility sees it while the pupil is under 18.
 */
export function canSeeWhoOpenedPupil(relation: { self: boolean; guardianWithResponsibility: boolean; pupilIsAdult: boolean }): boolean {
  return relation.self || (relation.guardianWithResponsibility && !relation.pupilIsAdult);
}

/** Why a member of staff may open a pupil's data, as the audit log records it: the relation that allows it. */
export function staffRelationTo(actor: Actor, pupil: PupilRelations): 'leadership' | 'contact_teacher' | 'teacher' | null {
  if (actor.ownerId !== pupil.ownerId) return null;
  if (leadsSchool(actor, pupil.schoolId)) return 'leadership';
  if (!teachesAtSchool(actor, pupil.schoolId)) return null;
  if (pupil.contactTeacherIds.includes(actor.userId)) return 'contact_teacher';
  if (pupil.teacherIds.includes(actor.userId)) return 'teacher';
  return null;
}
