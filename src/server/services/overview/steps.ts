// The staircase steps the overview counts by: the owner's policy names them
// (id, number, name); the deadlines and their names come from the staircase.
import type { Policy } from '../../../domain/rules/index.js';
import type { Locale } from '../../../contracts/locale.js';
import { staircaseOf } from './cases.js';

export interface StepName {
  id: string;
  number: number;
  name: string;
}

export function stepsOf(policy: Policy, locale: Locale): StepName[] {
  const staircase = staircaseOf(policy.id);
  if (staircase) return staircase.steps.map((s) => ({ id: s.id, number: s.number, name: s.name[locale] }));
  return (policy.staircase?.steps ?? []).map((s) => ({ id: s.id, number: s.number, name: s.name }));
}

/** A deadline's name in the staircase of the policy, or its id. */
export function deadlineName(policy: Policy, stepId: string, deadlineId: string, locale: Locale): string {
  const step = staircaseOf(policy.id)?.steps.find((s) => s.id === stepId);
  return step?.deadlines.find((d) => d.id === deadlineId)?.name[locale] ?? deadlineId;
}
