// Dates and times as the school sees them: Norwegian wall-clock time, whatever
// the device's own time zone, and days written 'YYYY-MM-DD' as the API does.
import type { Locale } from '../../../contracts/locale';

const SCHOOL_TIME_ZONE = 'Europe/Oslo';
const intlLocale: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

function osloParts(instant: Date): Record<string, string> {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: SCHOOL_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  return Object.fromEntries(parts.map((p) => [p.type, p.value]));
}

/** Today's date at the school. */
export function schoolToday(now: Date = new Date()): string {
  const p = osloParts(now);
  return `${p.year}-${p.month}-${p.day}`;
}

/** 'HH:MM' at the school, for an instant from the API. */
export function schoolClock(iso: string | Date): string {
  const p = osloParts(typeof iso === 'string' ? new Date(iso) : iso);
  return `${p.hour}:${p.minute}`;
}

/** 'HH:MM:SS' or 'HH:MM' from the API → 'HH:MM'. */
export const shortTime = (time: string) => time.slice(0, 5);

/** Noon UTC on the day: safe from time-zone and daylight-saving edges when counting days. */
const noonOf = (day: string) => new Date(`${day}T12:00:00Z`);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  const date = noonOf(day);
  date.setUTCDate(date.getUTCDate() + days);
  return dayOf(date);
}

/** 1 Monday … 7 Sunday. */
export function isoWeekday(day: string): number {
  return ((noonOf(day).getUTCDay() + 6) % 7) + 1;
}

/** The next (or previous) weekday: schools have no lessons on Saturdays and Sundays. */
export function stepSchoolDay(day: string, direction: 1 | -1): string {
  let next = addDays(day, direction);
  while (isoWeekday(next) > 5) next = addDays(next, direction);
  return next;
}

export const isIsoDate = (value: string | null): value is string =>
  value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(noonOf(value).getTime()) && dayOf(noonOf(value)) === value;

/** «mandag 23. november» (with the year when it is not this year's). */
export function longDate(day: string, locale: Locale, withYear = false): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(noonOf(day));
}

/** «man. 23.11.» : short enough for a table cell on a phone. */
export function shortDate(day: string, locale: Locale): string {
  const weekday = new Intl.DateTimeFormat(intlLocale[locale], { weekday: 'short', timeZone: 'UTC' }).format(noonOf(day));
  const [, month, date] = day.split('-');
  return `${weekday} ${date}.${month}.`;
}

/** «23.–29. november 2026», the dates of a week. */
export function dateRange(from: string, to: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(
    noonOf(from),
    noonOf(to),
  );
}
