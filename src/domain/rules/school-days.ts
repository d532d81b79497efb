// Counting in school days: when a concern must be acted on, how far into a
// term the as-of date is, how many school days a rolling window reaches back.
// Weekends and the calendar's holidays are skipped; past the calendar's last
// day (the summer) weekdays are counted, since no holidays are known there.
import type { Due } from './policy-schema.js';
import { isWeekend, schoolDays, type SchoolCalendar } from '../school-calendar.js';

const DAY_MS = 86_400_000;

/**
 * Adds whole days to a 'YYYY-MM-DD' date. The same as the calendar's
 * addDaysTo, in UTC arithmetic: rolling windows shift a date for every school
 * day of every pupil, and parsing and formatting with date-fns each time
 * showed in the profile.
 */
export function shiftDate(date: string, days: number): string {
  const time = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * DAY_MS;
  return new Date(time).toISOString().slice(0, 10);
}

export interface SchoolDayIndex {
  readonly calendar: SchoolCalendar;
  /** The calendar's school days in order. */
  readonly days: readonly string[];
}

// The list is a few hundred dates built with date-fns; the command and the
// nightly run judge thousands of pupils against one calendar, so it is built
// once per calendar: by object, and by content for calendars read anew from
// the database for every batch of pupils.
const cache = new WeakMap<SchoolCalendar, SchoolDayIndex>();
const byContent = new Map<string, readonly string[]>();
const MAX_CALENDARS = 256;

export function schoolDayIndex(calendar: SchoolCalendar): SchoolDayIndex {
  let index = cache.get(calendar);
  if (index === undefined) {
    const key = JSON.stringify([calendar.startsOn, calendar.endsOn, calendar.holidays.map((h) => [h.startsOn, h.endsOn])]);
    let days = byContent.get(key);
    if (days === undefined) {
      days = schoolDays(calendar);
      if (byContent.size >= MAX_CALENDARS) byContent.delete(byContent.keys().next().value as string);
      byContent.set(key, days);
    }
    index = { calendar, days };
    cache.set(calendar, index);
  }
  return index;
}

/** Index of the first school day on or after `date` (days.length when none). */
export function firstAtOrAfter(index: SchoolDayIndex, date: string): number {
  const { days } = index;
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as string) < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** School days from `from` to `to`, both included. */
export function countSchoolDays(index: SchoolDayIndex, from: string, to: string): number {
  if (to < from) return 0;
  return firstAtOrAfter(index, shiftDate(to, 1)) - firstAtOrAfter(index, from);
}

/** The school days from `from` to `to`, both included, in order. */
export function schoolDaysBetween(index: SchoolDayIndex, from: string, to: string): string[] {
  if (to < from) return [];
  return index.days.slice(firstAtOrAfter(index, from), firstAtOrAfter(index, shiftDate(to, 1)));
}

/** Saturday or Sunday, in UTC arithmetic (see shiftDate). */
function isWeekendDay(date: string): boolean {
  const weekday = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))).getUTCDay();
  return weekday === 0 || weekday === 6;
}

function nextWeekday(date: string): string {
  let day = shiftDate(date, 1);
  while (isWeekendDay(day)) day = shiftDate(day, 1);
  return day;
}

/**
 * The `n`-th school day after `date` (n >= 1), or the first school day on or
 * after it for n = 0.
 */
export function schoolDayAfter(index: SchoolDayIndex, date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Count school days with a whole number, 0 or more; got ${n}.`);
  const { days } = index;
  const first = n === 0 ? firstAtOrAfter(index, date) : firstAtOrAfter(index, shiftDate(date, 1));
  const target = first + Math.max(n - 1, 0);
  if (target < days.length) return days[target] as string;
  // Past the calendar: count weekdays from its last school day (or from the date, if later).
  const last = days[days.length - 1];
  let day = last !== undefined && last > date ? last : date;
  let left = target - (days.length - 1);
  if (last === undefined || last < date) {
    // The date itself is beyond the calendar: it counts for n = 0 when a weekday.
    if (n === 0 && !isWeekend(date)) return date;
    left = Math.max(n, 1);
  }
  while (left > 0) {
    day = nextWeekday(day);
    left--;
  }
  return day;
}

/** By when something due `due` from `asOf` is to be done: the same (school) day, or within N school days. */
export function dueDate(index: SchoolDayIndex, asOf: string, due: Due): string {
  return schoolDayAfter(index, asOf, due === 'sameDay' ? 0 : due.schoolDays);
}
