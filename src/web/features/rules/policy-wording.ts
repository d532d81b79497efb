// A rule of the owner's policy in words, for the table of the rules in force:
// what is counted, over which period, the threshold, who is told and by when.
import type { Due, Policy, Rule, RuleWindow } from '../../../domain/rules/policy-schema';
import { MEASURE_INFO } from '../../../domain/rules/measures';
import { amountText, limitText, recipientsText, type Words } from './wording';

/** «Fravær i prosent av holdte timer · bare udokumentert · hvert fag for seg» */
export function measureText(w: Words, rule: Rule): string {
  const parts = [w.tr(`measure.${rule.measure}`)];
  const states = rule.filter?.documentation;
  if (states) parts.push(w.tr('ruleFilter.only', { states: w.fmt.list(states.map((s) => w.tr(`documentation.${s}`))) }));
  if (rule.filter?.perSubject) parts.push(w.tr('ruleFilter.perSubject'));
  return parts.join(' · ');
}

export function ruleWindowText(w: Words, window: RuleWindow): string {
  switch (window.kind) {
    case 'rollingSchoolDays':
      return w.tr('ruleWindow.rollingSchoolDays', { count: window.days });
    case 'rollingWeeks':
      return w.tr('ruleWindow.rollingWeeks', { count: window.weeks });
    default:
      return w.tr(`ruleWindow.${window.kind}`);
  }
}

export function ruleDueText(w: Words, due: Due): string {
  return due === 'sameDay' ? w.tr('ruleDue.sameDay') : w.tr('ruleDue.schoolDays', { count: due.schoolDays });
}

export const ruleLimitText = (w: Words, rule: Rule) => limitText(w, rule.measure, rule.comparison, rule.threshold);

/** «fra 8 %», or «ingen» for a rule that does not warn before its threshold. */
export function approachingText(w: Words, rule: Rule): string {
  if (rule.approaching === undefined) return w.tr('policy.none');
  const amount =
    MEASURE_INFO[rule.measure].kind === 'percent' ? w.fmt.threshold(rule.approaching) : amountText(w, rule.measure, rule.approaching);
  return w.tr('policy.approachingFrom', { amount });
}

export const ruleRecipientsText = (w: Words, rule: Rule) => recipientsText(w, rule.trigger.notify);

/** The staircase step a rule opens, by its id or number: «1: Samtale med elev og foresatte». */
export function ruleStepText(w: Words, policy: Policy, rule: Rule): string {
  const ref = rule.trigger.step;
  if (ref === undefined) return w.tr('policy.none');
  const step = policy.staircase?.steps.find((s) => (typeof ref === 'number' ? s.number === ref : s.id === ref));
  return step ? w.tr('policy.stepRef', { number: step.number, name: step.name }) : String(ref);
}
