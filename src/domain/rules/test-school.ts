// Builders for readable rule tests: a pupil with a full timetable on every
// school day of a span, present everywhere, then made absent or late where a
// test needs it. Test support only; nothing in the product imports it.
import type { Documentation, MarkForFigures, MarkStatus } from '../figures/types.js';
import { norwegianSchoolYear, type SchoolCalendar } from '../school-calendar.js';
import { schoolDayIndex, schoolDaysBetween } from './school-days.js';

/** 2026/27: first school day Tuesday 18 August, autumn break 28 September to 2 October, autumn term to 18 December. */
export const CALENDAR: SchoolCalendar = norwegianSchoolYear(2026);
export const AUTUMN = CALENDAR.terms[0];
export const SPRING = CALENDAR.terms[1];

/** One subject a period: period 1 Norwegian, 2 maths, 3 English, 4 science, 5 social studies, then again. */
export const SUBJECTS = ['NOR', 'MAT', 'ENG', 'NAT', 'SAM'] as const;

export function schoolDaysOf(from: string, to: string, calendar: SchoolCalendar = CALENDAR): string[] {
  return schoolDaysBetween(schoolDayIndex(calendar), from, to);
}

let nextLessonId = 1;

export class Pupil {
  private readonly byKey = new Map<string, MarkForFigures>();
  readonly days: string[];

  /** Present at `lessonsPerDay` lessons of 45 minutes on every school day from `from` to `to`. */
  constructor(
    from: string,
    to: string,
    readonly lessonsPerDay = 5,
    calendar: SchoolCalendar = CALENDAR,
  ) {
    this.days = schoolDaysOf(from, to, calendar);
    for (const date of this.days) {
      for (let period = 1; period <= lessonsPerDay; period++) {
        const code = SUBJECTS[(period - 1) % SUBJECTS.length] as string;
        this.byKey.set(`${date}|${period}`, {
          lessonId: nextLessonId++,
          date,
          period,
          subjectId: `subject-${code}`,
          subjectCode: code,
          teacherId: 'teacher-1',
          lessonStatus: 'held',
          durationMinutes: 45,
          status: 'M',
          minutesLate: null,
          documentation: 'undocumented',
          reasonCode: null,
        });
      }
    }
  }

  private set(date: string, period: number, status: MarkStatus, documentation: Documentation, minutesLate: number | null) {
    const mark = this.byKey.get(`${date}|${period}`);
    if (mark === undefined) throw new Error(`The pupil has no lesson ${date} period ${period}.`);
    this.byKey.set(`${date}|${period}`, { ...mark, status, documentation, minutesLate });
    return this;
  }

  /** Absent from every lesson of each day. */
  absentDays(dates: readonly string[], documentation: Documentation = 'undocumented'): this {
    for (const date of dates) for (let p = 1; p <= this.lessonsPerDay; p++) this.set(date, p, 'F', documentation, null);
    return this;
  }

  /** Absent from the given periods of a day. */
  absentLessons(date: string, periods: readonly number[], documentation: Documentation = 'undocumented'): this {
    for (const p of periods) this.set(date, p, 'F', documentation, null);
    return this;
  }

  /** Absent from one period on each of the days: single lessons. */
  absentPeriodOn(dates: readonly string[], period: number, documentation: Documentation = 'undocumented'): this {
    for (const date of dates) this.set(date, period, 'F', documentation, null);
    return this;
  }

  /** Late for the first lesson of each day. */
  lateOn(dates: readonly string[], minutes = 10): this {
    for (const date of dates) this.set(date, 1, 'S', 'undocumented', minutes);
    return this;
  }

  marks(): MarkForFigures[] {
    return [...this.byKey.values()];
  }
}
