// Contesting a recorded absence (a recording error, opplæringsforskrifta § 9-9
// third paragraph): the pupil, or the guardians while the pupil is under 18,
// within the owner's window; the subject teacher (the lesson's teacher, its
// substitute, a teacher of the group) or the leadership corrects the mark, whose
// history keeps the old one, or rejects with a reason.
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { leadsSchool, teachesAtSchool, type Actor } from '../../../domain/access.js';
import { schoolTimeOf } from '../../../domain/dates.js';
import { complaintWindow, isInTime } from '../../../domain/upper-secondary/deadlines.js';
import { buildComplaintDecision } from '../../../domain/upper-secondary/decisions.js';
import type { Complaint, CreateComplaint, Decide } from '../../../contracts/upper-secondary.js';
import * as repo from '../../db/repositories/upper-secondary.js';
import { AppError, badRequest, forbidden, notFound } from '../../app-error.js';
import { audit } from '../audit.js';
import { openPupilLimits, schoolKindOf } from './pupil-limits.js';
import { presentComplaint } from './present.js';
import { lettersToHome } from './home-letters.js';

export async function createComplaint(database: Database, clock: Clock, actor: Actor, pupilId: string, request: CreateComplaint): Promise<Complaint> {
  const { today, pupil, viewer, ctx } = await openPupilLimits(database, clock, actor, pupilId);
  if (viewer.relation === 'staff') throw forbidden();
  if (request.claim === 'late' && request.minutesLate === undefined) throw badRequest([{ path: 'body.minutesLate', key: 'upperSecondary.minutesLateNeeded' }]);
  if (request.claim !== 'late' && request.minutesLate !== undefined) throw badRequest([{ path: 'body.minutesLate', key: 'upperSecondary.minutesLateOnlyLate' }]);
  const mark = await repo.markForComplaint(database, request.markId);
  if (!mark || mark.pupil_id !== pupil.id) throw notFound();
  if (mark.status !== 'F' || mark.lesson_status !== 'held') throw badRequest([{ path: 'body.markId', key: 'upperSecondary.onlyAbsence' }]);
  const window = complaintWindow(mark.date, ctx.settings.complaintWindow, ctx.calendar);
  if (!isInTime(today, window)) {
    throw new AppError(409, 'complaint_window_closed', 'upperSecondary.complaintWindowClosed', undefined, { closesOn: window.closesOn });
  }
  const id = await database.transaction(async (tx) => {
    const created = await repo.insertComplaint(tx, {
      markId: mark.id, pupilId: pupil.id, schoolId: pupil.school_id, userId: actor.userId, at: clock.now(), claim: request.claim,
      minutesLate: request.minutesLate ?? null, explanation: request.explanation, markStatus: mark.status,
    });
    if (created === null) throw new AppError(409, 'already_contested', 'upperSecondary.alreadyContested');
    await audit(tx, actor, [{ action: 'create', entity: 'mark_complaint', entityId: created, pupilId: pupil.id, details: { markId: mark.id, claim: request.claim } }]);
    return created;
  });
  return presentComplaint((await repo.findComplaint(database, id))!);
}

const leads = leadsSchool;
const teachesAt = teachesAtSchool;

export async function listComplaintsForTeacher(database: Database, actor: Actor, status: string | undefined): Promise<{ complaints: Complaint[] }> {
  const rows = (await repo.complaintsForTeacher(database, actor.userId, status ?? null)).filter(
    (r) => r.owner_id === actor.ownerId && (leads(actor, r.school_id) || (teachesAt(actor, r.school_id) && r.teacher_ids.includes(actor.userId))),
  );
  await audit(database, actor, rows.map((r) => ({ action: 'read' as const, entity: 'mark_complaint', entityId: r.id, pupilId: r.pupil_id, reason: 'list' })));
  return { complaints: rows.map(presentComplaint) };
}

export async function decideComplaint(
  database: Database,
  clock: Clock,
  actor: Actor,
  complaintId: string,
  decision: Decide,
  publicUrl: string,
): Promise<{ complaint: Complaint; emails: string[] }> {
  const today = schoolTimeOf(clock.now()).date;
  const emails = await database.transaction(async (tx) => {
    const c = await repo.findComplaint(tx, complaintId, true);
    if (!c || c.owner_id !== actor.ownerId) throw notFound();
    if (!leads(actor, c.school_id) && !(teachesAt(actor, c.school_id) && c.teacher_ids.includes(actor.userId))) throw forbidden();
    if (c.status !== 'submitted') throw new AppError(409, 'already_decided', 'upperSecondary.alreadyDecided');
    if (decision.decision === 'accepted') {
      const status = c.claim === 'present' ? 'M' : c.claim === 'late' ? 'S' : 'O';
      await repo.correctMark(tx, c.mark_id, { status, minutesLate: c.claim === 'late' ? c.claim_minutes_late : null, userId: actor.userId, at: clock.now() });
    }
    await repo.setComplaintDecision(tx, c.id, { status: decision.decision, userId: actor.userId, at: clock.now(), reason: decision.decision === 'rejected' ? decision.reason : null });
    await audit(tx, actor, [{ action: 'update', entity: 'mark_complaint', entityId: c.id, pupilId: c.pupil_id, details: { decision: decision.decision, markId: c.mark_id } }]);
    const [owner] = await tx.query<{ kind: string }>('select o.kind from schools s join school_owners o on o.id = s.owner_id where s.id = $1', [c.school_id]);
    const base = { subject: c.subject_name, lessonDate: c.date, period: c.period };
    return lettersToHome(tx, c.pupil_id, today, 'decision', `complaint:${c.id}`, (locale) =>
      buildComplaintDecision(
        decision.decision === 'accepted'
          ? { accepted: true, ...base }
          : { accepted: false, ...base, reason: decision.reason, schoolKind: schoolKindOf({ owner_kind: owner?.kind ?? 'county' }) },
        locale,
      ), publicUrl);
  });
  return { complaint: presentComplaint((await repo.findComplaint(database, complaintId))!), emails };
}
