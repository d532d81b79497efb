// `lesson-level`: missing the start of the day (absent from the first
// lessons, there for the rest) or leaving during it (there first, absent from
// the rest) far more often than the pupil misses lessons in the middle of the
// day (Troms, Udir: lesson-level absence, leaving during the day). Late
// arrivals are presence and have their own detector.
import type { PatternOf } from '../../contracts/patterns.js';
import { lessonsWhere, type Finding } from './explanations.js';
import type { PatternSettings } from './settings.js';
import { clearlyAbove, excessShare } from './statistics.js';
import { DayPart, type Timeline } from './timeline.js';

const PARTS = [
  { part: 'start', flags: (t: Timeline) => t.missedStart, dayPart: DayPart.Start },
  { part: 'end', flags: (t: Timeline) => t.leftEarly, dayPart: DayPart.End },
] as const;

export function findLessonLevelPatterns(t: Timeline, settings: PatternSettings): Finding<PatternOf<'lesson-level'>>[] {
  const s = settings.lessonLevel;
  if (!s.enabled || t.partOfDayDays === 0) return [];
  const limits = { minCount: s.minDays, minPercent: s.minPercent, timesUsual: s.timesUsual, logAlpha: Math.log(settings.significance / PARTS.length) };
  const found: Finding<PatternOf<'lesson-level'>>[] = [];
  for (const { part, flags: flagsOf, dayPart } of PARTS) {
    const flags = flagsOf(t);
    let count = 0;
    for (const flag of flags) count += flag;
    const days = { absent: count, of: t.partOfDayDays };
    if (clearlyAbove(days, t.middleLessons, limits) === null) continue;
    const evidence: string[] = [];
    for (let i = 0; i < t.days.length; i++) if (flags[i] === 1) evidence.push(t.days[i]!.date);
    found.push({
      minCount: s.minDays,
      scope: t.partOfDayDays,
      lessons: lessonsWhere(t.absences, (i) => t.absences.part[i] === dayPart && flags[(t.absences.key[i] as number) >>> 5] === 1),
      pattern: {
        kind: 'lesson-level',
        detail: { part, days, otherLessons: { ...t.middleLessons } },
        evidence,
        strength: excessShare(days, t.middleLessons),
      },
    });
  }
  return found;
}
