// The weeks of the school year so far for the weekly line: every week from
// the first to the as-of day's, with the pupil's share of lessons missed, or
// the holiday that took the week.
import type { Holiday, WeekTally } from '../../../contracts/patterns';

export interface WeekPoint {
  index: number;
  monday: string;
  /** ISO week number. */
  week: number;
  /** Percent of the week's held lessons missed; null in a week without lessons. */
  percent: number | null;
  held: number;
  absent: number;
  /** The holiday that covers the week's weekdays (at least three of them), if any. */
  holiday: Holiday | null;
}

const DAY_MS = 86_400_000;
const toTime = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const toDate = (time: number) => new Date(time).toISOString().slice(0, 10);

function isoWeek(time: number): number {
  const date = new Date(time);
  const thursday = time + (3 - ((date.getUTCDay() + 6) % 7)) * DAY_MS;
  const yearStart = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  return Math.floor((thursday - yearStart) / (7 * DAY_MS)) + 1;
}

function weekdaysIn(holiday: Holiday, monday: number): number {
  let count = 0;
  for (let d = 0; d < 5; d++) {
    const date = toDate(monday + d * DAY_MS);
    if (date >= holiday.startsOn && date <= holiday.endsOn) count++;
  }
  return count;
}

export function weekPoints(from: string, asOf: string, weeks: readonly WeekTally[], holidays: readonly Holiday[]): WeekPoint[] {
  const byMonday = new Map(weeks.map((w) => [w.monday, w]));
  const start = toTime(from);
  const firstMonday = start - ((new Date(start).getUTCDay() + 6) % 7) * DAY_MS;
  const points: WeekPoint[] = [];
  for (let monday = firstMonday, index = 0; toDate(monday) <= asOf; monday += 7 * DAY_MS, index++) {
    const key = toDate(monday);
    const tally = byMonday.get(key);
    const holiday = holidays.find((h) => weekdaysIn(h, monday) >= 3) ?? null;
    points.push({
      index,
      monday: key,
      week: isoWeek(monday),
      percent: tally && tally.held > 0 ? (tally.absent * 100) / tally.held : null,
      held: tally?.held ?? 0,
      absent: tally?.absent ?? 0,
      holiday,
    });
  }
  return points;
}
