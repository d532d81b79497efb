// Numbers and dates the way each UI language writes them: decimal comma and
// «man. 9. nov.» in bokmål and nynorsk, «Mon 9 Nov» in English. Dates from the
// API are calendar dates ('YYYY-MM-DD'): formatted in UTC, so no time zone
// moves them a day.
import type { Locale } from '../../../contracts/locale';

const tags: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

export interface Formatter {
  locale: Locale;
  /** 5.6995 → «5,7 %»; rounded for display only, thresholds compare the exact number. */
  percent(value: number): string;
  /** A threshold as the rules say it: «5 %», «10 %». */
  threshold(value: number): string;
  /** Whole numbers and counts. */
  integer(value: number): string;
  /** Hours: at most one decimal, «3,5», «6». */
  hours(value: number): string;
  /** «man. 9. nov.» */
  day(isoDate: string): string;
  /** «9. nov. 2026» */
  date(isoDate: string): string;
  /** '2026-10' → «oktober 2026» */
  month(isoMonth: string): string;
  compareText(a: string, b: string): number;
}

function utcDate(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(isoDate);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3] ?? '1')));
}

function build(locale: Locale): Formatter {
  const tag = tags[locale];
  const percentFormat = new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const thresholdFormat = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const integerFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const hoursFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const dayFormat = new Intl.DateTimeFormat(tag, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const dateFormat = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const collator = new Intl.Collator(tag, { sensitivity: 'base', numeric: true });
  const dated = (format: Intl.DateTimeFormat) => (iso: string) => {
    const d = utcDate(iso);
    return d ? format.format(d) : iso;
  };
  return {
    locale,
    percent: (value) => percentFormat.format(value / 100),
    threshold: (value) => thresholdFormat.format(value / 100),
    integer: (value) => integerFormat.format(value),
    hours: (value) => hoursFormat.format(value),
    day: dated(dayFormat),
    date: dated(dateFormat),
    month: dated(monthFormat),
    compareText: (a, b) => collator.compare(a, b),
  };
}

const cache = new Map<Locale, Formatter>();

/** One formatter per language, made once. */
export function formatterFor(locale: Locale): Formatter {
  let formatter = cache.get(locale);
  if (!formatter) {
    formatter = build(locale);
    cache.set(locale, formatter);
  }
  return formatter;
}
