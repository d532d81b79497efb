// The figures printed beside each pupil's concerns: the school year so far and
// the current term, as the absence figures compute them (exact; the table
// rounds). The day-by-day dates stay in the concerns' evidence, so that a
// file of thousands of pupils does not print every date twice.
import { computeFiguresForWindows, type AbsenceFigures } from '../../../domain/absence-figures.js';
import type { MarkForFigures } from '../../../domain/figures/types.js';
import type { SchoolCalendar } from '../../../domain/school-calendar.js';

export interface WindowSummary {
  name: string;
  from: string;
  to: string;
  lessons: { absent: number; held: number; percent: number };
  /** Absent lessons by documentation state. */
  byDocumentation: { undocumented: number; reported: number; documented: number };
  wholeDays: { absent: number; of: number; percent: number };
  singleLessons: number;
  hours: { total: number; wholeDays: number; singleLessons: number };
  lateArrivals: number;
  isolatedDays: number;
  longestRun: number;
  leftDuringDay: number;
  noNotice: number;
  /** By subject code. */
  subjects: Record<string, { absent: number; held: number; percent: number; undocumented: number }>;
}

export interface FiguresSummary {
  schoolYear: WindowSummary | null;
  term: WindowSummary | null;
}

function summarise(name: string, f: AbsenceFigures): WindowSummary {
  const subjects: WindowSummary['subjects'] = {};
  for (const s of Object.values(f.bySubject)) {
    subjects[s.subjectCode] = { absent: s.absent, held: s.of, percent: s.percent, undocumented: s.byDocumentation.undocumented.absent };
  }
  return {
    name,
    from: f.window.from,
    to: f.window.to,
    lessons: { absent: f.overall.absent, held: f.overall.of, percent: f.overall.percent },
    byDocumentation: {
      undocumented: f.overall.byDocumentation.undocumented.absent,
      reported: f.overall.byDocumentation.reported.absent,
      documented: f.overall.byDocumentation.documented.absent,
    },
    wholeDays: { absent: f.wholeDays.absent, of: f.wholeDays.of, percent: f.wholeDays.percent },
    singleLessons: f.singleLessons.absent,
    hours: f.hours,
    lateArrivals: f.lateArrivals.count,
    isolatedDays: f.isolatedDays.count,
    longestRun: f.longestRun.length,
    leftDuringDay: f.leftDuringDay.count,
    noNotice: f.noNotice.count,
    subjects,
  };
}

/** The term the as-of date is in, or else the last one begun by then. */
export function currentTerm(calendar: SchoolCalendar, asOf: string) {
  return [...calendar.terms].reverse().find((term) => term.startsOn <= asOf);
}

export function figuresSummary(marks: readonly MarkForFigures[], calendar: SchoolCalendar, asOf: string): FiguresSummary {
  if (asOf < calendar.startsOn) return { schoolYear: null, term: null };
  const until = (end: string) => (end < asOf ? end : asOf);
  const term = currentTerm(calendar, asOf);
  const windows: Record<string, { from: string; to: string }> = { schoolYear: { from: calendar.startsOn, to: until(calendar.endsOn) } };
  if (term !== undefined) windows.term = { from: term.startsOn, to: until(term.endsOn) };
  const counted = marks.filter((m) => m.date <= asOf);
  const figures = computeFiguresForWindows(counted, windows);
  return {
    schoolYear: summarise(calendar.name, figures.schoolYear as AbsenceFigures),
    term: term === undefined ? null : summarise(term.name, figures.term as AbsenceFigures),
  };
}
