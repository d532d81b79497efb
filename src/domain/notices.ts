// Notices from home: what a guardian or an adult pupil may report, and when.
import { addDays, differenceInCalendarDays, parseISO, format } from 'date-fns';
import type { RegistrationProblem } from './registration.js';

/**
 * The reasons a guardian or pupil may give. Medical documentation and the
 * regulation's exempt categories are set by the school, not by the home.
 */
export const HOME_REASONS = {
  absence: ['health_self_reported', 'family_reasons', 'other'],
  leave_request: ['family_reasons', 'religious_holiday', 'voluntary_work', 'political_or_union_work', 'driving_test', 'legal_appearance', 'other'],
} as const;

/** A notice may span at most this many calendar days; longer absence is a matter for a meeting. */
export const MAX_NOTICE_DAYS = 60;
/** Leave is asked for ahead of time; this far ahead at most. */
export const MAX_DAYS_AHEAD = 365;

export interface NoticeRequest {
  kind: 'absence' | 'leave_request';
  fromDate: string;
  toDate: string;
  periods?: readonly number[] | null | undefined;
  reasonCode: string;
}

/**
 * Problems with a notice from home. A notice of absence is for today or days
 * to come (absence already past is documented by the contact teacher); a
 * leave request must be sent before the first day it asks for.
 */
export function checkNotice(request: NoticeRequest, today: string): RegistrationProblem[] {
  const problems: RegistrationProblem[] = [];
  if (request.toDate < request.fromDate) problems.push({ path: 'body.toDate', key: 'notices.toBeforeFrom' });
  if (request.kind === 'absence' && request.fromDate < today) problems.push({ path: 'body.fromDate', key: 'notices.inThePast' });
  if (request.kind === 'leave_request' && request.fromDate <= today) {
    problems.push({ path: 'body.fromDate', key: 'notices.leaveAhead' });
  }
  const span = differenceInCalendarDays(parseISO(request.toDate), parseISO(request.fromDate)) + 1;
  if (span > MAX_NOTICE_DAYS) problems.push({ path: 'body.toDate', key: 'notices.tooLong', params: { max: MAX_NOTICE_DAYS } });
  const latest = format(addDays(parseISO(today), MAX_DAYS_AHEAD), 'yyyy-MM-dd');
  if (request.fromDate > latest) problems.push({ path: 'body.fromDate', key: 'notices.tooFarAhead' });
  if (request.periods && new Set(request.periods).size !== request.periods.length) {
    problems.push({ path: 'body.periods', key: 'notices.periodTwice' });
  }
  if (!(HOME_REASONS[request.kind] as readonly string[]).includes(request.reasonCode)) {
    problems.push({ path: 'body.reasonCode', key: 'notices.reasonNotAllowed' });
  }
  return problems;
}

/** A notice may be withdrawn by the home until its first day has passed, unless it was decided. */
export function canWithdraw(notice: { status: string; fromDate: string }, today: string): boolean {
  return notice.status === 'submitted' && notice.fromDate >= today;
}

/**
 * Who reports for a pupil: the guardians with parental responsibility while
 * the pupil is under 18, and from 18 the pupil alone.
 */
export function mayReportFor(relation: { self: boolean; birthDate: string }, today: string, isAdult: (birthDate: string, day: string) => boolean): boolean {
  const adult = isAdult(relation.birthDate, today);
  return relation.self ? adult : !adult;
}
