// `rising`: absence rising over the weeks (Troms, Udir: development in the
// absence, gradually rising absence). Counted in absence occasions, as the
// other comparisons are. Two things must hold: the recent weeks have several
// times the absence of the first half of the school year so far, and enough
// of it to matter; and the occasions lean towards the end of the school year so far
// as a whole, too much to be chance at a steady rate (the Cochran-Armitage
// trend test), so that one bad fortnight after a quiet autumn is not called
// a trend. The comparison itself is not tested for chance: the trend test is
// the stricter one.
import type { PatternOf } from '../../contracts/patterns.js';
import type { PatternSettings } from './settings.js';
import { enoughAbove, excessShare, trendScore } from './statistics.js';
import { isEligible, isOccasion, type Timeline } from './timeline.js';

/**
 * About one-sided 2.3 %. Lenient on its own, but the recent weeks must also
 * hold twice the earlier absence, and a fifth of the days: together they keep
 * false alarms well under one in a hundred pupils with little absence
 * (false-alarms.property.test.ts), and a rise of a few weeks is found before
 * it has gone on for months.
 */
export const TREND_SCORE = 2;

export function findRisingPatterns(t: Timeline, settings: PatternSettings): PatternOf<'rising'>[] {
  const s = settings.rising;
  if (!s.enabled) return [];
  // The eligible days, with the index of their week among the pupil's weeks.
  const events: number[] = [];
  const times: number[] = [];
  const dayOf: number[] = [];
  let weeks = 0;
  let previousWeek = '';
  for (let i = 0; i < t.days.length; i++) {
    if (!isEligible(t, i)) continue;
    if (t.week[i] !== previousWeek) {
      weeks++;
      previousWeek = t.week[i] as string;
    }
    events.push(isOccasion(t, i) ? 1 : 0);
    times.push(weeks);
    dayOf.push(i);
  }
  if (weeks < s.minWeeks) return [];
  const firstRecentWeek = weeks - s.recentWeeks + 1;
  // The first half of the school year so far: a rise that goes on for months would
  // otherwise be measured against its own middle.
  const lastEarlierWeek = Math.floor(weeks / 2);
  const recent = { absent: 0, of: 0 };
  const earlier = { absent: 0, of: 0 };
  let first = -1;
  let earlierTo = '';
  for (let j = 0; j < events.length; j++) {
    const week = times[j] as number;
    let tally: typeof recent | null = null;
    if (week >= firstRecentWeek) {
      tally = recent;
      if (first < 0) first = dayOf[j] as number;
    } else if (week <= lastEarlierWeek) {
      tally = earlier;
      earlierTo = t.days[dayOf[j] as number]!.date;
    }
    if (tally === null) continue;
    tally.of++;
    tally.absent += events[j] as number;
  }
  if (!enoughAbove(recent, earlier, { minCount: 3, minPercent: s.minRecentPercent, timesUsual: s.timesEarlier })) return [];
  if (trendScore(events, times) < TREND_SCORE) return [];
  const evidence: string[] = [];
  for (let i = first; i < t.days.length; i++) if (isOccasion(t, i)) evidence.push(t.days[i]!.date);
  return [
    {
      kind: 'rising',
      detail: { recentWeeks: s.recentWeeks, from: t.days[first]!.date, recent, earlier, earlierTo },
      evidence,
      strength: excessShare(recent, earlier),
    },
  ];
}
