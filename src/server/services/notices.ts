// Notices of absence and leave requests from home, and the school's decision
// on leave. A notice pre-fills the register; one sent after the lesson was
// registered updates the marks it covers.
import type { Database } from '../db/client.js';
import type { Clock } from '../clock.js';
import { canSeeAbsenceReason, leaveRequestScope, type Actor } from '../../domain/access.js';
import { isAdultOn } from '../../domain/age.js';
import { schoolTimeOf } from '../../domain/dates.js';
import { HOME_REASONS, canWithdraw, checkNotice, mayReportFor } from '../../domain/notices.js';
import * as repo from '../db/repositories/notices.js';
import type { NoticeRow } from '../db/repositories/notices.js';
import type { CreateNotice, DecideLeave, MyNotices, Notice } from '../../contracts/notices.js';
import { AppError, badRequest, forbidden, notFound } from '../app-error.js';
import { audit } from './audit.js';

export function presentNotice(row: NoticeRow): Notice {
  return {
    id: row.id,
    pupil: { id: row.pupil_id, givenName: row.pupil_given_name, familyName: row.pupil_family_name },
    kind: row.kind,
    status: row.status,
    fromDate: row.from_date,
    toDate: row.to_date,
    periods: row.periods,
    reasonCode: row.reason_code,
    submittedBy: { id: row.submitted_by, name: row.submitted_by_name },
    submittedAt: row.created_at.toISOString(),
    decidedBy: row.decided_by ? { id: row.decided_by, name: row.decided_by_name ?? '' } : null,
    decidedAt: row.decided_at ? row.decided_at.toISOString() : null,
    decisionNote: row.decision_note,
  };
}

async function pupilsFor(database: Database, actor: Actor, today: string) {
  const rows = await repo.reportablePupils(database, actor.userId);
  return rows.filter((r) => r.owner_id === actor.ownerId && mayReportFor({ self: r.self, birthDate: r.birth_date }, today, isAdultOn));
}

export async function getMyNotices(database: Database, clock: Clock, actor: Actor): Promise<MyNotices> {
  const today = schoolTimeOf(clock.now()).date;
  const pupils = await pupilsFor(database, actor, today);
  const notices = pupils.length ? await repo.noticesOfPupils(database, pupils.map((p) => p.id)) : [];
  return {
    pupils: pupils.map((p) => ({ id: p.id, givenName: p.given_name, familyName: p.family_name, self: p.self })),
    reasons: { absence: [...HOME_REASONS.absence], leave_request: [...HOME_REASONS.leave_request] },
    notices: notices.map(presentNotice),
  };
}

export async function createNotice(database: Database, clock: Clock, actor: Actor, request: CreateNotice): Promise<Notice> {
  const now = clock.now();
  const today = schoolTimeOf(now).date;
  const pupil = (await pupilsFor(database, actor, today)).find((p) => p.id === request.pupilId);
  // Not yours to report for, whether it exists or not.
  if (!pupil) throw notFound();
  const problems = checkNotice(request, today);
  if (problems.length > 0) throw badRequest(problems);
  const periods = request.periods ? [...request.periods].sort((a, b) => a - b) : null;
  const id = await database.transaction(async (tx) => {
    const noticeId = await repo.insertNotice(tx, {
      pupilId: pupil.id,
      schoolId: pupil.school_id,
      submittedBy: actor.userId,
      kind: request.kind,
      fromDate: request.fromDate,
      toDate: request.toDate,
      periods,
      reasonCode: request.reasonCode,
      at: now,
    });
    if (request.kind === 'absence') {
      await repo.applyNoticeToMarks(
        tx,
        { id: noticeId, pupilId: pupil.id, fromDate: request.fromDate, toDate: request.toDate, periods, reasonCode: request.reasonCode },
        'reported',
        actor.userId,
        now,
      );
    }
    await audit(tx, actor, [{ action: 'create', entity: 'absence_notice', entityId: noticeId, pupilId: pupil.id, details: { kind: request.kind } }]);
    return noticeId;
  });
  return presentNotice((await repo.findNotice(database, id))!);
}

export async function withdrawNotice(database: Database, clock: Clock, actor: Actor, noticeId: string): Promise<Notice> {
  const now = clock.now();
  const today = schoolTimeOf(now).date;
  const mine = new Set((await pupilsFor(database, actor, today)).map((p) => p.id));
  await database.transaction(async (tx) => {
    const notice = await repo.findNotice(tx, noticeId, true);
    if (!notice || !mine.has(notice.pupil_id)) throw notFound();
    if (!canWithdraw({ status: notice.status, fromDate: notice.from_date }, today)) {
      throw new AppError(409, 'cannot_withdraw', 'notices.cannotWithdraw');
    }
    await repo.setNoticeStatus(tx, notice.id, { status: 'withdrawn', decidedBy: null, at: null, note: null });
    await repo.unapplyNotice(tx, notice.id, actor.userId, now);
    await audit(tx, actor, [{ action: 'update', entity: 'absence_notice', entityId: notice.id, pupilId: notice.pupil_id, details: { status: 'withdrawn' } }]);
  });
  return presentNotice((await repo.findNotice(database, noticeId))!);
}

/** Leave requests at a school: all for the leadership, their own pupils' for a contact teacher. */
export async function listLeaveRequests(
  database: Database,
  actor: Actor,
  schoolId: string,
  status: string | undefined,
): Promise<{ notices: Notice[] }> {
  const scope = leaveRequestScope(actor, schoolId);
  if (scope === 'none') throw forbidden();
  const leads = scope === 'school';
  const rows = await repo.leaveRequestsAt(database, schoolId, status ?? null, null);
  const visible = rows.filter((r) => r.owner_id === actor.ownerId && (leads || r.contact_teacher_ids.includes(actor.userId)));
  return { notices: visible.map(presentNotice) };
}

export async function decideLeave(
  database: Database,
  clock: Clock,
  actor: Actor,
  noticeId: string,
  request: DecideLeave,
): Promise<Notice> {
  const now = clock.now();
  const note = request.note?.trim() || null;
  if (request.decision === 'refused' && !note) throw badRequest([{ path: 'body.note', key: 'notices.refusalNeedsReason' }]);
  await database.transaction(async (tx) => {
    const notice = await repo.findNotice(tx, noticeId, true);
    if (!notice || notice.owner_id !== actor.ownerId || notice.kind !== 'leave_request') throw notFound();
    if (!canSeeAbsenceReason(actor, { id: notice.school_id, ownerId: notice.owner_id }, notice.contact_teacher_ids)) throw forbidden();
    if (notice.status !== 'submitted') throw new AppError(409, 'already_decided', 'notices.alreadyDecided');
    await repo.setNoticeStatus(tx, notice.id, { status: request.decision, decidedBy: actor.userId, at: now, note });
    if (request.decision === 'approved') {
      await repo.applyNoticeToMarks(
        tx,
        { id: notice.id, pupilId: notice.pupil_id, fromDate: notice.from_date, toDate: notice.to_date, periods: notice.periods, reasonCode: notice.reason_code },
        'documented',
        actor.userId,
        now,
      );
    }
    await audit(tx, actor, [
      { action: 'update', entity: 'leave_request', entityId: notice.id, pupilId: notice.pupil_id, details: { decision: request.decision } },
    ]);
  });
  return presentNotice((await repo.findNotice(database, noticeId))!);
}
