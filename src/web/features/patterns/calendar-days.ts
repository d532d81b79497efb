// The school year as months of weeks of school days, each day classified for
// the calendar: a holiday, not yet, no lessons, present, late, or absent for
// part of the day or all of it, with its documentation.
import { getISOWeek } from 'date-fns';
import type { Holiday, YearDay } from '../../../contracts/patterns';

export type DayKind = 'holiday' | 'future' | 'none' | 'present' | 'late' | 'partial' | 'whole';

export interface CalendarDay {
  date: string;
  /** Day of the month. */
  dayOfMonth: number;
  kind: DayKind;
  day?: YearDay;
  holiday?: Holiday;
}

export interface CalendarWeek {
  week: number;
  /** Monday to Friday; null where the day is in another month. */
  days: (CalendarDay | null)[];
}

export interface CalendarMonth {
  /** 'YYYY-MM' */
  month: string;
  weeks: CalendarWeek[];
}

const DAY_MS = 86_400_000;
const toTime = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const toDate = (time: number) => new Date(time).toISOString().slice(0, 10);

export function classifyDay(date: string, day: YearDay | undefined, holiday: Holiday | undefined, asOf: string): DayKind {
  if (holiday) return 'holiday';
  if (date > asOf) return 'future';
  if (!day) return 'none';
  if (day.whole) return 'whole';
  if (day.absent > 0) return 'partial';
  if (day.late > 0) return 'late';
  return 'present';
}

/** Every month of the school year, its weekdays in weeks; weekends are left out, as there is no school. */
export function calendarMonths(from: string, to: string, days: readonly YearDay[], holidays: readonly Holiday[], asOf: string): CalendarMonth[] {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const holidayOn = (date: string) => holidays.find((h) => date >= h.startsOn && date <= h.endsOn);
  const months: CalendarMonth[] = [];
  for (let time = toTime(`${from.slice(0, 7)}-01`); toDate(time) <= to; ) {
    const date = toDate(time);
    const weekday = (new Date(time).getUTCDay() + 6) % 7; // 0 Monday
    const monthKey = date.slice(0, 7);
    let month = months[months.length - 1];
    if (month?.month !== monthKey) {
      month = { month: monthKey, weeks: [] };
      months.push(month);
    }
    if (weekday < 5) {
      let week = month.weeks[month.weeks.length - 1];
      const isoWeek = getISOWeek(new Date(time + 12 * 3_600_000));
      if (week?.week !== isoWeek) {
        week = { week: isoWeek, days: [null, null, null, null, null] };
        month.weeks.push(week);
      }
      const inYear = date >= from && date <= to;
      if (inYear) {
        const day = byDate.get(date);
        const holiday = holidayOn(date);
        week.days[weekday] = {
          date,
          dayOfMonth: Number(date.slice(8, 10)),
          kind: classifyDay(date, day, holiday, asOf),
          ...(day ? { day } : {}),
          ...(holiday ? { holiday } : {}),
        };
      }
    }
    time += DAY_MS;
    if (toDate(time).slice(0, 7) !== monthKey) {
      // Drop the month's trailing week if it holds no day of the school year.
      month.weeks = month.weeks.filter((w) => w.days.some((d) => d !== null));
    }
  }
  return months.filter((m) => m.weeks.length > 0);
}
