// One pupil's school days as columns of running totals, so that any rule's
// figure in any window is a few subtractions instead of a pass over marks.
// The rules judge a county's pupils every night, most windows of most rules
// by the hundred (rolling windows, school days); this is what makes that
// affordable. The figures themselves mean exactly what they mean in
// absence-figures.ts, and evaluate-columns.test.ts holds the two to that.
import type { Documentation, MarkForFigures } from '../figures/types.js';
import { scanPupilYear, type PupilYearRecord } from '../figures/pupil-year-codec.js';

/** Running totals over the pupil's days: column[i] is the sum over days 0..i-1. */
export interface SubjectColumns {
  subjectId: string;
  subjectCode: string;
  held: Int32Array;
  absent: Record<Documentation, Int32Array>;
}

export interface PupilColumns {
  /** The pupil's school days (with a held lesson) up to the as-of date, in order. */
  dates: string[];
  held: Int32Array;
  absent: Record<Documentation, Int32Array>;
  late: Int32Array;
  /** Whole days absent, counted under their least documented lesson. */
  wholeDays: Record<Documentation, Int32Array>;
  /** Absent lessons on whole days absent. */
  wholeDayLessons: Int32Array;
  leftDuringDay: Int32Array;
  /** Per day (not running): absent from every held lesson. */
  whole: Uint8Array;
  /** Per day (not running): present first and absent from the rest. */
  left: Uint8Array;
  /** Per day: the least documented absent lesson (0 undocumented, 1 reported, 2 documented), -1 when not absent. */
  least: Int8Array;
  /** Per subject, when asked for (rules judged per subject). */
  subjects: Map<string, SubjectColumns> | null;
}

const RANK: Record<Documentation, 0 | 1 | 2> = { undocumented: 0, reported: 1, documented: 2 };
/** Status codes in the builder: present (M or O), absent, late. */
export const PRESENT = 0;
export const ABSENT = 1;
export const LATE = 2;

/**
 * Builds the columns day by day: `day()` opens the next school day (in date
 * order), `lesson()` adds one of its held lessons. Counts go straight into
 * typed arrays; nothing is allocated a lesson.
 */
export class PupilColumnsBuilder {
  private n = -1;
  private readonly dates: string[] = [];
  private readonly held: Int32Array;
  private readonly absent: [Int32Array, Int32Array, Int32Array];
  private readonly late: Int32Array;
  private readonly lastPresent: Int8Array;
  private readonly firstAbsent: Int8Array;
  private readonly subjectHeld: Int32Array[] = [];
  private readonly subjectAbsent: [Int32Array, Int32Array, Int32Array][] = [];

  /**
   * @param maxDays an upper bound of the school days to come
   * @param subjects the subjects lessons refer to by index (their id and code); null when not wanted
   */
  constructor(
    private readonly maxDays: number,
    private readonly subjects: readonly { id: string; code: string }[] | null,
  ) {
    const column = () => new Int32Array(maxDays + 1);
    this.held = column();
    this.absent = [column(), column(), column()];
    this.late = column();
    this.lastPresent = new Int8Array(maxDays).fill(-1);
    this.firstAbsent = new Int8Array(maxDays).fill(99);
    for (let s = 0; s < (subjects?.length ?? 0); s++) {
      this.subjectHeld.push(column());
      this.subjectAbsent.push([column(), column(), column()]);
    }
  }

  day(date: string): void {
    this.n++;
    if (this.n >= this.maxDays) throw new RangeError(`More than ${this.maxDays} school days.`);
    this.dates.push(date);
  }

  /** A held lesson of the current day: `subject` indexes the subjects given (or is -1), `rank` the documentation (0-2). */
  lesson(subject: number, status: number, rank: number, period: number): void {
    const i = this.n + 1;
    this.held[i]!++;
    const bySubject = subject >= 0 && subject < this.subjectHeld.length;
    if (bySubject) this.subjectHeld[subject]![i]!++;
    if (status === ABSENT) {
      this.absent[rank as 0]![i]!++;
      if (bySubject) this.subjectAbsent[subject]![rank as 0]![i]!++;
      if (period < this.firstAbsent[this.n]!) this.firstAbsent[this.n] = period;
    } else {
      if (period > this.lastPresent[this.n]!) this.lastPresent[this.n] = period;
      if (status === LATE) this.late[i]!++;
    }
  }

  build(): PupilColumns {
    const n = this.n + 1;
    // In place: the builder is spent once built, and a county's night builds these by the million.
    const running = (source: Int32Array) => {
      const column = source.subarray(0, n + 1);
      for (let i = 1; i <= n; i++) column[i] = column[i]! + column[i - 1]!;
      return column;
    };
    const whole = new Uint8Array(n);
    const left = new Uint8Array(n);
    const least = new Int8Array(n);
    const wholeDays = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
    const wholeDayLessons = new Int32Array(n + 1);
    const leftDuringDay = new Int32Array(n + 1);
    for (let d = 0; d < n; d++) {
      const u = this.absent[0][d + 1]!;
      const r = this.absent[1][d + 1]!;
      const doc = this.absent[2][d + 1]!;
      const absentToday = u + r + doc;
      const isWhole = absentToday > 0 && absentToday === this.held[d + 1];
      const isLeft = this.lastPresent[d]! >= 0 && this.firstAbsent[d] !== 99 && this.lastPresent[d]! < this.firstAbsent[d]!;
      const lowest = u > 0 ? 0 : r > 0 ? 1 : doc > 0 ? 2 : -1;
      whole[d] = isWhole ? 1 : 0;
      left[d] = isLeft ? 1 : 0;
      least[d] = lowest;
      for (let k = 0; k < 3; k++) wholeDays[k]![d + 1] = wholeDays[k]![d]! + (isWhole && lowest === k ? 1 : 0);
      wholeDayLessons[d + 1] = wholeDayLessons[d]! + (isWhole ? absentToday : 0);
      leftDuringDay[d + 1] = leftDuringDay[d]! + (isLeft ? 1 : 0);
    }
    let subjects: Map<string, SubjectColumns> | null = null;
    if (this.subjects !== null) {
      subjects = new Map();
      this.subjects.forEach((s, k) => {
        const held = this.subjectHeld[k]!;
        // A subject the pupil had no lesson in so far is left out, as the figures leave it out.
        let any = false;
        for (let i = 1; i <= n && !any; i++) any = held[i] !== 0;
        if (!any) return;
        const [u, r, doc] = this.subjectAbsent[k]!;
        const existing = subjects!.get(s.id);
        const columns: SubjectColumns = { subjectId: s.id, subjectCode: s.code, held: running(held), absent: { undocumented: running(u), reported: running(r), documented: running(doc) } };
        // Two dictionary entries for one subject (two teachers) are one subject here.
        if (existing) {
          for (const [into, from] of [[existing.held, columns.held], [existing.absent.undocumented, columns.absent.undocumented], [existing.absent.reported, columns.absent.reported], [existing.absent.documented, columns.absent.documented]] as const) {
            for (let i = 0; i <= n; i++) into[i] = into[i]! + from[i]!;
          }
        } else subjects!.set(s.id, columns);
      });
    }
    return {
      dates: this.dates,
      held: running(this.held),
      absent: { undocumented: running(this.absent[0]), reported: running(this.absent[1]), documented: running(this.absent[2]) },
      late: running(this.late),
      wholeDays: { undocumented: wholeDays[0]!, reported: wholeDays[1]!, documented: wholeDays[2]! },
      wholeDayLessons,
      leftDuringDay,
      whole,
      left,
      least,
      subjects,
    };
  }
}

const byDateAndPeriod = (a: MarkForFigures, b: MarkForFigures) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.period - b.period);
const STATUS = { M: PRESENT, O: PRESENT, F: ABSENT, S: LATE } as const;

/** The columns from a pupil's marks in any order, up to `asOf` (only held lessons count). */
export function columnsFromMarks(marks: Iterable<MarkForFigures>, asOf: string, withSubjects: boolean): PupilColumns {
  const held = [...marks].filter((m) => m.lessonStatus === 'held' && m.date <= asOf).sort(byDateAndPeriod);
  const subjectIndex = new Map<string, number>();
  const subjects: { id: string; code: string }[] | null = withSubjects ? [] : null;
  if (subjects !== null) {
    for (const m of held) {
      if (!subjectIndex.has(m.subjectId)) {
        subjectIndex.set(m.subjectId, subjects.length);
        subjects.push({ id: m.subjectId, code: m.subjectCode });
      }
    }
  }
  const builder = new PupilColumnsBuilder(new Set(held.map((m) => m.date)).size, subjects);
  let date = '';
  for (const m of held) {
    if (m.date !== date) builder.day((date = m.date));
    builder.lesson(subjectIndex.get(m.subjectId) ?? -1, STATUS[m.status], RANK[m.documentation], m.period);
  }
  return builder.build();
}

/**
 * The columns straight from a pupil's stored year (pupil_year_marks), up to
 * `asOf`, without a mark object made: the county-wide evaluation reads tens of
 * thousands of these a night. `codes` gives subject codes by id.
 */
export function columnsFromPupilYear(
  startYear: number,
  record: PupilYearRecord,
  asOf: string,
  codes: ReadonlyMap<string, string> | null,
): PupilColumns {
  const subjects = codes === null ? null : record.dictionary.courses.map(([id]) => ({ id, code: codes.get(id) ?? '' }));
  let maxDays = 1;
  for (let i = 0; i < record.days.length; i++) if (record.days.charCodeAt(i) === 59) maxDays++;
  const builder = new PupilColumnsBuilder(maxDays, subjects);
  scanPupilYear(startYear, record, asOf, builder);
  return builder.build();
}

/** Indexes [start, end) of the days from `from` to `until`, both included. */
export function dayRange(columns: PupilColumns, from: string, until: string): [number, number] {
  return [lowerBound(columns.dates, from), upperBound(columns.dates, until)];
}

/** Index of the first date after `key`. */
function upperBound(dates: readonly string[], key: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((dates[mid] as string) <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lowerBound(dates: readonly string[], key: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((dates[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
