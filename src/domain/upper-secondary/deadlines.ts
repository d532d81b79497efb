// The dates around a mark: by when absence must be documented, and until when
// the pupil may contest a recorded absence.
//
// Neither is set by the regulation. § 9-9 fifth paragraph (privatskoleforskrifta
// § 6-9) asks that absence is documented every half-year, so we never let a
// deadline run past the end of the term the lesson was in; the rest is the
// school owner's choice, and so configurable. Contesting a recorded mark is a
// request to correct a recording error (§ 9-9 third paragraph: errors are
// corrected and attested), not a complaint under chapter 10: four weeks is a
// common local rule, not the regulation's.
import { addDays, addWeeks, format, parseISO } from 'date-fns';
import type { SchoolCalendar } from '../school-calendar.js';
import { isSchoolDay } from '../school-calendar.js';
import { schoolDayAfter, schoolDayIndex } from '../rules/school-days.js';

export interface Period {
  amount: number;
  unit: 'school_days' | 'calendar_days' | 'weeks';
}

export interface DocumentationDeadlinePolicy {
  within: Period;
  /** Not later than the last day of the term (half-year) the lesson was in (§ 9-9 fifth paragraph). */
  notAfterTermEnd: boolean;
}

export interface ComplaintWindowPolicy {
  within: Period;
  /** A window that closes on a day without school closes on the next school day instead. */
  extendToSchoolDay: boolean;
}

/** Ten school days, and within the term: our default; the owner sets its own. */
export const DEFAULT_DOCUMENTATION_DEADLINE: DocumentationDeadlinePolicy = { within: { amount: 10, unit: 'school_days' }, notAfterTermEnd: true };
/** Four weeks from the lesson: common in the counties' local rules. */
export const DEFAULT_COMPLAINT_WINDOW: ComplaintWindowPolicy = { within: { amount: 4, unit: 'weeks' }, extendToSchoolDay: true };

const day = (d: Date) => format(d, 'yyyy-MM-dd');

function checkPeriod(period: Period): void {
  if (!Number.isInteger(period.amount) || period.amount < 0) {
    throw new RangeError(`A period is a whole number of ${period.unit}, 0 or more; got ${period.amount}.`);
  }
}

/** The day `period` after `from`: school days skip weekends and the calendar's holidays; weeks and days are calendar time. */
export function after(from: string, period: Period, calendar: SchoolCalendar): string {
  checkPeriod(period);
  switch (period.unit) {
    case 'school_days':
      return schoolDayAfter(schoolDayIndex(calendar), from, period.amount);
    case 'calendar_days':
      return day(addDays(parseISO(from), period.amount));
    case 'weeks':
      return day(addWeeks(parseISO(from), period.amount));
  }
}

/** The last day the absence of a lesson on `lessonDate` can be documented. */
export function documentationDeadline(lessonDate: string, policy: DocumentationDeadlinePolicy, calendar: SchoolCalendar): string {
  const deadline = after(lessonDate, policy.within, calendar);
  if (!policy.notAfterTermEnd) return deadline;
  const term = calendar.terms.find((t) => lessonDate >= t.startsOn && lessonDate <= t.endsOn);
  return term !== undefined && term.endsOn < deadline ? term.endsOn : deadline;
}

/** Whether absence on `lessonDate` can still be documented on `asOf`. */
export function canStillDocument(lessonDate: string, asOf: string, policy: DocumentationDeadlinePolicy, calendar: SchoolCalendar): boolean {
  return asOf <= documentationDeadline(lessonDate, policy, calendar);
}

export interface ComplaintWindow {
  opensOn: string;
  /** The last day a complaint is in time. */
  closesOn: string;
}

/** The window for contesting a mark, counted from the day the pupil could see it (the lesson, or a later change). */
export function complaintWindow(from: string, policy: ComplaintWindowPolicy, calendar: SchoolCalendar): ComplaintWindow {
  let closesOn = after(from, policy.within, calendar);
  if (policy.extendToSchoolDay && closesOn >= calendar.startsOn && closesOn <= calendar.endsOn && !isSchoolDay(calendar, closesOn)) {
    closesOn = schoolDayAfter(schoolDayIndex(calendar), closesOn, 0);
  }
  return { opensOn: from, closesOn };
}

export function isInTime(filedOn: string, window: ComplaintWindow): boolean {
  return filedOn >= window.opensOn && filedOn <= window.closesOn;
}
