// `late-arrivals`: many late arrivals close together (Lyngen: repeated late
// arrivals are worrying; Troms: often late). Counted in days with a late
// arrival, so that a morning late for two lessons is one morning.
import type { PatternOf } from '../../contracts/patterns.js';
import { episodesOf } from './episodes.js';
import type { PatternSettings } from './settings.js';
import { roundStrength } from './statistics.js';
import type { Timeline } from './timeline.js';

export function findLateArrivalPatterns(t: Timeline, settings: PatternSettings): PatternOf<'late-arrivals'>[] {
  const s = settings.lateArrivals;
  if (!s.enabled) return [];
  const positions: number[] = [];
  for (let i = 0; i < t.days.length; i++) if (t.days[i]!.lateArrivals > 0) positions.push(i);
  if (positions.length < s.minLateDays) return [];
  return episodesOf(positions, s.minLateDays, s.withinSchoolDays).map(({ first, last }) => {
    const days = positions.slice(first, last + 1).map((i) => t.days[i]!);
    const schoolDays = positions[last]! - positions[first]! + 1;
    return {
      kind: 'late-arrivals',
      detail: {
        lateArrivals: days.reduce((n, d) => n + d.lateArrivals, 0),
        days: days.length,
        schoolDays,
        from: days[0]!.date,
        to: days[days.length - 1]!.date,
        minutes: days.reduce((n, d) => n + d.minutesLate, 0),
      },
      evidence: days.map((d) => d.date),
      // The share of the school days in the span with a late arrival.
      strength: roundStrength(days.length / schoolDays),
    };
  });
}
