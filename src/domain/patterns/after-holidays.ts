// `after-holidays`: more absence after a holiday than before it (Troms:
// absence rising gradually after holidays; Lyngen: the transitions after
// holidays). For each break of at least three weekdays (timeline.ts), the
// pupil's days from the break to the next one (or to the as-of day) are
// compared with the days between the previous break (or the start of the
// school year) and this one, in absence occasions: a cold of a week after the
// break is one occasion, not five.
import type { PatternOf, Tally } from '../../contracts/patterns.js';
import type { CalendarHoliday } from '../school-calendar.js';
import type { PatternSettings } from './settings.js';
import { clearlyAbove, excessShare } from './statistics.js';
import { breaksIn, firstDayAtOrAfter, isEligible, isOccasion, type Timeline } from './timeline.js';
import { shiftDate } from '../rules/school-days.js';

interface Stretch {
  holiday: CalendarHoliday;
  after: [number, number];
  before: [number, number];
}

function tally(t: Timeline, [from, to]: [number, number]): Tally {
  const result = { absent: 0, of: 0 };
  for (let i = from; i < to; i++) {
    if (!isEligible(t, i)) continue;
    result.of++;
    if (isOccasion(t, i)) result.absent++;
  }
  return result;
}

export function findAfterHolidayPatterns(t: Timeline, settings: PatternSettings): PatternOf<'after-holidays'>[] {
  const s = settings.afterHolidays;
  if (!s.enabled) return [];
  const breaks = breaksIn(t.calendar);
  const stretches: Stretch[] = [];
  breaks.forEach((holiday, b) => {
    if (holiday.endsOn >= t.asOf) return;
    const next = breaks[b + 1];
    const previous = breaks[b - 1];
    const after: [number, number] = [firstDayAtOrAfter(t, shiftDate(holiday.endsOn, 1)), next ? firstDayAtOrAfter(t, next.startsOn) : t.days.length];
    const before: [number, number] = [previous ? firstDayAtOrAfter(t, shiftDate(previous.endsOn, 1)) : 0, firstDayAtOrAfter(t, holiday.startsOn)];
    if (after[1] - after[0] >= s.minSchoolDaysAfter && before[1] > before[0]) stretches.push({ holiday, after, before });
  });
  if (stretches.length === 0) return [];
  const limits = { minCount: s.minDays, minPercent: s.minPercent, timesUsual: s.timesUsual, logAlpha: Math.log(settings.significance / stretches.length) };
  const found: PatternOf<'after-holidays'>[] = [];
  for (const { holiday, after, before } of stretches) {
    const afterTally = tally(t, after);
    const beforeTally = tally(t, before);
    if (clearlyAbove(afterTally, beforeTally, limits) === null) continue;
    const evidence: string[] = [];
    for (let i = after[0]; i < after[1]; i++) if (isOccasion(t, i)) evidence.push(t.days[i]!.date);
    found.push({
      kind: 'after-holidays',
      detail: {
        holiday: { name: holiday.name, kind: holiday.kind, startsOn: holiday.startsOn, endsOn: holiday.endsOn },
        after: afterTally,
        before: beforeTally,
      },
      evidence,
      strength: excessShare(afterTally, beforeTally),
    });
  }
  return found;
}
