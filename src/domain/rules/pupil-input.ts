// One pupil's input to the rules, prepared once for every rule of a policy:
// the marks that count by the as-of date, the pupil's days, and the figures
// of every window the rules ask for, computed in as few passes as the
// figures module allows.
import { computeFiguresForWindows, pupilDays, type AbsenceFigures, type PupilDay } from '../absence-figures.js';
import type { FiguresWindow, MarkForFigures } from '../figures/types.js';
import type { SchoolCalendar } from '../school-calendar.js';
import type { PupilEvidence } from './read-measure.js';
import { schoolDayIndex, type SchoolDayIndex } from './school-days.js';

export interface PupilInput {
  /** The pupil's marks, in any order; only held lessons on or before `asOf` count. */
  marks: Iterable<MarkForFigures>;
  /** The school year to judge: its terms, school days and holidays. */
  calendar: SchoolCalendar;
  /** 'YYYY-MM-DD': the day the rules are judged on; later marks are left out. */
  asOf: string;
  /** 'YYYY-MM-DD'; decides whether the guardians or the pupil are told. Unknown: null. */
  birthDate?: string | null;
}

export interface PreparedPupil extends PupilEvidence {
  asOf: string;
  birthDate: string | null;
  index: SchoolDayIndex;
  /** In date and period order. */
  marks: readonly MarkForFigures[];
  days: readonly PupilDay[];
  /** Days with an absent lesson or a late arrival: the only days a one-day window can fire on. */
  eventfulDays: readonly string[];
  sums: DaySums;
}

export interface WindowSums {
  /** The pupil's school days in the window. */
  days: number;
  heldLessons: number;
  absentLessons: number;
  lateArrivals: number;
  /** Days with at least one absent lesson. */
  daysWithAbsence: number;
}

/**
 * Running totals of the pupil's day facts (from the figures module's days),
 * so that any window's totals are two lookups. The evaluator uses them only to
 * skip windows whose figures cannot reach a rule's level; every value judged
 * comes from the figures themselves.
 */
export class DaySums {
  private readonly dates: string[];
  private readonly held: Int32Array;
  private readonly absent: Int32Array;
  private readonly late: Int32Array;
  private readonly withAbsence: Int32Array;

  constructor(days: readonly PupilDay[]) {
    const n = days.length;
    this.dates = days.map((d) => d.date);
    this.held = new Int32Array(n + 1);
    this.absent = new Int32Array(n + 1);
    this.late = new Int32Array(n + 1);
    this.withAbsence = new Int32Array(n + 1);
    days.forEach((day, i) => {
      this.held[i + 1] = (this.held[i] as number) + day.heldLessons;
      this.absent[i + 1] = (this.absent[i] as number) + day.absentLessons;
      this.late[i + 1] = (this.late[i] as number) + day.lateArrivals;
      this.withAbsence[i + 1] = (this.withAbsence[i] as number) + (day.absentLessons > 0 ? 1 : 0);
    });
  }

  /** Totals of the days from `from` to `until`, both included. */
  between(from: string, until: string): WindowSums {
    const a = lowerBound(this.dates, from, (d) => d);
    const b = lowerBound(this.dates, `${until}\uffff`, (d) => d);
    const total = (column: Int32Array) => (column[b] as number) - (column[a] as number);
    return {
      days: b - a,
      heldLessons: total(this.held),
      absentLessons: total(this.absent),
      lateArrivals: total(this.late),
      daysWithAbsence: total(this.withAbsence),
    };
  }
}

const byDateAndPeriod = (a: MarkForFigures, b: MarkForFigures) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.period - b.period;

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function preparePupil(input: PupilInput): PreparedPupil {
  if (!ISO_DATE.test(input.asOf)) throw new RangeError(`asOf must be a 'YYYY-MM-DD' date, got ${input.asOf}.`);
  const marks: MarkForFigures[] = [];
  const absentMarks: MarkForFigures[] = [];
  let inOrder = true;
  for (const mark of input.marks) {
    // What happens after the as-of date is not known yet on that day.
    if (mark.date > input.asOf) continue;
    const previous = marks[marks.length - 1];
    if (previous !== undefined && byDateAndPeriod(previous, mark) > 0) inOrder = false;
    marks.push(mark);
  }
  // In date order, so that a window's figures can be computed from the marks around it only.
  if (!inOrder) marks.sort(byDateAndPeriod);
  for (const mark of marks) if (mark.status === 'F' && mark.lessonStatus === 'held') absentMarks.push(mark);
  const days = pupilDays(marks);
  const dayByDate = new Map(days.map((day) => [day.date, day]));
  const eventfulDays = days.filter((day) => day.absentLessons > 0 || day.lateArrivals > 0).map((day) => day.date);
  return {
    asOf: input.asOf,
    birthDate: input.birthDate ?? null,
    index: schoolDayIndex(input.calendar),
    marks,
    days,
    dayByDate,
    absentMarks,
    eventfulDays,
    sums: new DaySums(days),
  };
}

const windowId = (from: string, until: string) => `${from}|${until}`;

/** The figures module takes this many windows in one pass over the marks. */
const WINDOWS_PER_CALL = 30;

/** Index of the first item whose key is at or after `key` (items sorted by key). */
function lowerBound<T>(items: readonly T[], key: string, keyOf: (item: T) => string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(items[mid] as T) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The figures of many windows (from, until), each computed once however many
 * rules ask for it. Rolling and one-day windows come by the hundred, so they
 * are computed in groups of nearby windows, each from the marks of its own
 * dates and the pupil's school day either side (which is all the figures look
 * at beyond a window: whether a day's neighbours were absent too).
 */
export class FiguresByWindow {
  private readonly wanted = new Map<string, FiguresWindow>();
  private readonly computed = new Map<string, AbsenceFigures>();

  constructor(private readonly pupil: PreparedPupil) {}

  want(from: string, until: string): void {
    const id = windowId(from, until);
    if (!this.computed.has(id)) this.wanted.set(id, { from, to: until });
  }

  get(from: string, until: string): AbsenceFigures {
    if (this.wanted.size > 0) this.computeWanted();
    const figures = this.computed.get(windowId(from, until));
    if (figures === undefined) throw new Error(`No figures were asked for ${from} to ${until}.`);
    return figures;
  }

  private computeWanted(): void {
    const { days, marks } = this.pupil;
    const windows = [...this.wanted.entries()].sort(([, a], [, b]) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    this.wanted.clear();
    for (let i = 0; i < windows.length; i += WINDOWS_PER_CALL) {
      const group = windows.slice(i, i + WINDOWS_PER_CALL);
      let first = group[0]?.[1].from as string;
      let last = '';
      for (const [, w] of group) last = w.to > last ? w.to : last;
      // Widen to the pupil's school day before and after: the neighbours of the edge days.
      const before = lowerBound(days, first, (d) => d.date) - 1;
      if (before >= 0) first = (days[before] as PupilDay).date;
      // The first school day after `last`: a window often ends on a day the pupil had no school (a month's last day).
      let after = lowerBound(days, last, (d) => d.date);
      if (after < days.length && (days[after] as PupilDay).date === last) after++;
      const lastWithNeighbour = after < days.length ? (days[after] as PupilDay).date : last;
      const start = lowerBound(marks, first, (m) => m.date);
      const end = lowerBound(marks, `${lastWithNeighbour}\uffff`, (m) => m.date);
      const figures = computeFiguresForWindows(marks.slice(start, end), Object.fromEntries(group));
      for (const [id] of group) this.computed.set(id, figures[id] as AbsenceFigures);
    }
  }
}
