// The figures that open a case, frozen as they were the day the rule fired.
import type { ConcernSnapshot } from '../../contracts/followup-case.js';
import type { Concern } from '../rules/concern.js';
import type { Policy } from '../rules/policy-schema.js';

/** A snapshot of a concern raised under a policy on `raisedOn`, for a case to keep. */
export function snapshotOf(concern: Concern, policy: Pick<Policy, 'id' | 'version'>, raisedOn: string): ConcernSnapshot {
  return {
    key: concern.key,
    policyId: policy.id,
    policyVersion: policy.version,
    rule: concern.rule,
    ruleName: concern.ruleName,
    measure: concern.measure,
    level: concern.level,
    comparison: concern.comparison,
    value: concern.value,
    threshold: concern.threshold,
    base: concern.base,
    window: { ...concern.window },
    ...(concern.subject === undefined ? {} : { subject: concern.subject }),
    evidence: [...concern.evidence],
    raisedOn,
    dueBy: concern.dueBy,
    ...(concern.step === undefined ? {} : { step: { id: concern.step.id, number: concern.step.number } }),
  };
}
