// A pupil's absence figures for a window (a term, the school year so far, a
// month), computed from the pupil's attendance marks in one pass. Pure: the
// caller reads the marks and passes the windows (terms come from the school
// calendar, "so far" ends at the caller's today). The rules, each with the
// reason for it, are in the JSDoc of `computeAbsenceFigures`, so that callers
// see them where they call.
import {
  absentRuns,
  DayTable,
  isolatedAbsentDays,
  isWholeDayAbsent,
  leftDuringDay,
  longestOf,
  windowRange,
  type PupilDay,
} from './figures/days.js';
import { percentOf, share, type DocumentationCounts, type Share } from './figures/share.js';
import { assertWindow, type Documentation, type FiguresWindow, type MarkForFigures } from './figures/types.js';

export {
  absentRuns,
  DayTable,
  isolatedAbsentDays,
  isWholeDayAbsent,
  leftDuringDay,
  leftDuringTheDay,
  longestAbsentRun,
  longestOf,
  pupilDays,
  wholeDaysAbsent,
  windowRange,
  type PupilDay,
} from './figures/days.js';
export { percentOf, roundPercent, share, type DocumentationCounts, type Share } from './figures/share.js';
export {
  assertWindow,
  DOCUMENTATION_STATES,
  isInWindow,
  type Documentation,
  type FiguresWindow,
  type LessonStatus,
  type MarkForFigures,
  type MarkStatus,
} from './figures/types.js';

/**
 * Absent lessons out of held lessons, with the same denominator for every part.
 * Late arrivals (S) are not absent lessons here: they are in `lateArrivals`.
 */
export interface AbsenceShare extends Share {
  /** Absent lessons by documentation state; the three `absent` sum to `absent`. */
  byDocumentation: Record<Documentation, Share>;
  /**
   * Absent lessons that count toward the upper-secondary absence limit, out of
   * the held lessons: the F marks the caller's `countsTowardLimit` says count.
   * The one definition of that is `countsBeforeLimit` in
   * src/domain/upper-secondary/classify.ts (the category data, version by the
   * mark's date: health counts, documented listed reasons and what is not
   * absence do not). The limit itself is against the subject's annual hours,
   * with the health rule of § 9-8 third paragraph: `subjectLimitStatus` in
   * src/domain/upper-secondary/limit.ts computes that; this share is the
   * held-lessons view the figures tables show beside it.
   */
  towardLimit: Share;
  /** Lesson minutes, for figures against annual hours and for the hours on the certificate. */
  minutes: { held: number; absent: number; towardLimit: number };
}

export interface SubjectAbsence extends AbsenceShare {
  subjectId: string;
  subjectCode: string;
  subjectName: string | null;
}

export interface LateArrivals {
  count: number;
  minutes: number;
  /** Dates with at least one late arrival, in order. */
  dates: string[];
}

export interface DatesFigure {
  count: number;
  dates: string[];
}

/** Everything about one pupil's absence in one window. Lessons outside the window are not counted. */
export interface AbsenceFigures {
  window: FiguresWindow;
  /** All held lessons in the window. */
  overall: AbsenceShare;
  /** Keyed by subjectId, ordered by subject code. `absent` and `of` sum to the overall ones. */
  bySubject: Record<string, SubjectAbsence>;
  /**
   * Keyed by the teacher who held the lesson, ordered by id: absence with
   * particular teachers is a pattern to look for (Troms, Udir). Lessons without
   * a teacher are in no entry, so these need not sum to the overall figures.
   * Only when asked for with `options.byTeacher`.
   */
  byTeacher?: Record<string, AbsenceShare>;
  /**
   * School days (days with held lessons for the pupil) absent from every held
   * lesson, out of the pupil's school days in the window. `lessons` and
   * `minutes` are the absent lessons on those days; `byDocumentation` counts
   * each day under its least documented lesson.
   */
  wholeDays: Share & { dates: string[]; lessons: number; minutes: number; byDocumentation: DocumentationCounts };
  /**
   * Absent lessons on days that are not whole days absent (enkelttimer), out
   * of held lessons. wholeDays.lessons + singleLessons.absent = overall.absent.
   */
  singleLessons: Share & { dates: string[]; minutes: number };
  /** What the certificate records: whole days, and the hours of single-lesson absence (exact; round for display). */
  certificate: { days: number; hours: number };
  /** Absent hours (minutes / 60, exact): in all, on whole days, in single lessons. */
  hours: { total: number; wholeDays: number; singleLessons: number };
  /** S marks. `of` is the held lessons; `byMonth` is keyed 'YYYY-MM', in order, within the window. */
  lateArrivals: LateArrivals & { of: number; byMonth: Record<string, LateArrivals> };
  /** Whole days absent whose neighbouring school days were not (see `isolatedAbsentDays`). */
  isolatedDays: DatesFigure;
  /** The longest run of whole days absent on consecutive school days, cut at the window's edges. */
  longestRun: { length: number; dates: string[] };
  /** All runs of whole days absent, in order; a run of one day is a run too. */
  runs: string[][];
  /** Days present first and absent from the rest of the lessons. */
  leftDuringDay: DatesFigure;
  /** Absence without notice: undocumented F marks (count of lessons, and their dates). Troms: contact the same day. */
  noNotice: DatesFigure;
}

export interface FiguresOptions {
  /**
   * Whether an absent (F) mark counts toward the upper-secondary limit (see
   * `AbsenceShare.towardLimit`); pass `countsBeforeLimit(absenceRules())`.
   * Without it every F mark counts, less those of `reasonsExemptFromLimit`.
   */
  countsTowardLimit?: (mark: MarkForFigures) => boolean;
  /**
   * @deprecated Reason codes exempt whatever the mark's documentation: the rule
   * before `countsTowardLimit`, kept for the tests that use it. Ignored when
   * `countsTowardLimit` is given.
   */
  reasonsExemptFromLimit?: ReadonlySet<string> | readonly string[];
  /**
   * Also give `byTeacher`. Off by default: it is the one figure that costs a
   * lookup per mark for a view most callers do not show (about a fifth of the
   * time for a whole school).
   */
  byTeacher?: boolean;
}

/**
 * A pupil's absence figures in one window, from the pupil's marks.
 *
 * The rules, and why:
 * - Only held lessons count, for anybody. A lesson that was not held changes no
 *   figure, neither numerator nor denominator (schema: lessons.status); a
 *   planned lesson has not been registered yet, so it is not known to count.
 * - The denominator is the held lessons in the window the pupil was expected
 *   at; absent is F. Every figure carries its denominator (`of`), and the
 *   percentage is exact and 0 when `of` is 0: owners' thresholds are "10 % of
 *   teaching in the term" (Lyngen) and "5 % / 10 % in a subject" (Troms, upper
 *   secondary), and 9.96 % is not above 10 %. Round for display only
 *   (`roundPercent`).
 * - O (organised study, other school activity) is presence, not absence.
 * - S (late) is presence: a late arrival is not an absent lesson in any
 *   percentage. It is counted apart in `lateArrivals`, with its minutes and by
 *   month, because Lyngen's threshold is more than 10 late arrivals in a month
 *   and Troms looks at late arrivals besides days. An owner who counts late
 *   minutes as absence reads them from `lateArrivals.minutes`.
 * - Absent lessons are split by documentation (undocumented, reported by home
 *   or the pupil, documented), overall and per subject: Troms alerts at 5 %
 *   undocumented absence in a subject. Undocumented absence is also listed as
 *   absence without notice (`noNotice`): Troms contacts home the same day.
 * - Whole days (absent from every held lesson of a school day) and single
 *   lessons (enkelttimer, the absent lessons on other days) are told apart,
 *   and days and hours are given separately, as the 10th-grade certificate and
 *   the upper-secondary diploma record them; Lyngen counts 10 single lessons
 *   in a term.
 * - Isolated days, runs of consecutive school days, and leaving during the day
 *   are patterns Troms and Udir ask the contact teacher to look for and owners
 *   configure rules on; each comes with the dates that make it. School days
 *   are the pupil's own days with held lessons, so weekends and holidays do
 *   not break a run.
 * - Marks outside the window are not counted. The one exception is context:
 *   a day at the window's edge next to a whole day absent just outside it is
 *   not called isolated (see `isolatedAbsentDays`).
 *
 * @example
 * computeAbsenceFigures(marks, { from: '2026-08-17', to: '2026-12-19', label: 'autumn' })
 * // { overall: { absent: 12, of: 240, percent: 5, byDocumentation: { undocumented: { absent: 4, of: 240,
 * //   percent: 1.666… }, … }, towardLimit: {…}, minutes: { held: 10800, absent: 540, towardLimit: 540 } },
 * //   bySubject: { '<subjectId>': { subjectCode: 'MAT', absent: 3, of: 38, percent: 7.89…, … } },
 * //   wholeDays: { absent: 2, of: 80, percent: 2.5, dates: ['2026-09-14', '2026-09-15'], lessons: 10, … },
 * //   singleLessons: { absent: 2, of: 240, dates: ['2026-10-02'], minutes: 90, … },
 * //   certificate: { days: 2, hours: 1.5 }, lateArrivals: { count: 3, minutes: 25, byMonth: { '2026-09': … } },
 * //   isolatedDays: { count: 0, dates: [] }, longestRun: { length: 2, dates: [...] }, … }
 */
export function computeAbsenceFigures(
  marks: Iterable<MarkForFigures>,
  window: FiguresWindow,
  options: FiguresOptions = {},
): AbsenceFigures {
  const list = asArray(marks);
  return computeForWindowList(list, 0, list.length, [window], options)[0] as AbsenceFigures;
}

/**
 * The figures for several windows in one pass over the marks, e.g.
 * `computeFiguresForWindows(marks, { autumn, spring, schoolYear })`, giving
 * `{ autumn: AbsenceFigures, spring: …, schoolYear: … }`. Windows may overlap.
 */
export function computeFiguresForWindows<K extends string>(
  marks: Iterable<MarkForFigures>,
  windows: Readonly<Record<K, FiguresWindow>>,
  options: FiguresOptions = {},
): Record<K, AbsenceFigures> {
  const list = asArray(marks);
  return figuresByKey(list, 0, list.length, windows, options);
}

function figuresByKey<K extends string>(
  marks: readonly MarkForFigures[],
  start: number,
  end: number,
  windows: Readonly<Record<K, FiguresWindow>>,
  options: FiguresOptions,
): Record<K, AbsenceFigures> {
  const keys = Object.keys(windows) as K[];
  const figures = computeForWindowList(
    marks,
    start,
    end,
    keys.map((k) => windows[k]),
    options,
  );
  const result = {} as Record<K, AbsenceFigures>;
  keys.forEach((k, i) => {
    result[k] = figures[i] as AbsenceFigures;
  });
  return result;
}

const asArray = <T>(items: Iterable<T>): readonly T[] => (Array.isArray(items) ? items : Array.from(items));

/**
 * The figures for many pupils (a class, a school) from one list of marks of
 * them all. Marks in any order are grouped by `pupilId`; marks already ordered
 * by pupil (`order by pupil_id, date, period`) are taken where they lie,
 * without copying, which is the fast way for a whole school. Pupils without
 * marks are not in the result; `computeFiguresForWindows([], windows)` gives
 * their (zero) figures.
 */
export function computeFiguresForPupils<K extends string>(
  marks: Iterable<MarkForFigures & { pupilId: string }>,
  windows: Readonly<Record<K, FiguresWindow>>,
  options: FiguresOptions = {},
): Map<string, Record<K, AbsenceFigures>> {
  const list = asArray(marks);
  const opts = { ...options, reasonsExemptFromLimit: toSet(options.reasonsExemptFromLimit) };
  const result = new Map<string, Record<K, AbsenceFigures>>();
  const runs = pupilRuns(list);
  if (runs !== null) {
    for (const [pupilId, start, end] of runs) result.set(pupilId, figuresByKey(list, start, end, windows, opts));
    return result;
  }
  const byPupil = new Map<string, MarkForFigures[]>();
  let lastPupil: string | undefined;
  let lastList: MarkForFigures[] | undefined;
  for (const mark of list) {
    if (mark.pupilId !== lastPupil || lastList === undefined) {
      lastPupil = mark.pupilId;
      lastList = byPupil.get(mark.pupilId);
      if (lastList === undefined) {
        lastList = [];
        byPupil.set(mark.pupilId, lastList);
      }
    }
    lastList.push(mark);
  }
  for (const [pupilId, pupilMarks] of byPupil) {
    result.set(pupilId, figuresByKey(pupilMarks, 0, pupilMarks.length, windows, opts));
  }
  return result;
}

/** Each pupil's [pupilId, start, end) in the list when every pupil's marks lie together; null when they do not. */
function pupilRuns(marks: readonly (MarkForFigures & { pupilId: string })[]): [string, number, number][] | null {
  const runs: [string, number, number][] = [];
  const seen = new Set<string>();
  let start = 0;
  for (let i = 1; i <= marks.length; i++) {
    const previous = (marks[i - 1] as MarkForFigures & { pupilId: string }).pupilId;
    if (i < marks.length && (marks[i] as MarkForFigures & { pupilId: string }).pupilId === previous) continue;
    if (seen.has(previous)) return null;
    seen.add(previous);
    runs.push([previous, start, i]);
    start = i;
  }
  return runs;
}

// ---------------------------------------------------------------------------
// The single pass.
//
// Each held mark is taken once: into its day (DayTable), and into the
// accumulators of its segment, the set of windows its date falls in (for
// autumn, spring and the school year: autumn+year or spring+year). A window's
// figures are the sum of the segments it is part of, so the work per mark does
// not grow with the number of windows. Late arrivals, absence without notice
// and every day pattern are read from the days afterwards, which are a few
// hundred a year rather than a thousand marks.

interface ShareAcc {
  held: number;
  absent: number;
  undocumented: number;
  reported: number;
  documented: number;
  towardLimit: number;
  heldMinutes: number;
  absentMinutes: number;
  towardLimitMinutes: number;
}

interface SubjectAcc {
  subjectId: string;
  subjectCode: string;
  subjectName: string | null;
  share: ShareAcc;
}

interface Segment {
  /** Bit i is set when the segment's dates are inside window i. */
  mask: number;
  subjects: Map<string, SubjectAcc>;
  teachers: Map<string, ShareAcc>;
}

/** Windows per pass: one bit of a segment's mask each. More windows are done in several passes. */
const WINDOWS_PER_PASS = 30;

const newShareAcc = (): ShareAcc => ({
  held: 0,
  absent: 0,
  undocumented: 0,
  reported: 0,
  documented: 0,
  towardLimit: 0,
  heldMinutes: 0,
  absentMinutes: 0,
  towardLimitMinutes: 0,
});

function addToShare(acc: ShareAcc, mark: MarkForFigures, towardLimit: boolean): void {
  acc.held += 1;
  acc.heldMinutes += mark.durationMinutes;
  if (mark.status !== 'F') return;
  acc.absent += 1;
  acc.absentMinutes += mark.durationMinutes;
  // A switch rather than acc[mark.documentation]: a computed key is a slow property access in the hot loop.
  switch (mark.documentation) {
    case 'undocumented':
      acc.undocumented += 1;
      break;
    case 'reported':
      acc.reported += 1;
      break;
    case 'documented':
      acc.documented += 1;
      break;
  }
  if (towardLimit) {
    acc.towardLimit += 1;
    acc.towardLimitMinutes += mark.durationMinutes;
  }
}

function addShares(into: ShareAcc, from: ShareAcc): void {
  into.held += from.held;
  into.absent += from.absent;
  into.undocumented += from.undocumented;
  into.reported += from.reported;
  into.documented += from.documented;
  into.towardLimit += from.towardLimit;
  into.heldMinutes += from.heldMinutes;
  into.absentMinutes += from.absentMinutes;
  into.towardLimitMinutes += from.towardLimitMinutes;
}

function toSet(codes: FiguresOptions['reasonsExemptFromLimit']): ReadonlySet<string> {
  if (codes === undefined) return EMPTY_SET;
  return codes instanceof Set ? codes : new Set(codes);
}
const EMPTY_SET: ReadonlySet<string> = new Set();

function windowMask(date: string, windows: readonly FiguresWindow[]): number {
  let mask = 0;
  for (let i = 0; i < windows.length; i++) {
    const w = windows[i] as FiguresWindow;
    if (date >= w.from && date <= w.to) mask |= 1 << i;
  }
  return mask;
}

/** The figures of marks[start..end) for each window. */
function computeForWindowList(
  marks: readonly MarkForFigures[],
  start: number,
  end: number,
  windows: readonly FiguresWindow[],
  options: FiguresOptions,
): AbsenceFigures[] {
  for (const window of windows) assertWindow(window);
  if (windows.length > WINDOWS_PER_PASS) {
    const result: AbsenceFigures[] = [];
    for (let i = 0; i < windows.length; i += WINDOWS_PER_PASS) {
      result.push(...computeForWindowList(marks, start, end, windows.slice(i, i + WINDOWS_PER_PASS), options));
    }
    return result;
  }

  const exempt = toSet(options.reasonsExemptFromLimit);
  const counts = options.countsTowardLimit;
  const withTeachers = options.byTeacher === true;
  const table = new DayTable();
  const segments = new Map<number, Segment>();
  let lastDay: PupilDay | undefined;
  let segment: Segment | undefined;

  for (let i = start; i < end; i++) {
    const mark = marks[i] as MarkForFigures;
    // Not held: counts for nobody. Planned: not registered, so not known. The day table takes neither.
    const day = table.add(mark);
    if (day === undefined) continue;
    if (day !== lastDay) {
      lastDay = day;
      const mask = windowMask(day.date, windows);
      segment = segments.get(mask);
      if (segment === undefined && mask !== 0) {
        segment = { mask, subjects: new Map(), teachers: new Map() };
        segments.set(mask, segment);
      }
    }
    if (segment === undefined) continue;

    const towardLimit =
      mark.status === 'F' && (counts !== undefined ? counts(mark) : mark.reasonCode === null || !exempt.has(mark.reasonCode));
    let subject = segment.subjects.get(mark.subjectId);
    if (subject === undefined) {
      subject = { subjectId: mark.subjectId, subjectCode: mark.subjectCode, subjectName: null, share: newShareAcc() };
      segment.subjects.set(mark.subjectId, subject);
    }
    if (subject.subjectName === null && mark.subjectName !== undefined) subject.subjectName = mark.subjectName;
    addToShare(subject.share, mark, towardLimit);

    if (withTeachers && mark.teacherId !== null) {
      let teacher = segment.teachers.get(mark.teacherId);
      if (teacher === undefined) {
        teacher = newShareAcc();
        segment.teachers.set(mark.teacherId, teacher);
      }
      addToShare(teacher, mark, towardLimit);
    }
  }

  const days = table.days();
  const allSegments = [...segments.values()];
  return windows.map((window, i) =>
    finishWindow(
      window,
      allSegments.filter((s) => (s.mask & (1 << i)) !== 0),
      days,
      withTeachers,
    ),
  );
}

/** The subjects and teachers of a window: its one segment's as they are, or several segments' summed. */
function mergeSegments(segments: readonly Segment[]): { subjects: SubjectAcc[]; teachers: Map<string, ShareAcc> } {
  const only = segments.length === 1 ? segments[0] : undefined;
  if (only !== undefined) return { subjects: [...only.subjects.values()], teachers: only.teachers };
  const subjects = new Map<string, SubjectAcc>();
  const teachers = new Map<string, ShareAcc>();
  for (const segment of segments) {
    for (const s of segment.subjects.values()) {
      let into = subjects.get(s.subjectId);
      if (into === undefined) {
        into = { subjectId: s.subjectId, subjectCode: s.subjectCode, subjectName: s.subjectName, share: newShareAcc() };
        subjects.set(s.subjectId, into);
      }
      if (into.subjectName === null) into.subjectName = s.subjectName;
      addShares(into.share, s.share);
    }
    for (const [id, t] of segment.teachers) {
      let into = teachers.get(id);
      if (into === undefined) {
        into = newShareAcc();
        teachers.set(id, into);
      }
      addShares(into, t);
    }
  }
  return { subjects: [...subjects.values()], teachers };
}

function finishShare(acc: ShareAcc): AbsenceShare {
  const of = acc.held;
  return {
    absent: acc.absent,
    of,
    percent: percentOf(acc.absent, of),
    byDocumentation: {
      undocumented: share(acc.undocumented, of),
      reported: share(acc.reported, of),
      documented: share(acc.documented, of),
    },
    towardLimit: share(acc.towardLimit, of),
    minutes: { held: acc.heldMinutes, absent: acc.absentMinutes, towardLimit: acc.towardLimitMinutes },
  };
}

// Ordered by code so that every caller (and every order of marks) sees the subjects the same way.
const bySubjectCode = (a: SubjectAcc, b: SubjectAcc): number =>
  a.subjectCode < b.subjectCode
    ? -1
    : a.subjectCode > b.subjectCode
      ? 1
      : a.subjectId < b.subjectId
        ? -1
        : a.subjectId > b.subjectId
          ? 1
          : 0;

function finishWindow(
  window: FiguresWindow,
  segments: readonly Segment[],
  days: readonly PupilDay[],
  withTeachers: boolean,
): AbsenceFigures {
  const merged = mergeSegments(segments);
  // Every held lesson has exactly one subject, so the subjects add up to the whole.
  const total = newShareAcc();
  const bySubject: Record<string, SubjectAbsence> = {};
  for (const s of merged.subjects.sort(bySubjectCode)) {
    addShares(total, s.share);
    const f = finishShare(s.share);
    // Spelled out rather than spread: a spread copies property by property, and this runs for every subject of every pupil.
    bySubject[s.subjectId] = {
      subjectId: s.subjectId,
      subjectCode: s.subjectCode,
      subjectName: s.subjectName,
      absent: f.absent,
      of: f.of,
      percent: f.percent,
      byDocumentation: f.byDocumentation,
      towardLimit: f.towardLimit,
      minutes: f.minutes,
    };
  }
  const overall = finishShare(total);
  let byTeacher: Record<string, AbsenceShare> | undefined;
  if (withTeachers) {
    byTeacher = {};
    for (const id of [...merged.teachers.keys()].sort()) byTeacher[id] = finishShare(merged.teachers.get(id) as ShareAcc);
  }

  const [start, end] = windowRange(days, window);
  const wholeDates: string[] = [];
  const singleDates: string[] = [];
  const noNoticeDates: string[] = [];
  const lateDates: string[] = [];
  const byMonth: Record<string, LateArrivals> = {};
  const wholeByDocumentation: DocumentationCounts = { undocumented: 0, reported: 0, documented: 0 };
  let wholeLessons = 0;
  let wholeMinutes = 0;
  let singleMinutes = 0;
  let noNotice = 0;
  let lateCount = 0;
  let lateMinutes = 0;
  let month: LateArrivals | undefined;
  let monthKey = '';
  for (let i = start; i < end; i++) {
    const day = days[i] as PupilDay;
    if (day.lateArrivals > 0) {
      lateCount += day.lateArrivals;
      lateMinutes += day.minutesLate;
      lateDates.push(day.date);
      // Days are in date order, so each month's days come together.
      const key = day.date.slice(0, 7);
      if (month === undefined || key !== monthKey) {
        monthKey = key;
        month = { count: 0, minutes: 0, dates: [] };
        byMonth[key] = month;
      }
      month.count += day.lateArrivals;
      month.minutes += day.minutesLate;
      month.dates.push(day.date);
    }
    if (day.absentLessons === 0) continue;
    if (day.absentWithoutNotice > 0) {
      noNotice += day.absentWithoutNotice;
      noNoticeDates.push(day.date);
    }
    if (isWholeDayAbsent(day)) {
      wholeDates.push(day.date);
      wholeLessons += day.absentLessons;
      wholeMinutes += day.absentMinutes;
      wholeByDocumentation[day.leastDocumentation as Documentation] += 1;
    } else {
      singleDates.push(day.date);
      singleMinutes += day.absentMinutes;
    }
  }
  const runs = absentRuns(days, window);
  const isolated = isolatedAbsentDays(days, window);
  const left = leftDuringDay(days, window);

  const schoolDays = end - start;
  const singleLessons = overall.absent - wholeLessons;
  const figures: AbsenceFigures = {
    window,
    overall,
    bySubject,
    wholeDays: {
      absent: wholeDates.length,
      of: schoolDays,
      percent: percentOf(wholeDates.length, schoolDays),
      dates: wholeDates,
      lessons: wholeLessons,
      minutes: wholeMinutes,
      byDocumentation: wholeByDocumentation,
    },
    singleLessons: {
      absent: singleLessons,
      of: overall.of,
      percent: percentOf(singleLessons, overall.of),
      dates: singleDates,
      minutes: singleMinutes,
    },
    certificate: { days: wholeDates.length, hours: singleMinutes / 60 },
    hours: { total: overall.minutes.absent / 60, wholeDays: wholeMinutes / 60, singleLessons: singleMinutes / 60 },
    lateArrivals: { count: lateCount, minutes: lateMinutes, dates: lateDates, of: overall.of, byMonth },
    isolatedDays: { count: isolated.length, dates: isolated },
    longestRun: longestOf(runs),
    runs,
    leftDuringDay: { count: left.length, dates: left },
    noNotice: { count: noNotice, dates: noNoticeDates },
  };
  if (byTeacher !== undefined) figures.byTeacher = byTeacher;
  return figures;
}
