// Counting follow-up deadlines in school days across school years: a case
// opened in June has its next deadline in August, not in the summer holiday.
// The index reuses the rules' school-day arithmetic over the school days of
// consecutive years, taken from the owner's calendars where known.
import { schoolDayOf } from '../dates.js';
import { norwegianSchoolYear, schoolDays, schoolYearStartYearFor, type SchoolCalendar } from '../school-calendar.js';
import { firstAtOrAfter, schoolDayAfter, type SchoolDayIndex } from '../rules/school-days.js';
import { spanInSchoolDays, type Span } from './staircase-schema.js';

/** The calendar of the school year starting in `startYear`: the owner's where known, else the typical Norwegian year. */
export type CalendarFor = (startYear: number) => SchoolCalendar;

export const typicalCalendars: CalendarFor = (startYear) => norwegianSchoolYear(startYear);

/** How many school years past the first the index reaches: more than any staircase needs. */
const YEARS_AHEAD = 2;

export interface FollowUpDays {
  readonly index: SchoolDayIndex;
  /** The n-th school day after `date` (n >= 1), or the first school day on or after it for n = 0. */
  after(date: string, n: number): string;
  /** When a span counted from `date` ends: the same (school) day for "sameDay". */
  addSpan(date: string, span: Span): string;
  /** The n-th school day before `date` (n >= 1), not before the first day of the index. */
  before(date: string, n: number): string;
  isSchoolDay(date: string): boolean;
}

// Building three school years of days takes a while with date-fns; a server
// computes many cases against the same calendars, so they are kept per year.
const cache = new WeakMap<CalendarFor, Map<number, FollowUpDays>>();

/** School days from the school year of `from` and the two after it. */
export function followUpDays(from: string, calendarFor: CalendarFor = typicalCalendars): FollowUpDays {
  const first = schoolYearStartYearFor(from);
  let byYear = cache.get(calendarFor);
  if (byYear === undefined) {
    byYear = new Map();
    cache.set(calendarFor, byYear);
  }
  let days = byYear.get(first);
  if (days === undefined) {
    days = buildDays(first, calendarFor);
    byYear.set(first, days);
  }
  return days;
}

function buildDays(first: number, calendarFor: CalendarFor): FollowUpDays {
  const calendars = Array.from({ length: YEARS_AHEAD + 1 }, (_, i) => calendarFor(first + i));
  const days = calendars.flatMap((calendar) => schoolDays(calendar));
  const index: SchoolDayIndex = { calendar: calendars[0] as SchoolCalendar, days };
  const set = new Set(days);
  return {
    index,
    after: (date, n) => schoolDayAfter(index, date, n),
    addSpan: (date, span) => schoolDayAfter(index, date, spanInSchoolDays(span)),
    before: (date, n) => days[Math.max(firstAtOrAfter(index, date) - n, 0)] ?? date,
    isSchoolDay: (date) => set.has(date),
  };
}

/** The Norwegian date of an event's time. */
export const dateOf = (instant: string): string => schoolDayOf(new Date(instant));
