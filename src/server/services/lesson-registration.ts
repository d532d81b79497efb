// Registering a lesson: the use case teachers meet every lesson of every day.
// Saved whole or not at all, never twice for one retried request, and never
// over a colleague's registration without them knowing.
import type { Database, Queryable } from '../db/client.js';
import type { Clock } from '../clock.js';
import { canRegisterLesson, canSeeAbsenceReason, type Actor } from '../../domain/access.js';
import { schoolTimeOf } from '../../domain/dates.js';
import {
  checkRegistration,
  lessonHasStarted,
  markFromNotice,
  noticeCovers,
  type NoticeForLesson,
} from '../../domain/registration.js';
import * as lessons from '../db/repositories/lessons.js';
import { findSchool } from '../db/repositories/classes.js';
import type { LessonRow, MarkRow, MarkToSave, NoticeRow } from '../db/repositories/lessons.js';
import type {
  LessonRegistration,
  LessonSummary,
  MyLessons,
  RegistrationSaved,
  SaveRegistration,
} from '../../contracts/attendance.js';
import { badRequest, conflict, forbidden, notFound } from '../app-error.js';
import { onceForKey, requestHash } from './idempotency.js';
import type { JobQueue } from '../jobs/job-data.js';
import { complaintsOfLesson } from '../db/repositories/upper-secondary.js';

export function presentLesson(row: LessonRow): LessonSummary {
  return {
    id: row.id,
    date: row.date,
    period: row.period,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    status: row.status,
    group: { id: row.group_id, name: row.group_name },
    subject: { id: row.subject_id, code: row.subject_code, name: row.subject_name },
    teacher: row.teacher_id ? { id: row.teacher_id, name: row.teacher_name ?? '' } : null,
    substitute: row.substitute_id ? { id: row.substitute_id, name: row.substitute_name ?? '' } : null,
    registeredAt: row.registered_at ? row.registered_at.toISOString() : null,
    pupilCount: row.pupil_count,
    absentCount: row.absent_count,
    lateCount: row.late_count,
    noticeCount: row.notice_count,
  };
}

export async function listMyLessons(database: Database, clock: Clock, actor: Actor, date?: string): Promise<MyLessons> {
  const day = date ?? schoolTimeOf(clock.now()).date;
  const rows = await lessons.lessonsOfTeacherOn(database, actor.userId, day);
  return { date: day, lessons: rows.map(presentLesson) };
}

/**
 * Every lesson of a school on a day (default today), for those who may
 * register any of them: a substitute (vikar) finds a colleague's lesson here.
 */
export async function listSchoolLessons(
  database: Database,
  clock: Clock,
  actor: Actor,
  schoolId: string,
  date?: string,
): Promise<MyLessons> {
  const school = await findSchool(database, schoolId);
  // Another owner's school does not exist for this user.
  if (!school || school.owner_id !== actor.ownerId) throw notFound();
  if (!canRegisterLesson(actor, { id: school.id, ownerId: school.owner_id })) throw forbidden();
  const day = date ?? schoolTimeOf(clock.now()).date;
  const rows = await lessons.lessonsOfSchoolOn(database, school.id, day);
  return { date: day, lessons: rows.map(presentLesson) };
}

const toNotice = (n: NoticeRow): NoticeForLesson => ({
  id: n.id,
  fromDate: n.from_date,
  toDate: n.to_date,
  periods: n.periods,
  kind: n.kind,
  status: n.status,
  reasonCode: n.reason_code,
});

/** For each pupil, the notice from home that covers the lesson (the latest sent wins). */
function coveringNotices(notices: readonly NoticeRow[], lesson: { date: string; period: number }) {
  const byPupil = new Map<string, NoticeForLesson>();
  for (const row of notices) {
    const notice = toNotice(row);
    if (noticeCovers(notice, lesson)) byPupil.set(row.pupil_id, notice);
  }
  return byPupil;
}

async function loadLessonFor(db: Queryable, actor: Actor, lessonId: number) {
  const lesson = await lessons.findLesson(db, lessonId);
  // Another owner's lesson does not exist for this user.
  if (!lesson || lesson.owner_id !== actor.ownerId) throw notFound();
  if (!canRegisterLesson(actor, { id: lesson.school_id, ownerId: lesson.owner_id })) throw forbidden();
  return lesson;
}

export async function getLessonRegistration(
  database: Database,
  clock: Clock,
  actor: Actor,
  lessonId: number,
): Promise<LessonRegistration> {
  const lesson = await loadLessonFor(database, actor, lessonId);
  const pupils = await lessons.groupPupilsOn(database, lesson.group_id, lesson.date);
  const marks = new Map((await lessons.marksOfLesson(database, lesson.id)).map((m) => [m.pupil_id, m]));
  const notices = coveringNotices(
    await lessons.noticesOn(database, pupils.map((p) => p.id), lesson.date),
    lesson,
  );
  const school = { id: lesson.school_id, ownerId: lesson.owner_id };
  return {
    lesson: presentLesson(lesson),
    school: { id: lesson.school_id, name: lesson.school_name },
    version: lesson.version,
    registeredBy: lesson.registered_by ? { id: lesson.registered_by, name: lesson.registered_by_name ?? '' } : null,
    open: lessonHasStarted({ date: lesson.date, startsAt: lesson.starts_at, endsAt: lesson.ends_at }, schoolTimeOf(clock.now())),
    pupils: pupils.map((p) => {
      const mayKnowWhy = canSeeAbsenceReason(actor, school, p.contact_teacher_ids);
      const mark = marks.get(p.id);
      const notice = notices.get(p.id);
      return {
        id: p.id,
        givenName: p.given_name,
        familyName: p.family_name,
        mark: mark
          ? {
              status: mark.status,
              minutesLate: mark.minutes_late,
              documentation: mark.documentation,
              reasonCode: mayKnowWhy ? mark.reason_code : null,
            }
          : null,
        notice: notice
          ? {
              kind: notice.kind,
              documentation: markFromNotice(notice).documentation,
              reasonCode: mayKnowWhy ? notice.reasonCode : null,
            }
          : null,
      };
    }),
  };
}

/**
 * What each pupil's mark becomes. Documentation follows the mark: a pupil
 * who stays absent keeps what the contact teacher documented; a pupil newly
 * absent takes the notice from home if there is one; a pupil no longer absent
 * or late loses the documentation, which no longer describes anything.
 */
export function marksToSave(
  pupilIds: readonly string[],
  requested: SaveRegistration['marks'],
  existing: ReadonlyMap<string, MarkRow>,
  notices: ReadonlyMap<string, NoticeForLesson>,
): MarkToSave[] {
  const wanted = new Map(requested.map((m) => [m.pupilId, m]));
  return pupilIds.map((pupilId) => {
    const mark = wanted.get(pupilId) ?? { pupilId, status: 'M' as const, minutesLate: null };
    const before = existing.get(pupilId);
    const notice = notices.get(pupilId);
    const minutesLate = mark.status === 'S' ? (mark.minutesLate ?? null) : null;
    if (mark.status === 'M' || mark.status === 'O') {
      return { pupilId, status: mark.status, minutesLate, documentation: 'undocumented', reasonCode: null, noticeId: null };
    }
    if (before && before.status === mark.status) {
      return {
        pupilId,
        status: mark.status,
        minutesLate,
        documentation: before.documentation,
        reasonCode: before.reason_code,
        noticeId: before.notice_id,
      };
    }
    if (mark.status === 'F' && notice) {
      const filled = markFromNotice(notice);
      return { pupilId, status: 'F', minutesLate, documentation: filled.documentation, reasonCode: filled.reasonCode, noticeId: notice.id };
    }
    return { pupilId, status: mark.status, minutesLate, documentation: 'undocumented', reasonCode: null, noticeId: null };
  });
}

export async function saveLessonRegistration(
  database: Database,
  clock: Clock,
  actor: Actor,
  lessonId: number,
  request: SaveRegistration,
  idempotencyKey: string | undefined,
  queue?: JobQueue,
): Promise<{ status: number; body: RegistrationSaved; replayed: boolean }> {
  let pupilIds: string[] = [];
  const result = await database.transaction((tx) =>
    onceForKey(tx, { userId: actor.userId, key: idempotencyKey, hash: requestHash(['register', lessonId, request]) }, async () => {
      const lesson = await lessons.lockLesson(tx, lessonId);
      if (!lesson || lesson.owner_id !== actor.ownerId) throw notFound();
      if (!canRegisterLesson(actor, { id: lesson.school_id, ownerId: lesson.owner_id })) throw forbidden();
      if (request.version !== lesson.version) {
        throw conflict('registration.versionConflict', {
          name: lesson.registered_by_name ?? '',
          time: lesson.registered_at ? schoolTimeOf(lesson.registered_at).time : '',
        });
      }
      const now = clock.now();
      const pupils = await lessons.groupPupilsOn(tx, lesson.group_id, lesson.date);
      pupilIds = pupils.map((p) => p.id);
      const problems = checkRegistration(
        { date: lesson.date, startsAt: lesson.starts_at, endsAt: lesson.ends_at },
        request.marks,
        new Set(pupils.map((p) => p.id)),
        schoolTimeOf(now),
      );
      if (problems.length > 0) throw badRequest(problems);
      if (request.held) {
        const existing = new Map((await lessons.marksOfLesson(tx, lesson.id)).map((m) => [m.pupil_id, m]));
        const notices = coveringNotices(await lessons.noticesOn(tx, pupils.map((p) => p.id), lesson.date), lesson);
        const toSave = marksToSave(pupils.map((p) => p.id), request.marks, existing, notices);
        await lessons.upsertMarks(tx, { id: lesson.id, schoolId: lesson.school_id, date: lesson.date }, toSave, actor.userId, now);
      }
      const isOwnLesson = lesson.teacher_id === actor.userId;
      const saved = await lessons.markLessonRegistered(tx, lesson.id, {
        status: request.held ? 'held' : 'not_held',
        userId: actor.userId,
        at: now,
        substituteId: isOwnLesson ? null : actor.userId,
      });
      const counts = { present: 0, absent: 0, late: 0, organised: 0 };
      if (request.held) {
        const byPupil = new Map(request.marks.map((m) => [m.pupilId, m.status]));
        for (const p of pupils) {
          const status = byPupil.get(p.id) ?? 'M';
          if (status === 'M') counts.present++;
          else if (status === 'F') counts.absent++;
          else if (status === 'S') counts.late++;
          else counts.organised++;
        }
      }
      return {
        status: 200,
        body: {
          version: saved.version,
          status: request.held ? ('held' as const) : ('not_held' as const),
          registeredAt: saved.registered_at.toISOString(),
          counts,
        },
      };
    }),
  );
  // Judged at once, after the commit; if the queue is down, the next run of housekeeping judges them.
  if (!result.replayed && pupilIds.length > 0) await queue?.send('evaluate-pupils', { pupilIds }).catch(() => undefined);
  return result;
}

export async function getLessonHistory(database: Database, actor: Actor, lessonId: number) {
  await loadLessonFor(database, actor, lessonId);
  const [rows, corrections] = await Promise.all([lessons.markHistoryOfLesson(database, lessonId), complaintsOfLesson(database, lessonId)]);
  return {
    corrections: corrections.map((c) => ({
      pupilId: c.pupil_id,
      submittedAt: c.submitted_at.toISOString(),
      claim: c.claim,
      claimMinutesLate: c.claim_minutes_late,
      explanation: c.explanation,
      status: c.status,
      decidedBy: c.decided_by_name,
      decidedAt: c.decided_at ? c.decided_at.toISOString() : null,
      decisionReason: c.decision_reason,
    })),
    entries: rows.map((r) => ({
      pupilId: r.pupil_id,
      changedAt: r.changed_at.toISOString(),
      changedBy: r.changed_by ? { id: r.changed_by, name: r.changed_by_name ?? '' } : null,
      from: { status: r.old_status, minutesLate: r.old_minutes_late, documentation: r.old_documentation },
      to: { status: r.new_status, minutesLate: r.new_minutes_late, documentation: r.new_documentation },
    })),
  };
}

