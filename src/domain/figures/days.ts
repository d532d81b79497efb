// The pupil's school days, one entry per date with at least one held lesson,
// and the day-level patterns the contact teacher and the rules engine look for
// (Troms and Udir: single days, long absence, leaving during the day; Lyngen
// and others: consecutive days). Every pattern returns the dates that make it,
// because every pattern shown must point at its dates (DOMAIN.md).
import type { Documentation, FiguresWindow, MarkForFigures } from './types.js';

/**
 * One date on which the pupil was expected at at least one held lesson.
 * Days are the pupil's own: a day with lessons for the class but none for the
 * pupil (or only lessons that were not held) is not a school day here, which is
 * what lets runs of absence span weekends and holidays.
 */
export interface PupilDay {
  readonly date: string;
  readonly heldLessons: number;
  readonly absentLessons: number;
  readonly absentMinutes: number;
  /** The latest period the pupil was present at (M, S or O); null when never present. */
  readonly lastPresentPeriod: number | null;
  /** The earliest period the pupil was absent from; null when not absent. */
  readonly firstAbsentPeriod: number | null;
  /** The least documented absent lesson of the day; null when not absent. */
  readonly leastDocumentation: Documentation | null;
}

type MutableDay = { -readonly [K in keyof PupilDay]: PupilDay[K] };

const DOCUMENTATION_RANK: Record<Documentation, number> = { undocumented: 0, reported: 1, documented: 2 };

/**
 * Builds the day table one mark at a time, so that the figures can fill it in
 * the same pass over the marks as everything else.
 * Only held lessons are taken: a lesson that was not held counts for nobody
 * (schema: lessons.status), and a planned one has not been registered yet.
 */
export class DayTable {
  private readonly byDate = new Map<string, MutableDay>();
  private readonly list: MutableDay[] = [];
  private last: MutableDay | undefined;
  private inOrder = true;
  private sorted: readonly PupilDay[] | undefined;

  add(mark: MarkForFigures): void {
    if (mark.lessonStatus !== 'held') return;
    let day = this.last;
    // Marks usually come ordered by date, so the previous mark's day is
    // nearly always the right one and the map lookup is skipped.
    if (day === undefined || day.date !== mark.date) {
      day = this.byDate.get(mark.date);
      if (day === undefined) {
        day = {
          date: mark.date,
          heldLessons: 0,
          absentLessons: 0,
          absentMinutes: 0,
          lastPresentPeriod: null,
          firstAbsentPeriod: null,
          leastDocumentation: null,
        };
        const latest = this.list[this.list.length - 1];
        if (latest !== undefined && mark.date < latest.date) this.inOrder = false;
        this.byDate.set(mark.date, day);
        this.list.push(day);
      }
      this.last = day;
    }
    this.sorted = undefined;
    day.heldLessons += 1;
    if (mark.status === 'F') {
      day.absentLessons += 1;
      day.absentMinutes += mark.durationMinutes;
      if (day.firstAbsentPeriod === null || mark.period < day.firstAbsentPeriod) day.firstAbsentPeriod = mark.period;
      if (
        day.leastDocumentation === null ||
        DOCUMENTATION_RANK[mark.documentation] < DOCUMENTATION_RANK[day.leastDocumentation]
      ) {
        day.leastDocumentation = mark.documentation;
      }
    } else if (day.lastPresentPeriod === null || mark.period > day.lastPresentPeriod) {
      // S (late) and O (organised study) are presence, not absence.
      day.lastPresentPeriod = mark.period;
    }
  }

  /** The days in date order. */
  days(): readonly PupilDay[] {
    if (this.sorted === undefined) {
      if (!this.inOrder) this.list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      this.inOrder = true;
      this.sorted = this.list;
    }
    return this.sorted;
  }
}

/** The pupil's school days in date order, from marks in any order. */
export function pupilDays(marks: Iterable<MarkForFigures>): readonly PupilDay[] {
  const table = new DayTable();
  for (const mark of marks) table.add(mark);
  return table.days();
}

/** Absent (F) from every held lesson of the day. */
export function isWholeDayAbsent(day: PupilDay): boolean {
  return day.heldLessons > 0 && day.absentLessons === day.heldLessons;
}

/**
 * Present (M, S or O) first, then absent from every remaining lesson: at least
 * one present, at least one absent, and no presence after the first absence.
 * A pupil who skips the middle lesson and comes back has not left.
 */
export function leftDuringTheDay(day: PupilDay): boolean {
  return (
    day.lastPresentPeriod !== null && day.firstAbsentPeriod !== null && day.lastPresentPeriod < day.firstAbsentPeriod
  );
}

/** Indexes [start, end) of the days inside the window; all days without one. Days must be in date order. */
export function windowRange(days: readonly PupilDay[], window?: FiguresWindow): [number, number] {
  if (window === undefined) return [0, days.length];
  return [firstIndexAtOrAfter(days, window.from), firstIndexAfter(days, window.to)];
}

function firstIndexAtOrAfter(days: readonly PupilDay[], date: string): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as PupilDay).date < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function firstIndexAfter(days: readonly PupilDay[], date: string): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as PupilDay).date <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const wholeAt = (days: readonly PupilDay[], i: number): boolean => {
  const day = days[i];
  return day !== undefined && isWholeDayAbsent(day);
};

/** Dates absent the whole day, in order. */
export function wholeDaysAbsent(days: readonly PupilDay[], window?: FiguresWindow): string[] {
  const [start, end] = windowRange(days, window);
  const dates: string[] = [];
  for (let i = start; i < end; i++) if (wholeAt(days, i)) dates.push((days[i] as PupilDay).date);
  return dates;
}

/**
 * Runs of whole days absent on consecutive school days of the pupil, in order.
 * Consecutive means the next day the pupil had lessons, so a weekend or a
 * holiday week in between does not break a run: a pupil away Friday and
 * Monday has missed two school days in a row.
 * A run is cut at the window's edges: it counts the days inside.
 */
export function absentRuns(days: readonly PupilDay[], window?: FiguresWindow): string[][] {
  const [start, end] = windowRange(days, window);
  const runs: string[][] = [];
  let run: string[] | null = null;
  for (let i = start; i < end; i++) {
    if (wholeAt(days, i)) {
      if (run === null) {
        run = [];
        runs.push(run);
      }
      run.push((days[i] as PupilDay).date);
    } else {
      run = null;
    }
  }
  return runs;
}

/** The longest run of whole days absent (the earliest when two are as long); length 0 when none. */
export function longestAbsentRun(days: readonly PupilDay[], window?: FiguresWindow): { length: number; dates: string[] } {
  return longestOf(absentRuns(days, window));
}

/** The longest of the runs (the earliest when two are as long); length 0 when none. */
export function longestOf(runs: readonly string[][]): { length: number; dates: string[] } {
  let longest: string[] = [];
  for (const run of runs) if (run.length > longest.length) longest = run;
  return { length: longest.length, dates: longest };
}

/**
 * Whole days absent with neither neighbouring school day (the pupil's previous
 * and next day with lessons) absent the whole day: the "single days" pattern.
 * Neighbours are looked up among all the days given, also outside the window,
 * so a day at the window's edge next to an absent day just beyond it is not
 * called isolated; pass a few days either side of the window to judge its
 * edges with context. A day without a known neighbour on one side is judged
 * on the other alone.
 */
export function isolatedAbsentDays(days: readonly PupilDay[], window?: FiguresWindow): string[] {
  const [start, end] = windowRange(days, window);
  const dates: string[] = [];
  for (let i = start; i < end; i++) {
    if (wholeAt(days, i) && !wholeAt(days, i - 1) && !wholeAt(days, i + 1)) dates.push((days[i] as PupilDay).date);
  }
  return dates;
}

/** Dates on which the pupil left during the day (see `leftDuringTheDay`). */
export function leftDuringDay(days: readonly PupilDay[], window?: FiguresWindow): string[] {
  const [start, end] = windowRange(days, window);
  const dates: string[] = [];
  for (let i = start; i < end; i++) {
    const day = days[i] as PupilDay;
    if (leftDuringTheDay(day)) dates.push(day.date);
  }
  return dates;
}
