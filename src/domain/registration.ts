// What a lesson registration may contain, decided without a database: the
// caller loads the lesson, who was in the group that day, and the clock.

export type MarkStatus = 'M' | 'F' | 'S' | 'O';
export type Documentation = 'undocumented' | 'reported' | 'documented';

export interface RegistrationMark {
  pupilId: string;
  status: MarkStatus;
  minutesLate?: number | null | undefined;
}

export interface LessonForRegistration {
  date: string;
  startsAt: string; // 'HH:MM' or 'HH:MM:SS', Norwegian time
  endsAt: string;
}

/** A problem with one field of the request; `key` is a catalogue key in `errors`. */
export interface RegistrationProblem {
  path: string;
  key: string;
  params?: Record<string, string | number>;
}

/**
 * How early a lesson may be registered. Teachers register at the start of the
 * lesson; a few minutes' slack covers a clock that runs fast, but a lesson
 * later in the day or on a coming day is refused: it has not happened.
 */
export const REGISTRATION_OPENS_MINUTES_BEFORE_START = 15;

export const MAX_MINUTES_LATE = 240;

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** True when the lesson may be registered at `now` (a Norwegian date and 'HH:MM' time). */
export function lessonHasStarted(lesson: LessonForRegistration, now: { date: string; time: string }): boolean {
  if (lesson.date !== now.date) return lesson.date < now.date;
  return toMinutes(now.time) >= toMinutes(lesson.startsAt) - REGISTRATION_OPENS_MINUTES_BEFORE_START;
}

/**
 * Every problem with a registration, or none. Nothing is written unless this
 * returns an empty list: a registration is saved whole or not at all.
 */
export function checkRegistration(
  lesson: LessonForRegistration,
  marks: readonly RegistrationMark[],
  groupPupilIds: ReadonlySet<string>,
  now: { date: string; time: string },
): RegistrationProblem[] {
  const problems: RegistrationProblem[] = [];
  if (!lessonHasStarted(lesson, now)) problems.push({ path: 'params.lessonId', key: 'registration.lessonInFuture' });
  const seen = new Set<string>();
  marks.forEach((mark, i) => {
    const at = `body.marks.${i}`;
    if (!groupPupilIds.has(mark.pupilId)) problems.push({ path: `${at}.pupilId`, key: 'registration.pupilNotInGroup' });
    if (seen.has(mark.pupilId)) problems.push({ path: `${at}.pupilId`, key: 'registration.pupilTwice' });
    seen.add(mark.pupilId);
    const late = mark.minutesLate ?? null;
    if (mark.status === 'S') {
      if (late === null || !Number.isInteger(late) || late < 1 || late > MAX_MINUTES_LATE) {
        problems.push({ path: `${at}.minutesLate`, key: 'registration.minutesLateRequired', params: { max: MAX_MINUTES_LATE } });
      }
    } else if (late !== null) {
      problems.push({ path: `${at}.minutesLate`, key: 'registration.minutesLateOnlyWhenLate' });
    }
  });
  return problems;
}

export interface NoticeForLesson {
  id: string;
  fromDate: string;
  toDate: string;
  /** Null: whole days. */
  periods: readonly number[] | null;
  kind: 'absence' | 'leave_request';
  status: 'submitted' | 'approved' | 'refused' | 'withdrawn';
  reasonCode: string;
}

/**
 * Whether a notice from home covers a lesson. A notice of absence counts from
 * the moment it is sent; a leave request only once it is approved.
 */
export function noticeCovers(notice: NoticeForLesson, lesson: { date: string; period: number }): boolean {
  if (notice.status === 'refused' || notice.status === 'withdrawn') return false;
  if (notice.kind === 'leave_request' && notice.status !== 'approved') return false;
  if (lesson.date < notice.fromDate || lesson.date > notice.toDate) return false;
  return notice.periods === null || notice.periods.includes(lesson.period);
}

/** How a notice pre-fills a lesson: absent, reported by home (leave: documented), with its reason. */
export function markFromNotice(notice: NoticeForLesson): { status: 'F'; documentation: Documentation; reasonCode: string } {
  return {
    status: 'F',
    documentation: notice.kind === 'leave_request' ? 'documented' : 'reported',
    reasonCode: notice.reasonCode,
  };
}
