// `single-days`: many whole days absent on their own (the school days either
// side attended), close together (Troms: single days). A day or two now and
// then is part of any school year; five within six school weeks is a pattern.
import type { PatternOf } from '../../contracts/patterns.js';
import { isolatedAbsentDays } from '../figures/days.js';
import { episodesOf } from './episodes.js';
import type { PatternSettings } from './settings.js';
import { roundStrength } from './statistics.js';
import type { Timeline } from './timeline.js';

/** `toldElsewhere`: single days a weekday pattern already shows (its Mondays are single days too). */
export function findSingleDayPatterns(t: Timeline, settings: PatternSettings, toldElsewhere: ReadonlySet<string> = new Set()): PatternOf<'single-days'>[] {
  const s = settings.singleDays;
  if (!s.enabled) return [];
  const dates = isolatedAbsentDays(t.days).filter((date) => !toldElsewhere.has(date));
  if (dates.length < s.minDays) return [];
  // The day index of each single day, for counting school days between them.
  const positions: number[] = [];
  let i = 0;
  for (const date of dates) {
    while (t.days[i]!.date !== date) i++;
    positions.push(i);
  }
  return episodesOf(positions, s.minDays, s.withinSchoolDays).map(({ first, last }) => {
    const evidence = dates.slice(first, last + 1);
    const schoolDays = positions[last]! - positions[first]! + 1;
    return {
      kind: 'single-days',
      detail: { days: evidence.length, schoolDays, from: evidence[0]!, to: evidence[evidence.length - 1]! },
      evidence,
      // The share of the school days in the span that were single days absent.
      strength: roundStrength(evidence.length / schoolDays),
    };
  });
}
