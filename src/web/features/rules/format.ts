// The figures' number and date formats, and the few the rules need beside
// them: «11. desember», a moment in Norwegian time, «1. mars» from '03-01', and
// «kontaktlærer og foresatte».
import type { Locale } from '../../../contracts/locale';
import { formatterFor as figuresFormatterFor, type Formatter as FiguresFormatter } from '../figures/format';

const tags: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

export interface Formatter extends FiguresFormatter {
  /** «18. aug.» */
  shortDay(isoDate: string): string;
  /** «11. desember» */
  longDay(isoDate: string): string;
  /** An ISO timestamp as «1. des. 2026, 20:34» in Europe/Oslo, whatever the browser's zone. */
  dateTime(iso: string): string;
  /** 'MM-DD' → «1. mars» */
  monthDay(monthDay: string): string;
  /** «kontaktlærer og foresatte», «a, b and c» */
  list(items: readonly string[]): string;
}

function utc(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

function build(locale: Locale): Formatter {
  const tag = tags[locale];
  const longDay = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  const shortDay = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Oslo' });
  const list = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
  return {
    ...figuresFormatterFor(locale),
    shortDay: (iso) => {
      const d = utc(iso);
      return d ? shortDay.format(d) : iso;
    },
    longDay: (iso) => {
      const d = utc(iso);
      return d ? longDay.format(d) : iso;
    },
    dateTime: (iso) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
    },
    monthDay: (md) => {
      const d = utc(`2001-${md}`);
      return d ? longDay.format(d) : md;
    },
    list: (items) => list.format(items),
  };
}

const cache = new Map<Locale, Formatter>();

export function formatterFor(locale: Locale): Formatter {
  let formatter = cache.get(locale);
  if (!formatter) {
    formatter = build(locale);
    cache.set(locale, formatter);
  }
  return formatter;
}

/** The first letter in upper case, for a phrase that starts a line. */
export function capitalise(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(tags[locale]) + text.slice(1);
}
