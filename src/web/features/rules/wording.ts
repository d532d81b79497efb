// A concern, a forecast or a rule in plain words: «10,7 % av 420 holdte
// timer», «minst 10 enkelttimer», «Høsthalvåret 2026, 18. aug.–18. des.»,
// «kontaktlærer og foresatte». Pure: the texts and formats come in as
// arguments, so the wording is tested without a browser.
import type { ConcernView } from '../../../contracts/rules';
import type { Locale } from '../../../contracts/locale';
import { MEASURE_INFO, type Measure } from '../../../domain/rules/measures';
import { capitalise, type Formatter } from './format';
import type { RulesT } from './use-rules-i18n';

export interface Words {
  tr: RulesT;
  fmt: Formatter;
  locale: Locale;
}

export type Comparison = 'atLeast' | 'moreThan';

const isPercent = (measure: Measure) => MEASURE_INFO[measure].kind === 'percent';

/**
 * An amount of what the measure counts: «21 enkelttimer», «1 forsentkomming»;
 * a percentage alone for a share. Projected counts are rounded to whole ones.
 */
export function amountText(w: Words, measure: Measure, value: number): string {
  if (isPercent(measure)) return w.fmt.percent(value);
  const count = Math.round(value);
  return w.tr(`amount.${measure}`, { count, value: w.fmt.integer(count) });
}

/** The figure with what it is a share of: «10,7 % av 420 holdte timer», or a count: «21 enkelttimer». */
export function figureText(w: Words, measure: Measure, value: number, base: number | null): string {
  if (!isPercent(measure)) return amountText(w, measure, value);
  return w.tr(`figure.${measure}`, { value: w.fmt.percent(value), base: w.fmt.integer(base ?? 0) });
}

/** The threshold as the rule says it: «minst 10 %», «mer enn 10 forsentkomminger». */
export function limitText(w: Words, measure: Measure, comparison: Comparison, threshold: number): string {
  const amount = isPercent(measure) ? w.fmt.threshold(threshold) : amountText(w, measure, threshold);
  return w.tr(`comparison.${comparison}`, { amount });
}

const ONE_DAY = new Set(['schoolDay', 'firstSchoolDay']);
const yearOf = (isoDate: string) => isoDate.slice(0, 4);

/** Which period: «Høsthalvåret 2026», «November 2026», «Skoleåret 2026–2027», «Man. 30. nov.». */
export function windowName(w: Words, window: { kind: string; from: string; to: string }): string {
  switch (window.kind) {
    case 'term':
    case 'halfYear':
      return w.tr(Number(window.from.slice(5, 7)) >= 8 ? 'window.autumn' : 'window.spring', { year: yearOf(window.from) });
    case 'schoolYear':
      return w.tr('window.schoolYear', { from: yearOf(window.from), to: yearOf(window.to) });
    case 'month':
      return capitalise(w.fmt.month(window.from.slice(0, 7)), w.locale);
    case 'schoolDay':
      return capitalise(w.fmt.day(window.from), w.locale);
    case 'firstSchoolDay':
      return w.tr('window.firstSchoolDay', { date: w.fmt.day(window.from) });
    default:
      return w.tr('window.rolling');
  }
}

/** The period with its days, and how far it is counted while it still runs. */
export function windowText(w: Words, window: { kind: string; from: string; to: string; until: string }): string {
  const name = windowName(w, window);
  if (ONE_DAY.has(window.kind)) return name;
  const values = { window: name, from: w.fmt.shortDay(window.from), to: w.fmt.shortDay(window.to), until: w.fmt.shortDay(window.until) };
  return w.tr(window.until < window.to ? 'window.rangeRunning' : 'window.range', values);
}

const KNOWN_RECIPIENTS = new Set([
  'contactTeacher',
  'subjectTeacher',
  'classTeam',
  'counsellor',
  'resourceTeam',
  'leadership',
  'guardians',
  'guardiansOrPupil',
  'pupil',
]);

/** «kontaktlærer og foresatte» */
export function recipientsText(w: Words, notify: readonly string[]): string {
  return w.fmt.list(notify.map((r) => (KNOWN_RECIPIENTS.has(r) ? w.tr(`recipient.${r}`) : r)));
}

/** What to do next: the staircase step the rule opens, or the owner's routine when it names none. */
export function nextStepText(w: Words, step: ConcernView['step']): string {
  return step ? w.tr('concern.step', { number: step.number, name: step.name }) : w.tr('concern.noStep');
}

export type DueState = 'overdue' | 'today' | 'later' | 'handled' | 'closed' | 'nearing';

/** Where a concern stands on its deadline; only an open, holding concern that has been met has one. */
export function dueState(concern: ConcernView, asOf: string): DueState {
  if (concern.status === 'handled') return 'handled';
  if (concern.status === 'superseded' || !concern.holds || concern.backfilled) return 'closed';
  if (concern.approaching) return 'nearing';
  if (concern.overdue) return 'overdue';
  return concern.dueBy <= asOf ? 'today' : 'later';
}

/** The deadline in words; the overdue mark beside it is drawn by the component. */
export function dueText(w: Words, concern: ConcernView, asOf: string): string | null {
  const date = w.fmt.day(concern.dueBy);
  switch (dueState(concern, asOf)) {
    case 'overdue':
      return w.tr('due.overdue', { date });
    case 'today':
      return w.tr('due.today', { date });
    case 'later':
      return w.tr('due.by', { date });
    default:
      return null;
  }
}

/** How many more lessons, days or late arrivals reach the threshold. */
export function marginText(w: Words, measure: Measure, margin: number): string {
  return w.tr(`margin.${MEASURE_INFO[measure].unit}`, { count: margin, value: w.fmt.integer(margin) });
}

/** The subject a per-subject rule is about: «Matematikk (MAT)» or the code alone. */
export function subjectText(subject: { code: string; name?: string } | null): string | null {
  if (!subject) return null;
  return subject.name && subject.name !== subject.code ? `${subject.name} (${subject.code})` : subject.code;
}
