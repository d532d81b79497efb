// `weekday`: absence on one weekday far more often than on the other days
// (Troms, Udir: frequent absence on particular weekdays). Counted in absence
// occasions (see timeline.ts): days away, or away from most of the day; a run
// of days counts on its first day, so Monday means "stays at home from
// Monday", and a lesson or two missed is left to the lesson-level detectors.
import type { PatternOf } from '../../contracts/patterns.js';
import type { PatternSettings } from './settings.js';
import { clearlyAbove, excessShare } from './statistics.js';
import { isEligible, isOccasion, type Timeline } from './timeline.js';

const WEEKDAYS = [1, 2, 3, 4, 5] as const;

export function findWeekdayPatterns(t: Timeline, settings: PatternSettings): PatternOf<'weekday'>[] {
  const s = settings.weekday;
  if (!s.enabled) return [];
  const eligible = new Int32Array(8);
  const starts = new Int32Array(8);
  let allEligible = 0;
  let allStarts = 0;
  for (let i = 0; i < t.days.length; i++) {
    const w = t.weekday[i] as number;
    if (w > 5 || !isEligible(t, i)) continue;
    eligible[w] = (eligible[w] as number) + 1;
    allEligible++;
    if (isOccasion(t, i)) {
      starts[w] = (starts[w] as number) + 1;
      allStarts++;
    }
  }
  if (allStarts < s.minDays) return [];
  const limits = { minCount: s.minDays, minPercent: s.minPercent, timesUsual: s.timesUsual, logAlpha: Math.log(settings.significance / WEEKDAYS.length) };
  const found: PatternOf<'weekday'>[] = [];
  for (const weekday of WEEKDAYS) {
    const days = { absent: starts[weekday] as number, of: eligible[weekday] as number };
    const otherDays = { absent: allStarts - days.absent, of: allEligible - days.of };
    if (clearlyAbove(days, otherDays, limits) === null) continue;
    const evidence: string[] = [];
    for (let i = 0; i < t.days.length; i++) {
      if (t.weekday[i] === weekday && isOccasion(t, i)) evidence.push(t.days[i]!.date);
    }
    found.push({ kind: 'weekday', detail: { weekday, days, otherDays }, evidence, strength: excessShare(days, otherDays) });
  }
  return found;
}
