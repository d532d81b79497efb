// Who is looking at a pupil's limit, and so what they may see and do: the
// pupil (always their own), the guardians with parental responsibility while
// the pupil is under 18, and the staff who may see the pupil's figures
// (src/domain/access.ts). Nobody else learns whether the pupil exists.
import type { Queryable } from '../../db/client.js';
import { canSeeAbsenceReason, canSeePupilFigures, leadsSchool, staffRelationTo, type Actor } from '../../../domain/access.js';
import { isAdultOn } from '../../../domain/age.js';
import * as repo from '../../db/repositories/upper-secondary.js';
import type { LimitPupilRow } from '../../db/repositories/upper-secondary.js';
import { forbidden, notFound } from '../../app-error.js';

export interface LimitViewer {
  relation: 'self' | 'guardian' | 'staff';
  contactTeacher: boolean;
  leadership: boolean;
  /** Why the pupil was absent: the pupil, the guardians, the contact teacher and the leadership; never a subject teacher. */
  seesReasons: boolean;
  /** The subjects the viewer teaches the pupil (staff). */
  teaches: Set<string>;
  /** The recipient keys of the viewer's own letters: opening a warning in the portal marks these opened. */
  recipientKeys: string[];
  /** Why the viewer may look, as the audit log and «Hvem har sett mappen» name it. */
  auditReason: 'own_data' | 'parental_responsibility' | 'leadership' | 'contact_teacher' | 'teacher';
}

export async function limitViewerOf(db: Queryable, actor: Actor, pupil: LimitPupilRow, today: string): Promise<LimitViewer> {
  if (pupil.owner_id !== actor.ownerId) throw notFound();
  const portal = (await repo.portalPupils(db, actor.userId)).find((p) => p.id === pupil.id);
  if (portal?.self) {
    return { relation: 'self', contactTeacher: false, leadership: false, seesReasons: true, teaches: new Set(), recipientKeys: [`pupil:${pupil.id}`], auditReason: 'own_data' };
  }
  if (portal && !isAdultOn(pupil.birth_date, today)) {
    return { relation: 'guardian', contactTeacher: false, leadership: false, seesReasons: true, teaches: new Set(), recipientKeys: [`guardian:${portal.guardian_id}`], auditReason: 'parental_responsibility' };
  }
  const relations = { schoolId: pupil.school_id, ownerId: pupil.owner_id, contactTeacherIds: pupil.contact_teacher_ids, teacherIds: pupil.teacher_ids };
  if (!canSeePupilFigures(actor, relations)) {
    // A guardian of a pupil who has turned 18 is told no more than a stranger.
    if (portal) throw notFound();
    throw forbidden();
  }
  const school = { id: pupil.school_id, ownerId: pupil.owner_id };
  return {
    relation: 'staff',
    contactTeacher: pupil.contact_teacher_ids.includes(actor.userId),
    leadership: leadsSchool(actor, pupil.school_id),
    seesReasons: canSeeAbsenceReason(actor, school, pupil.contact_teacher_ids),
    teaches: new Set(pupil.teaching.filter((t) => t.userId === actor.userId && t.subjectId !== null).map((t) => t.subjectId as string)),
    recipientKeys: [],
    auditReason: staffRelationTo(actor, relations) ?? 'teacher',
  };
}

/** The pupil, or not found: also for a pupil the actor may not know of. */
export async function loadLimitPupil(db: Queryable, actor: Actor, pupilId: string, today: string): Promise<LimitPupilRow> {
  const pupil = await repo.limitPupil(db, pupilId, today);
  if (!pupil || pupil.owner_id !== actor.ownerId) throw notFound();
  return pupil;
}
