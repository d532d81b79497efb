// `long-absence`: a long continuous absence, whole days on consecutive school
// days (Troms, Udir: long absence). A weekend or a holiday in between does
// not break a run (days.ts: absentRuns). One pattern per run.
import type { PatternOf } from '../../contracts/patterns.js';
import { absentRuns } from '../figures/days.js';
import type { PatternSettings } from './settings.js';
import { roundStrength } from './statistics.js';
import type { Timeline } from './timeline.js';

/** A run of this many school days (four school weeks) or more has strength 1. */
export const FULL_STRENGTH_SCHOOL_DAYS = 20;

export function findLongAbsencePatterns(t: Timeline, settings: PatternSettings): PatternOf<'long-absence'>[] {
  const s = settings.longAbsence;
  if (!s.enabled) return [];
  const lastDay = t.days[t.days.length - 1]?.date;
  return absentRuns(t.days)
    .filter((run) => run.length >= s.minSchoolDays)
    .map((run) => {
      const to = run[run.length - 1]!;
      return {
        kind: 'long-absence',
        detail: { from: run[0]!, to, schoolDays: run.length, ongoing: to === lastDay },
        evidence: run,
        strength: roundStrength(run.length / FULL_STRENGTH_SCHOOL_DAYS),
      };
    });
}
