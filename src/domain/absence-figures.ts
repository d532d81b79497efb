// A pupil's absence figures for a window (a term, the school year so far, a
// month), computed from the pupil's attendance marks in one pass. Pure: the
// caller reads the marks and passes the windows (terms come from the school
// calendar, "so far" ends at the caller's today).
//
// The rules, and why:
// - Only held lessons count, for anybody. A lesson that was not held changes no
//   figure, neither numerator nor denominator (schema: lessons.status); a
//   planned lesson has not been registered yet, so it is not known to count.
// - The denominator is the held lessons the pupil was expected at; absent is F.
//   Every figure carries its denominator, and the percentage is exact: owners'
//   thresholds are "10 % of teaching in the term" (Lyngen) and "5 % / 10 % in a
//   subject" (Troms, upper secondary), and 9.96 % is not above 10 %.
// - O (organised study, other school activity) is presence, not absence.
// - S (late) is presence for the percentage and is counted apart as a late
//   arrival, with its minutes and by month: Lyngen's threshold is more than 10
//   late arrivals in a month, Troms counts late arrivals besides days.
// - Absent lessons are split by documentation (undocumented, reported by home
//   or the pupil, documented): Troms alerts on undocumented absence in a
//   subject; the contact teacher updates the codes weekly.
// - Whole days and single lessons (enkelttimer) are told apart, and days and
//   hours are given separately, as the 10th-grade certificate and the
//   upper-secondary diploma record them.
// - Isolated days, runs of days, leaving during the day and absence without
//   notice are the patterns Troms and Udir ask the contact teacher to look for,
//   and the rules the owners configure (DOMAIN.md: thresholds); each comes
//   with the dates that make it.
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
   * Absent lessons that count toward the upper-secondary absence limit: every
   * F mark except those whose reason is in `reasonsExemptFromLimit`. Since
   * 1 August 2025 documented health absence counts too; only the regulation's
   * listed reasons are exempt, and which codes those are is data
   * (absence_reasons.counts_toward_limit), so the caller passes them.
   * The regulation takes the share against the subject's annual hours, not
   * the lessons held so far: use `minutes` for that.
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
   */
  byTeacher: Record<string, AbsenceShare>;
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
  /** Reason codes whose absence does not count toward the upper-secondary limit (see `AbsenceShare.towardLimit`). */
  reasonsExemptFromLimit?: ReadonlySet<string> | readonly string[];
}

/**
 * A pupil's absence figures in one window. See the module comment for the
 * rules; in short: only held lessons count, absent is F, O and S are present
 * (S is counted apart as a late arrival), percentages are exact and 0 when
 * nothing was held.
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
  return computeForWindowList(marks, [window], options)[0] as AbsenceFigures;
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
  const keys = Object.keys(windows) as K[];
  const figures = computeForWindowList(
    marks,
    keys.map((k) => windows[k]),
    options,
  );
  const result = {} as Record<K, AbsenceFigures>;
  keys.forEach((k, i) => {
    result[k] = figures[i] as AbsenceFigures;
  });
  return result;
}

/**
 * The figures for many pupils (a class, a school) from one list of marks of
 * them all, grouped by `pupilId` in one pass. Pupils without marks are not in
 * the result; `computeFiguresForWindows([], windows)` gives their (zero) figures.
 */
export function computeFiguresForPupils<K extends string>(
  marks: Iterable<MarkForFigures & { pupilId: string }>,
  windows: Readonly<Record<K, FiguresWindow>>,
  options: FiguresOptions = {},
): Map<string, Record<K, AbsenceFigures>> {
  const byPupil = new Map<string, MarkForFigures[]>();
  let lastPupil: string | undefined;
  let lastList: MarkForFigures[] | undefined;
  for (const mark of marks) {
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
  const exempt = toSet(options.reasonsExemptFromLimit);
  const result = new Map<string, Record<K, AbsenceFigures>>();
  for (const [pupilId, pupilMarks] of byPupil) {
    result.set(pupilId, computeFiguresForWindows(pupilMarks, windows, { reasonsExemptFromLimit: exempt }));
  }
  return result;
}

// ---------------------------------------------------------------------------
// The single pass.

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

interface SubjectAcc extends ShareAcc {
  subjectId: string;
  subjectCode: string;
  subjectName: string | null;
}

interface MonthAcc {
  count: number;
  minutes: number;
  dates: Set<string>;
}

interface WindowAcc {
  window: FiguresWindow;
  from: string;
  to: string;
  overall: ShareAcc;
  subjects: Map<string, SubjectAcc>;
  teachers: Map<string, ShareAcc>;
  late: MonthAcc;
  lateByMonth: Map<string, MonthAcc>;
  noNoticeCount: number;
  noNoticeDates: Set<string>;
}

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
  acc[mark.documentation] += 1;
  if (towardLimit) {
    acc.towardLimit += 1;
    acc.towardLimitMinutes += mark.durationMinutes;
  }
}

function toSet(codes: FiguresOptions['reasonsExemptFromLimit']): ReadonlySet<string> {
  if (codes === undefined) return EMPTY_SET;
  return codes instanceof Set ? codes : new Set(codes);
}
const EMPTY_SET: ReadonlySet<string> = new Set();

function computeForWindowList(
  marks: Iterable<MarkForFigures>,
  windows: readonly FiguresWindow[],
  options: FiguresOptions,
): AbsenceFigures[] {
  for (const window of windows) assertWindow(window);
  const exempt = toSet(options.reasonsExemptFromLimit);
  const accs: WindowAcc[] = windows.map((window) => ({
    window,
    from: window.from,
    to: window.to,
    overall: newShareAcc(),
    subjects: new Map(),
    teachers: new Map(),
    late: { count: 0, minutes: 0, dates: new Set() },
    lateByMonth: new Map(),
    noNoticeCount: 0,
    noNoticeDates: new Set(),
  }));
  const table = new DayTable();

  for (const mark of marks) {
    // Not held: counts for nobody. Planned: not registered, so not known.
    if (mark.lessonStatus !== 'held') continue;
    table.add(mark);
    const absent = mark.status === 'F';
    const towardLimit = absent && (mark.reasonCode === null || !exempt.has(mark.reasonCode));
    for (const acc of accs) {
      const date = mark.date;
      if (date < acc.from || date > acc.to) continue;
      addToShare(acc.overall, mark, towardLimit);

      let subject = acc.subjects.get(mark.subjectId);
      if (subject === undefined) {
        subject = { ...newShareAcc(), subjectId: mark.subjectId, subjectCode: mark.subjectCode, subjectName: null };
        acc.subjects.set(mark.subjectId, subject);
      }
      if (subject.subjectName === null && mark.subjectName !== undefined) subject.subjectName = mark.subjectName;
      addToShare(subject, mark, towardLimit);

      if (mark.teacherId !== null) {
        let teacher = acc.teachers.get(mark.teacherId);
        if (teacher === undefined) {
          teacher = newShareAcc();
          acc.teachers.set(mark.teacherId, teacher);
        }
        addToShare(teacher, mark, towardLimit);
      }

      if (mark.status === 'S') {
        const minutes = mark.minutesLate ?? 0;
        acc.late.count += 1;
        acc.late.minutes += minutes;
        acc.late.dates.add(date);
        const key = date.slice(0, 7);
        let month = acc.lateByMonth.get(key);
        if (month === undefined) {
          month = { count: 0, minutes: 0, dates: new Set() };
          acc.lateByMonth.set(key, month);
        }
        month.count += 1;
        month.minutes += minutes;
        month.dates.add(date);
      } else if (absent && mark.documentation === 'undocumented') {
        acc.noNoticeCount += 1;
        acc.noNoticeDates.add(date);
      }
    }
  }

  const days = table.days();
  return accs.map((acc) => finishWindow(acc, days));
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

const sortedDates = (dates: Set<string>): string[] => [...dates].sort();

const finishLate = (month: MonthAcc): LateArrivals => ({
  count: month.count,
  minutes: month.minutes,
  dates: sortedDates(month.dates),
});

function finishWindow(acc: WindowAcc, days: readonly PupilDay[]): AbsenceFigures {
  const overall = finishShare(acc.overall);

  // Ordered by code so that every caller (and every order of marks) sees the subjects the same way.
  const subjects = [...acc.subjects.values()].sort((a, b) =>
    a.subjectCode !== b.subjectCode
      ? a.subjectCode < b.subjectCode
        ? -1
        : 1
      : a.subjectId < b.subjectId
        ? -1
        : a.subjectId > b.subjectId
          ? 1
          : 0,
  );
  const bySubject: Record<string, SubjectAbsence> = {};
  for (const s of subjects) {
    bySubject[s.subjectId] = {
      subjectId: s.subjectId,
      subjectCode: s.subjectCode,
      subjectName: s.subjectName,
      ...finishShare(s),
    };
  }
  const byTeacher: Record<string, AbsenceShare> = {};
  for (const id of [...acc.teachers.keys()].sort()) byTeacher[id] = finishShare(acc.teachers.get(id) as ShareAcc);

  const [start, end] = windowRange(days, acc.window);
  const wholeDates: string[] = [];
  const singleDates: string[] = [];
  const wholeByDocumentation: DocumentationCounts = { undocumented: 0, reported: 0, documented: 0 };
  let wholeLessons = 0;
  let wholeMinutes = 0;
  let singleMinutes = 0;
  for (let i = start; i < end; i++) {
    const day = days[i] as PupilDay;
    if (day.absentLessons === 0) continue;
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
  const schoolDays = end - start;
  const singleLessons = overall.absent - wholeLessons;

  const runs = absentRuns(days, acc.window);
  const isolated = isolatedAbsentDays(days, acc.window);
  const left = leftDuringDay(days, acc.window);

  const byMonth: Record<string, LateArrivals> = {};
  for (const key of [...acc.lateByMonth.keys()].sort()) byMonth[key] = finishLate(acc.lateByMonth.get(key) as MonthAcc);

  return {
    window: acc.window,
    overall,
    bySubject,
    byTeacher,
    wholeDays: {
      ...share(wholeDates.length, schoolDays),
      dates: wholeDates,
      lessons: wholeLessons,
      minutes: wholeMinutes,
      byDocumentation: wholeByDocumentation,
    },
    singleLessons: { ...share(singleLessons, overall.of), dates: singleDates, minutes: singleMinutes },
    certificate: { days: wholeDates.length, hours: singleMinutes / 60 },
    hours: { total: overall.minutes.absent / 60, wholeDays: wholeMinutes / 60, singleLessons: singleMinutes / 60 },
    lateArrivals: { ...finishLate(acc.late), of: overall.of, byMonth },
    isolatedDays: { count: isolated.length, dates: isolated },
    longestRun: longestOf(runs),
    runs,
    leftDuringDay: { count: left.length, dates: left },
    noNotice: { count: acc.noNoticeCount, dates: sortedDates(acc.noNoticeDates) },
  };
}
