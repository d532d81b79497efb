// Absence patterns: what a pupil's absence looks like, each with the dates
// that make it and a strength from 0 to 1 (docs/patterns.md). Pure: the
// caller passes one pupil's marks, the school calendar and the as-of day.
import { PATTERN_KINDS, type Pattern } from '../../contracts/patterns.js';
import type { MarkForFigures } from '../figures/types.js';
import type { SchoolCalendar } from '../school-calendar.js';
import { findAfterHolidayPatterns } from './after-holidays.js';
import { findLateArrivalPatterns } from './late-arrivals.js';
import { findLessonLevelPatterns } from './lesson-level.js';
import { findLongAbsencePatterns } from './long-absence.js';
import { findRisingPatterns } from './rising.js';
import { DEFAULT_PATTERN_SETTINGS, type PatternSettings } from './settings.js';
import { findSingleDayPatterns } from './single-days.js';
import { findSubjectPatterns } from './subject.js';
import { findTeacherPatterns } from './teacher.js';
import { bestExplanations } from './explanations.js';
import { buildTimeline } from './timeline.js';
import { findWeekdayPatterns } from './weekday.js';

export { DEFAULT_PATTERN_SETTINGS, patternSettingsSchema, resolvePatternSettings } from './settings.js';
export type { PatternSettings, PatternSettingsInput } from './settings.js';
export type { Pattern, PatternKind, PatternOf } from '../../contracts/patterns.js';
export { PATTERN_KINDS } from '../../contracts/patterns.js';

export interface PatternInput {
  /** One pupil's marks, in any order; only held lessons from the start of the school year to `asOf` count. */
  marks: Iterable<MarkForFigures>;
  /** The school year: its start, and its holidays for `after-holidays`. */
  calendar: SchoolCalendar;
  /** 'YYYY-MM-DD': the day the patterns are looked for on; later marks are left out. */
  asOf: string;
}

const KIND_ORDER = new Map(PATTERN_KINDS.map((kind, i) => [kind, i]));

/**
 * Every pattern in the pupil's school year so far, ordered by kind (as in
 * PATTERN_KINDS) and, within a kind, strongest first.
 */
export function detectPatterns(input: PatternInput, settings: PatternSettings = DEFAULT_PATTERN_SETTINGS): Pattern[] {
  const t = buildTimeline(input.marks, input.calendar, input.asOf);
  if (t.days.length === 0) return [];
  const weekdays = findWeekdayPatterns(t, settings);
  const patterns: Pattern[] = [
    ...weekdays,
    ...findSingleDayPatterns(t, settings, new Set(weekdays.flatMap((p) => p.evidence))),
    ...findLongAbsencePatterns(t, settings),
    // Where these describe the same absent lessons, the best explanation alone (explanations.ts).
    ...bestExplanations<Pattern>([
      ...findLessonLevelPatterns(t, settings),
      ...findSubjectPatterns(t, settings),
      ...findTeacherPatterns(t, settings),
    ]),
    ...findAfterHolidayPatterns(t, settings),
    ...findRisingPatterns(t, settings),
    ...findLateArrivalPatterns(t, settings),
  ];
  return patterns.sort((a, b) => (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) || b.strength - a.strength);
}
