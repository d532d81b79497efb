// When a file gives a period but no times, the lesson gets the times of a
// typical Norwegian school day: period 1 from 08:15, 45-minute lessons, 10
// minutes between them. Schools whose day differs give `start` and `end`.
import type { RowReader } from './row-reader.js';
import { readTime } from './values.js';

export const DEFAULT_DAY = { firstStart: 8 * 60 + 15, lessonMinutes: 45, breakMinutes: 10 } as const;

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Start and end ('HH:MM') of a period in the default day. Period 16 ends at 22:45. */
export function defaultPeriodTimes(period: number): { startsAt: string; endsAt: string } {
  const start = DEFAULT_DAY.firstStart + (period - 1) * (DEFAULT_DAY.lessonMinutes + DEFAULT_DAY.breakMinutes);
  return { startsAt: clock(start), endsAt: clock(start + DEFAULT_DAY.lessonMinutes) };
}

/** The rows' own times when given, else the default period table's. */
export function lessonTimes(period: number, startsAt: string | null, endsAt: string | null) {
  return startsAt && endsAt ? { startsAt, endsAt } : defaultPeriodTimes(period);
}

/** The optional start and end columns of a row: both or neither, end after start. */
export function readStartEnd(row: RowReader): { startsAt: string | null; endsAt: string | null } {
  const startsAt = row.value('start', readTime);
  const endsAt = row.value('end', readTime);
  if (row.has('start') !== row.has('end')) {
    row.report(row.has('start') ? 'end' : 'start', 'row.startAndEndTogether');
    return { startsAt: null, endsAt: null };
  }
  if (startsAt && endsAt && endsAt <= startsAt) {
    row.report('end', 'row.endBeforeStart', { start: startsAt, end: endsAt });
    return { startsAt: null, endsAt: null };
  }
  return { startsAt, endsAt };
}
