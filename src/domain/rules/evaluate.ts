// Judging one pupil against a policy on an as-of date. Pure: the caller reads
// the marks, the calendar and the birth date and stores the concerns.
//
// How a rule is judged, and why:
// - Every window of the rule's kind that has begun by the as-of date is
//   judged (see windows.ts), each once; a concern is keyed by rule, window and
//   subject so that the caller raises it once.
// - A percentage is not judged before its base reaches the rule's
//   `minimumBase`, nor in a rolling window that does not yet reach its full
//   length: both would make one absent lesson early in the year a concern.
// - A rolling window moves every school day. Judged day by day it would fire
//   every day the pupil stays above the threshold, so consecutive days above it
//   are one episode, reported in the window of its first day; when the figure
//   falls back and rises again, that is a new episode and a new concern.
// - `approaching` is only reported in a window still running: in a window
//   that has ended, the threshold was either reached or it was not.
import type { Concern } from './concern.js';
import { concernKey, meets, resolveRecipients } from './concern.js';
import { percentOf } from '../figures/share.js';
import { MEASURE_INFO } from './measures.js';
import type { Policy, Rule } from './policy-schema.js';
import { FiguresByWindow, preparePupil, type PreparedPupil, type PupilInput } from './pupil-input.js';
import { readMeasure, type Reading } from './read-measure.js';
import { dueDate } from './school-days.js';
import { resolveWindows, windowKindKey, type EvaluationWindow } from './windows.js';

export type { PupilInput } from './pupil-input.js';

export type State = 'none' | 'approaching' | 'crossed';

export interface Judged {
  /** Its `position` among the rule's windows tells whether two rolling windows are consecutive days. */
  window: EvaluationWindow;
  subjectId: string | null;
  subjectCode: string | null;
  reading: Reading;
  state: State;
}

export function judge(rule: Rule, reading: Reading, window: EvaluationWindow): State {
  const info = MEASURE_INFO[rule.measure];
  if (info.kind === 'percent') {
    if (!window.full) return 'none';
    if (reading.base === null || reading.base < (rule.minimumBase ?? 0) || reading.base === 0) return 'none';
  }
  if (meets(reading.value, rule.comparison, rule.threshold)) return 'crossed';
  if (rule.approaching !== undefined && meets(reading.value, rule.comparison, rule.approaching)) return 'approaching';
  return 'none';
}

/** The windows of each rule, in the rules' order. */
export function windowsOfRules(policy: Policy, pupil: PreparedPupil): (readonly EvaluationWindow[])[] {
  return policy.rules.map((rule) => resolveWindows(rule.window, pupil.index, pupil.asOf, pupil.eventfulDays));
}

/**
 * Whether the rule's figure in the window could reach its lowest level (the
 * approaching level, or the threshold). The pupil's day totals bound every
 * measure from above: a count is never more than the absent lessons and late
 * arrivals together, a share of lessons never more than all absent lessons
 * over the held ones, a share of days never more than the days with absence
 * over the school days. Windows that cannot reach the level (most windows of
 * most pupils: rolling windows come by the hundred) need no figures at all.
 */
export function mayReach(rule: Rule, pupil: PreparedPupil, window: EvaluationWindow): boolean {
  const sums = pupil.sums.between(window.from, window.until);
  if (sums.absentLessons + sums.lateArrivals === 0) return false;
  const info = MEASURE_INFO[rule.measure];
  let bound: number;
  if (info.kind === 'count') bound = sums.absentLessons + sums.lateArrivals;
  // One subject's share can be anything up to 100 %.
  else if (rule.filter?.perSubject === true) bound = sums.absentLessons > 0 ? 100 : 0;
  else if (info.base === 'days') bound = percentOf(sums.daysWithAbsence, sums.days);
  else bound = percentOf(sums.absentLessons, sums.heldLessons);
  return meets(bound, rule.comparison, rule.approaching ?? rule.threshold);
}

/** Every (window, subject) of a rule, read and judged. */
export function judgeRule(rule: Rule, windows: readonly EvaluationWindow[], figures: FiguresByWindow, pupil: PreparedPupil): Judged[] {
  const judged: Judged[] = [];
  for (const window of windows) {
    const windowFigures = figures.get(window.from, window.until);
    const scopes: [string | null, string | null][] =
      rule.filter?.perSubject === true
        ? Object.values(windowFigures.bySubject).map((s) => [s.subjectId, s.subjectCode])
        : [[null, null]];
    for (const [subjectId, subjectCode] of scopes) {
      const reading = readMeasure(rule, windowFigures, subjectId, pupil);
      judged.push({ window, subjectId, subjectCode, reading, state: judge(rule, reading, window) });
    }
  }
  return judged;
}

function bySubject(judged: readonly Judged[]): Judged[][] {
  const groups = new Map<string, Judged[]>();
  for (const j of judged) {
    const list = groups.get(j.subjectId ?? '');
    if (list === undefined) groups.set(j.subjectId ?? '', [j]);
    else list.push(j);
  }
  return [...groups.values()];
}

const follows = (previous: Judged | undefined, j: Judged, state: State) =>
  previous !== undefined && previous.state === state && previous.window.position === j.window.position - 1;

/** The judged windows that raise a concern, and whether each is only approaching. */
export function raised(rule: Rule, judged: readonly Judged[]): { at: Judged; approaching: boolean }[] {
  const rolling = rule.window.kind === 'rollingSchoolDays' || rule.window.kind === 'rollingWeeks';
  if (!rolling) {
    return judged
      .filter((j) => j.state === 'crossed' || (j.state === 'approaching' && j.window.open))
      .map((j) => ({ at: j, approaching: j.state === 'approaching' }));
  }
  const result: { at: Judged; approaching: boolean }[] = [];
  for (const list of bySubject(judged)) {
    // Each run of windows above the threshold is one episode, told by its first window.
    list.forEach((j, i) => {
      if (j.state === 'crossed' && !follows(list[i - 1], j, 'crossed')) result.push({ at: j, approaching: false });
    });
    // Approaching is only news while it lasts: the run that reaches the window still open.
    const last = list.length - 1;
    if (list[last]?.window.open !== true || list[last].state !== 'approaching') continue;
    let start = last;
    while (start > 0 && follows(list[start - 1], list[start] as Judged, 'approaching')) start--;
    result.push({ at: list[start] as Judged, approaching: true });
  }
  return result;
}

/** What the evaluator needs of the pupil to write a concern: the calendar, the day, and the age. */
export type ConcernContext = Pick<PreparedPupil, 'index' | 'asOf' | 'birthDate'>;

export function toConcern(policy: Policy, rule: Rule, at: Judged, approaching: boolean, pupil: ConcernContext): Concern {
  const { window, reading } = at;
  const stepRef = rule.trigger.step;
  const step =
    stepRef === undefined
      ? undefined
      : policy.staircase?.steps.find((s) => (typeof stepRef === 'number' ? s.number === stepRef : s.id === stepRef));
  const concern: Concern = {
    key: concernKey(rule.id, window, at.subjectId, approaching),
    rule: rule.id,
    ruleName: rule.name,
    measure: rule.measure,
    level: rule.trigger.level,
    comparison: rule.comparison,
    value: reading.value,
    threshold: rule.threshold,
    approaching,
    base: reading.base,
    window: {
      kind: windowKindKey(rule.window),
      from: window.from,
      to: window.to,
      until: window.until,
      ...(window.label === undefined ? {} : { label: window.label }),
    },
    evidence: reading.evidence,
    // Approaching is for the contact teacher, who must know who nears a limit; the others are told when it is reached.
    notify: approaching ? ['contactTeacher'] : resolveRecipients(rule.trigger.notify, pupil.birthDate, pupil.asOf),
    dueBy: dueDate(pupil.index, pupil.asOf, rule.trigger.actWithin),
  };
  if (at.subjectId !== null) {
    concern.subjectId = at.subjectId;
    concern.subject = at.subjectCode ?? at.subjectId;
  }
  if (step !== undefined && !approaching) concern.step = { id: step.id, number: step.number, name: step.name };
  return concern;
}

/**
 * The concerns a policy raises about one pupil on `input.asOf`, in date order
 * of their windows (then in the policy's rule order, then by subject).
 *
 * @example
 * evaluatePolicy(getPreset('lyngen'), { marks, calendar: norwegianSchoolYear(2026), asOf: '2026-11-20', birthDate: '2014-03-02' })
 * // [{ key: 'ten-single-lessons-term|2026-08-18|2026-12-18|', rule: 'ten-single-lessons-term', level: 'concern',
 * //    value: 10, threshold: 10, approaching: false, window: { kind: 'term', from: '2026-08-18', to: '2026-12-18', … },
 * //    evidence: ['2026-09-02', …], notify: ['contactTeacher', 'guardians'], dueBy: '2026-11-20', step: { number: 1, … } }]
 */
export function evaluatePolicy(policy: Policy, input: PupilInput): Concern[] {
  const pupil = preparePupil(input);
  return evaluatePrepared(policy, pupil);
}

export function evaluatePrepared(policy: Policy, pupil: PreparedPupil): Concern[] {
  const windowsByRule = windowsOfRules(policy, pupil).map((windows, i) => windows.filter((w) => mayReach(policy.rules[i] as Rule, pupil, w)));
  const figures = new FiguresByWindow(pupil);
  for (const windows of windowsByRule) for (const w of windows) figures.want(w.from, w.until);

  const concerns: { concern: Concern; ruleIndex: number }[] = [];
  policy.rules.forEach((rule, ruleIndex) => {
    const judged = judgeRule(rule, windowsByRule[ruleIndex] ?? [], figures, pupil);
    for (const { at, approaching } of raised(rule, judged)) {
      concerns.push({ concern: toConcern(policy, rule, at, approaching, pupil), ruleIndex });
    }
  });
  return inReportOrder(concerns);
}

/** Concerns in date order of their windows, then in the policy's rule order, then by subject. */
export function inReportOrder(concerns: { concern: Concern; ruleIndex: number }[]): Concern[] {
  concerns.sort(
    (a, b) =>
      compare(a.concern.window.from, b.concern.window.from) ||
      a.ruleIndex - b.ruleIndex ||
      compare(a.concern.subject ?? '', b.concern.subject ?? ''),
  );
  return concerns.map((c) => c.concern);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
