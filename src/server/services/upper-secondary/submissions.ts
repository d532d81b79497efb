// Documentation handed in from the portal: the pupil (or the guardians while
// the pupil is under 18) hands in a file for absent lessons that can still be
// documented; the contact teacher (or the leadership) accepts it, and the
// marks are documented through the documentation service, or rejects it with
// a reason. The file is for them and for the home only.
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { canSeeAbsenceReason, type Actor } from '../../../domain/access.js';
import { isAdultOn } from '../../../domain/age.js';
import { schoolTimeOf } from '../../../domain/dates.js';
import { lessonKey } from '../../../domain/upper-secondary/limit.js';
import { documentableAbsences } from '../../../domain/upper-secondary/reminders.js';
import { documentationDeadline } from '../../../domain/upper-secondary/deadlines.js';
import { buildDocumentationDecision } from '../../../domain/upper-secondary/decisions.js';
import type { Decide, Submission } from '../../../contracts/upper-secondary.js';
import { SUBMISSION_REASONS } from '../../../contracts/upper-secondary.js';
import * as repo from '../../db/repositories/upper-secondary.js';
import { AppError, badRequest, forbidden, notFound } from '../../app-error.js';
import { audit } from '../audit.js';
import { documentMarks } from '../absence-documentation.js';
import { openPupilLimits } from './pupil-limits.js';
import { pupilStatuses } from './pupil-limits-context.js';
import { limitViewerOf, loadLimitPupil } from './limit-viewer.js';
import { presentSubmission } from './present.js';
import { lettersToHome } from './home-letters.js';

/** 5 MB: a phone photo of a note or a scanned PDF fits. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export interface UploadedFile {
  fileName: string;
  content: Buffer;
  /** The upload was cut at the size limit. */
  truncated: boolean;
}

/** What the file really is, from its first bytes; the name and the browser's claim are not trusted. */
export async function checkFile(file: UploadedFile | null): Promise<{ contentType: (typeof ACCEPTED_TYPES)[number] } > {
  if (file === null || file.content.length === 0) throw badRequest([{ path: 'file', key: 'upperSecondary.fileMissing' }]);
  if (file.truncated || file.content.length > MAX_FILE_BYTES) throw badRequest([{ path: 'file', key: 'upperSecondary.fileTooLarge', params: { mb: MAX_FILE_BYTES / 1024 / 1024 } }]);
  const type = await fileTypeFromBuffer(file.content);
  const mime = type?.mime as (typeof ACCEPTED_TYPES)[number] | undefined;
  if (!mime || !ACCEPTED_TYPES.includes(mime)) throw badRequest([{ path: 'file', key: 'upperSecondary.fileType' }]);
  return { contentType: mime };
}

// Control characters and the characters no file system takes, so that the name is safe in a download header.
const safeName = (name: string) =>
  [...name].map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '_' : c)).join('').slice(-120) || 'dokumentasjon';

export async function submitDocumentation(
  database: Database,
  clock: Clock,
  actor: Actor,
  pupilId: string,
  fields: { reasonCode: string; markIds: readonly number[] },
  file: UploadedFile | null,
): Promise<Submission> {
  const { today, pupil, viewer, ctx } = await openPupilLimits(database, clock, actor, pupilId);
  if (viewer.relation === 'staff') throw forbidden();
  if (!(SUBMISSION_REASONS as readonly string[]).includes(fields.reasonCode)) throw badRequest([{ path: 'reasonCode', key: 'upperSecondary.reasonNotAllowed' }]);
  const { contentType } = await checkFile(file);
  const markIds = [...new Set(fields.markIds)];
  const absent = await repo.absentMarks(database, [pupil.id], ctx.year.from, today);
  const byId = new Map(absent.map((m) => [m.id, m]));
  const open = new Set<string>();
  for (const status of pupilStatuses(ctx, pupil.id, pupil.higher_health_risk).values()) {
    for (const d of documentableAbsences(status, today, ctx.settings.documentationDeadline, ctx.calendar)) open.add(lessonKey(d));
  }
  const problems = markIds.flatMap((id, i) => {
    const mark = byId.get(id);
    if (!mark) return [{ path: `markIds.${i}`, key: 'upperSecondary.notYourAbsence' }];
    if (mark.pending === 'submission') return [{ path: `markIds.${i}`, key: 'upperSecondary.alreadyHandedIn' }];
    if (!open.has(lessonKey(mark))) {
      const deadline = documentationDeadline(mark.date, ctx.settings.documentationDeadline, ctx.calendar);
      return [{ path: `markIds.${i}`, key: today > deadline ? 'upperSecondary.deadlinePassed' : 'upperSecondary.notDocumentable' }];
    }
    return [];
  });
  if (problems.length > 0) throw badRequest(problems);
  const content = file!.content;
  const id = await database.transaction(async (tx) => {
    const submissionId = await repo.insertSubmission(tx, {
      schoolId: pupil.school_id,
      pupilId: pupil.id,
      userId: actor.userId,
      reasonCode: fields.reasonCode,
      at: clock.now(),
      markIds,
      file: { name: safeName(file!.fileName), contentType, content, sha256: createHash('sha256').update(content).digest('hex') },
    });
    await audit(tx, actor, [
      { action: 'create', entity: 'documentation_submission', entityId: submissionId, pupilId: pupil.id, details: { marks: markIds.length, reasonCode: fields.reasonCode, bytes: content.length } },
    ]);
    return submissionId;
  });
  return presentSubmission((await repo.findSubmission(database, id))!);
}

/** The contact teacher's (and the leadership's) submissions to decide on. */
export async function listSubmissionsForStaff(database: Database, actor: Actor, status: string | undefined): Promise<{ submissions: Submission[] }> {
  const rows = (await repo.submissionsForStaff(database, actor.userId, status ?? null)).filter(
    (r) => r.owner_id === actor.ownerId && canSeeAbsenceReason(actor, { id: r.school_id, ownerId: r.owner_id }, r.contact_teacher_ids),
  );
  await audit(database, actor, rows.map((r) => ({ action: 'read' as const, entity: 'documentation_submission', entityId: r.id, pupilId: r.pupil_id, reason: 'list' })));
  return { submissions: rows.map(presentSubmission) };
}

export async function decideSubmission(
  database: Database,
  clock: Clock,
  actor: Actor,
  submissionId: string,
  decision: Decide,
  publicUrl: string,
): Promise<{ submission: Submission; emails: string[] }> {
  const today = schoolTimeOf(clock.now()).date;
  const emails = await database.transaction(async (tx) => {
    const s = await repo.findSubmission(tx, submissionId, true);
    if (!s || s.owner_id !== actor.ownerId) throw notFound();
    if (!canSeeAbsenceReason(actor, { id: s.school_id, ownerId: s.owner_id }, s.contact_teacher_ids)) throw forbidden();
    if (s.status !== 'submitted') throw new AppError(409, 'already_decided', 'upperSecondary.alreadyDecided');
    if (decision.decision === 'accepted') {
      await documentMarks(tx, clock, actor, { markIds: s.lessons.map((l) => l.markId), documentation: 'documented', reasonCode: s.reason_code });
    }
    await repo.setSubmissionDecision(tx, s.id, {
      status: decision.decision,
      userId: actor.userId,
      at: clock.now(),
      reason: decision.decision === 'rejected' ? decision.reason : null,
    });
    await audit(tx, actor, [{ action: 'update', entity: 'documentation_submission', entityId: s.id, pupilId: s.pupil_id, details: { decision: decision.decision } }]);
    const first = s.lessons[0]?.date ?? today;
    return lettersToHome(tx, s.pupil_id, today, 'decision', `submission:${s.id}`, (locale) =>
      buildDocumentationDecision(
        decision.decision === 'accepted' ? { accepted: true, lessonDate: first } : { accepted: false, lessonDate: first, reason: decision.reason, deadline: null },
        locale,
      ), publicUrl);
  });
  return { submission: presentSubmission((await repo.findSubmission(database, submissionId))!), emails };
}

/** The handed-in file: for the home that handed it in and for the contact teacher and the leadership; never a subject teacher. */
export async function getSubmissionFile(database: Database, clock: Clock, actor: Actor, submissionId: string) {
  const today = schoolTimeOf(clock.now()).date;
  const s = await repo.findSubmission(database, submissionId);
  if (!s || s.owner_id !== actor.ownerId) throw notFound();
  const pupil = await loadLimitPupil(database, actor, s.pupil_id, today);
  const viewer = await limitViewerOf(database, actor, pupil, today);
  const staffMay = canSeeAbsenceReason(actor, { id: s.school_id, ownerId: s.owner_id }, s.contact_teacher_ids);
  if (viewer.relation === 'staff' && !staffMay) throw forbidden();
  if (viewer.relation === 'guardian' && isAdultOn(pupil.birth_date, today)) throw notFound();
  const file = await repo.submissionFile(database, s.id);
  if (!file) throw notFound();
  await audit(database, actor, [{ action: 'read', entity: 'submission_file', entityId: s.id, pupilId: s.pupil_id, reason: viewer.auditReason }]);
  return { fileName: file.file_name, contentType: file.content_type, content: Buffer.from(file.content) };
}
