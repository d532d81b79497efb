// A pupil's school year so far at a glance, for the charts of the pupil's
// page: every school day with its absence and documentation, absence by
// weekday and lesson, and week by week. Only held lessons count, as in the
// figures; the days are the figures' own day table.
import { dayFactsOf } from '../day-facts.js';
import type { SchoolCalendar } from '../school-calendar.js';
import { isWholeDayAbsent, pupilDays } from './days.js';
import type { Documentation, MarkForFigures } from './types.js';

export interface YearDay {
  date: string;
  held: number;
  absent: number;
  /** Lessons arrived late to. */
  late: number;
  /** The least documented absent lesson of the day; null when not absent. */
  documentation: Documentation | null;
  whole: boolean;
}

export interface GridCell {
  /** 1 Monday ... 5 Friday (6 and 7 if the school has weekend lessons). */
  weekday: number;
  period: number;
  held: number;
  absent: number;
}

export interface WeekTally {
  /** The week's Monday. */
  monday: string;
  held: number;
  absent: number;
  /** School days in the week with held lessons for the pupil. */
  days: number;
}

export interface PupilYear {
  days: YearDay[];
  /** Every weekday and period with held lessons, by weekday then period. */
  grid: GridCell[];
  /** Every week with held lessons, in order. */
  weeks: WeekTally[];
}

export function pupilYear(marks: Iterable<MarkForFigures>, calendar: SchoolCalendar, asOf: string): PupilYear {
  const inYear: MarkForFigures[] = [];
  const cells = new Map<number, GridCell>();
  for (const mark of marks) {
    if (mark.lessonStatus !== 'held' || mark.date < calendar.startsOn || mark.date > asOf) continue;
    inYear.push(mark);
    const weekday = dayFactsOf(mark.date).weekday;
    const key = weekday * 32 + mark.period;
    let cell = cells.get(key);
    if (cell === undefined) {
      cell = { weekday, period: mark.period, held: 0, absent: 0 };
      cells.set(key, cell);
    }
    cell.held++;
    if (mark.status === 'F') cell.absent++;
  }
  const days: YearDay[] = [];
  const weeks: WeekTally[] = [];
  for (const day of pupilDays(inYear)) {
    days.push({
      date: day.date,
      held: day.heldLessons,
      absent: day.absentLessons,
      late: day.lateArrivals,
      documentation: day.leastDocumentation,
      whole: isWholeDayAbsent(day),
    });
    const monday = dayFactsOf(day.date).monday;
    let week = weeks[weeks.length - 1];
    if (week === undefined || week.monday !== monday) {
      week = { monday, held: 0, absent: 0, days: 0 };
      weeks.push(week);
    }
    week.held += day.heldLessons;
    week.absent += day.absentLessons;
    week.days++;
  }
  const grid = [...cells.values()].sort((a, b) => a.weekday - b.weekday || a.period - b.period);
  return { days, grid, weeks };
}
