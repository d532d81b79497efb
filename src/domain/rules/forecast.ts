// Where a pupil is heading: at the rate of the window so far, when each
// threshold will be reached and what the figure will be at the end of the
// window (the term, the month). For the contact teacher, who must know which
// pupils approach the limits before they reach them (Lyngen, Troms).
//
// "At the current rate" means the school days of the window so far:
// - A count grows by (count so far / school days so far) a school day.
// - A percentage stays where it is at a steady rate (absence and lessons grow
//   together), so it is projected flat; what moves is the margin: how many
//   more absent lessons (or days) before the end of the window would bring
//   it to the threshold, with lessons held at the pace so far.
// Only calendar windows still running are forecast: a rolling window has no
// end to project to, a one-day window nothing to extrapolate, and the length
// of a run of days does not grow at a rate.
import { meets } from './concern.js';
import { judgeRule, windowsOfRules } from './evaluate.js';
import { MEASURE_INFO } from './measures.js';
import type { Comparison, Policy, Rule } from './policy-schema.js';
import { FiguresByWindow, preparePupil, type PupilInput } from './pupil-input.js';
import { countSchoolDays, schoolDayAfter, shiftDate, type SchoolDayIndex } from './school-days.js';
import type { EvaluationWindow } from './windows.js';

export interface Forecast {
  rule: string;
  subject?: string;
  subjectId?: string;
  window: { from: string; to: string };
  comparison: Comparison;
  threshold: number;
  /** The figure so far. */
  value: number;
  /** The threshold is met already. */
  crossed: boolean;
  /** The figure at the end of the window at the rate so far (exact; round for display). */
  projectedAtEnd: number;
  /** The school day the projection first meets the threshold; null when it will not within the window (or has). */
  crossesOn: string | null;
  /** How many more absent lessons, days or late arrivals (the measure's unit) reach the threshold by the end; 0 when met. */
  margin: number;
  elapsedSchoolDays: number;
  remainingSchoolDays: number;
}

const FORECAST_WINDOWS = new Set(['term', 'halfYear', 'schoolYear', 'month']);

/** The smallest whole number of units that, added to `value`, meets the comparison with `limit`. */
function unitsToMeet(value: number, comparison: Comparison, limit: number): number {
  // Rounded first: 10 % of 50 lessons computed as 5.000000000000001 must not ask for a sixth.
  const gap = Math.round((limit - value) * 1e9) / 1e9;
  const needed = comparison === 'atLeast' ? Math.ceil(gap) : Math.floor(gap) + 1;
  return Math.max(needed, 0);
}

interface Inputs {
  value: number;
  /** The absent lessons or days of a percentage, its base, or for a count null. */
  part: number | null;
  base: number | null;
}

/** The forecast of one figure; pure arithmetic, exported for its tests. */
export function project(
  rule: Pick<Rule, 'measure' | 'comparison' | 'threshold'>,
  figure: Inputs,
  window: Pick<EvaluationWindow, 'from' | 'to'>,
  asOf: string,
  index: SchoolDayIndex,
): Omit<Forecast, 'rule' | 'subject' | 'subjectId'> {
  const elapsed = countSchoolDays(index, window.from, asOf);
  const remaining = countSchoolDays(index, shiftDate(asOf, 1), window.to);
  const { value } = figure;
  const crossed = meets(value, rule.comparison, rule.threshold);
  const base = { window: { from: window.from, to: window.to }, comparison: rule.comparison, threshold: rule.threshold, value, crossed };
  const days = { elapsedSchoolDays: elapsed, remainingSchoolDays: remaining };

  if (MEASURE_INFO[rule.measure].kind === 'percent') {
    const part = figure.part ?? 0;
    const held = figure.base ?? 0;
    // Lessons (or days) still to come at the pace so far; none known before the first school day.
    const coming = elapsed === 0 ? 0 : (held * remaining) / elapsed;
    const total = held + coming;
    const margin = total === 0 ? 0 : unitsToMeet(part, rule.comparison, (rule.threshold * total) / 100);
    return { ...base, projectedAtEnd: value, crossesOn: null, margin: crossed ? 0 : margin, ...days };
  }

  const margin = unitsToMeet(value, rule.comparison, rule.threshold);
  if (elapsed === 0 || value === 0) return { ...base, projectedAtEnd: value, crossesOn: null, margin, ...days };
  const projectedAtEnd = value + (value * remaining) / elapsed;
  let crossesOn: string | null = null;
  if (!crossed) {
    // value + value/elapsed * k >= value + margin  <=>  k >= margin * elapsed / value, in whole school days.
    const k = Math.ceil((margin * elapsed) / value);
    if (k <= remaining) crossesOn = schoolDayAfter(index, asOf, k);
  }
  return { ...base, projectedAtEnd, crossesOn, margin, ...days };
}

/** A forecast for every rule with a calendar window still running, per subject where the rule is. */
export function forecastPolicy(policy: Policy, input: PupilInput): Forecast[] {
  const pupil = preparePupil(input);
  const windowsByRule = windowsOfRules(policy, pupil).map((windows, i) => {
    const rule = policy.rules[i] as Rule;
    const wanted = FORECAST_WINDOWS.has(rule.window.kind) && MEASURE_INFO[rule.measure].forecast;
    return wanted ? windows.filter((w) => w.open) : [];
  });
  const figures = new FiguresByWindow(pupil);
  for (const windows of windowsByRule) for (const w of windows) figures.want(w.from, w.until);

  const forecasts: Forecast[] = [];
  policy.rules.forEach((rule, i) => {
    for (const judged of judgeRule(rule, windowsByRule[i] ?? [], figures, pupil)) {
      const { reading, window } = judged;
      // A percentage below its minimum base is not judged yet, so it is not forecast either.
      if (MEASURE_INFO[rule.measure].kind === 'percent' && (reading.base ?? 0) < (rule.minimumBase ?? 0)) continue;
      const part = reading.base === null ? null : Math.round((reading.value * reading.base) / 100);
      const forecast: Forecast = {
        rule: rule.id,
        ...project(rule, { value: reading.value, part, base: reading.base }, window, pupil.asOf, pupil.index),
      };
      if (judged.subjectId !== null) {
        forecast.subjectId = judged.subjectId;
        forecast.subject = judged.subjectCode ?? judged.subjectId;
      }
      forecasts.push(forecast);
    }
  });
  return forecasts;
}
