// The contact teacher's week: every absence of their contact pupils, and
// documenting them in bulk with structured reasons.
import type { Database, Queryable } from '../db/client.js';
import type { Clock } from '../clock.js';
import { canSeeAbsenceReason, type Actor } from '../../domain/access.js';
import { schoolTimeOf } from '../../domain/dates.js';
import { checkDocumentationUpdate, isoWeekOf } from '../../domain/documentation.js';
import * as repo from '../db/repositories/documentation.js';
import type { ContactWeek, UpdateDocumentation } from '../../contracts/attendance.js';
import { badRequest, forbidden, notFound } from '../app-error.js';
import { audit } from './audit.js';

export async function listAbsenceReasons(database: Database) {
  const rows = await repo.listAbsenceReasons(database);
  return {
    reasons: rows.filter((r) => r.active).map((r) => ({ code: r.code, category: r.category, countsTowardLimit: r.counts_toward_limit })),
  };
}

export async function getContactWeek(database: Database, clock: Clock, actor: Actor, day?: string): Promise<ContactWeek> {
  const week = isoWeekOf(day ?? schoolTimeOf(clock.now()).date);
  const pupils = await repo.contactPupilsBetween(database, actor.userId, week.from, week.to);
  const absences = pupils.length ? await repo.absencesBetween(database, pupils.map((p) => p.id), week.from, week.to) : [];
  const byPupil = new Map<string, typeof absences>();
  for (const a of absences) byPupil.set(a.pupil_id, [...(byPupil.get(a.pupil_id) ?? []), a]);
  // Opening the reasons of named pupils is logged, as every read of sensitive data is.
  await audit(
    database,
    actor,
    pupils
      .filter((p) => byPupil.has(p.id))
      .map((p) => ({ action: 'read' as const, entity: 'absence_week', pupilId: p.id, reason: 'contact_teacher_week', details: { from: week.from } })),
  );
  return {
    ...week,
    pupils: pupils.map((p) => ({
      id: p.id,
      givenName: p.given_name,
      familyName: p.family_name,
      className: p.class_name,
      absences: (byPupil.get(p.id) ?? []).map((a) => ({
        markId: a.id,
        lessonId: a.lesson_id,
        date: a.date,
        period: a.period,
        startsAt: a.starts_at,
        subject: { code: a.subject_code, name: a.subject_name },
        status: a.status,
        minutesLate: a.minutes_late,
        documentation: a.documentation,
        reasonCode: a.reason_code,
        fromNotice: a.notice_id !== null,
      })),
    })),
  };
}

export async function updateDocumentation(
  database: Database,
  clock: Clock,
  actor: Actor,
  request: UpdateDocumentation,
  ip?: string,
): Promise<{ updated: number }> {
  return database.transaction((tx) => documentMarks(tx, clock, actor, request, ip));
}

/**
 * Documents the marks in the caller's transaction: the one way marks get their
 * documentation, so that the history trigger, the pupil years and the audit log
 * see every change alike (the contact teacher's week, accepted documentation
 * handed in from the portal).
 */
export async function documentMarks(tx: Queryable, clock: Clock, actor: Actor, request: UpdateDocumentation, ip?: string): Promise<{ updated: number }> {
  const markIds = [...new Set(request.markIds)];
  const marks = await repo.marksForDocumentation(tx, markIds, true);
  if (marks.length !== markIds.length || marks.some((m) => m.owner_id !== actor.ownerId)) throw notFound();
  for (const mark of marks) {
    if (!canSeeAbsenceReason(actor, { id: mark.school_id, ownerId: mark.owner_id }, mark.contact_teacher_ids)) throw forbidden();
  }
  const order = new Map(markIds.map((id, i) => [id, i]));
  const sorted = [...marks].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const problems = checkDocumentationUpdate(sorted, request, await repo.listAbsenceReasons(tx));
  if (problems.length > 0) throw badRequest(problems);
  const updated = await repo.setDocumentation(tx, markIds, {
    documentation: request.documentation,
    reasonCode: request.reasonCode,
    userId: actor.userId,
    at: clock.now(),
  });
  const pupils = [...new Set(marks.map((m) => m.pupil_id))];
  await audit(
    tx,
    actor,
    pupils.map((pupilId) => ({
      action: 'update' as const,
      entity: 'attendance_documentation',
      pupilId,
      details: {
        markIds: marks.filter((m) => m.pupil_id === pupilId).map((m) => m.id),
        documentation: request.documentation,
        reasonCode: request.reasonCode,
      },
    })),
    ip,
  );
  return { updated };
}
