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
  /** Absent lessons without notice (undocumented F). */
  readonly absentWithoutNotice: number;
  /** Late arrivals (S) and their minutes. */
  readonly lateArrivals: number;
  readonly minutesLate: number;
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
  /** Built only when a mark goes back to an earlier date; marks in date order never need it. */
  private byDate: Map<string, MutableDay> | undefined;
  private readonly list: MutableDay[] = [];
  private last: MutableDay | undefined;
  /** The latest date taken so far (not the list's last entry once marks came out of order). */
  private latestDate = '';
  private inOrder = true;
  private sorted: readonly PupilDay[] | undefined;

  /** Takes the mark into its day and returns the day; undefined (and nothing taken) for a lesson not held. */
  add(mark: MarkForFigures): PupilDay | undefined {
    if (mark.lessonStatus !== 'held') return undefined;
    let day = this.last;
    // Marks usually come ordered by date: the previous mark's day is nearly
    // always the right one, and otherwise a new day at the end.
    if (day === undefined || day.date !== mark.date) {
      if (mark.date > this.latestDate) {
        day = this.newDay(mark.date);
        this.latestDate = mark.date;
      } else {
        if (this.byDate === undefined) this.byDate = new Map(this.list.map((d) => [d.date, d]));
        day = this.byDate.get(mark.date);
        if (day === undefined) {
          day = this.newDay(mark.date);
          this.inOrder = false;
        }
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
      if (mark.documentation === 'undocumented') day.absentWithoutNotice += 1;
    } else {
      // S (late) and O (organised study) are presence, not absence.
      if (day.lastPresentPeriod === null || mark.period > day.lastPresentPeriod) day.lastPresentPeriod = mark.period;
      if (mark.status === 'S') {
        day.lateArrivals += 1;
        day.minutesLate += mark.minutesLate ?? 0;
      }
    }
    return day;
  }

  private newDay(date: string): MutableDay {
    const day: MutableDay = {
      date,
      heldLessons: 0,
      absentLessons: 0,
      absentMinutes: 0,
      lastPresentPeriod: null,
      firstAbsentPeriod: null,
      leastDocumentation: null,
      absentWithoutNotice: 0,
      lateArrivals: 0,
      minutesLate: 0,
    };
    this.list.push(day);
    this.byDate?.set(date, day);
    return day;
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
