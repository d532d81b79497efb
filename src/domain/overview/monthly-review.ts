// The leadership's monthly review (Lyngen's routine: the leadership goes
// through all absence every month): how many pupils are over each rule in
// each class at the month's end and how that changed since the month before,
// the open cases by step, the month's deadlines kept and missed, and the
// open cases where nobody has logged a contact yet.
import type { CaseFacts } from './case-facts.js';
import { groupBy } from './fidelity.js';
import { monthBounds, previousMonth } from './months.js';

export interface ConcernFact {
  pupilId: string;
  className: string | null;
  ruleId: string;
  ruleName: string;
  level: 'notice' | 'concern' | 'serious';
  approaching: boolean;
  backfilled: boolean;
  holds: boolean;
  raisedOn: string;
  windowTo: string;
}

export interface RuleCount {
  /** Pupils over the rule at the month's end. */
  pupils: number;
  /** The same at the end of the month before. */
  lastMonth: number;
  /** pupils − lastMonth. */
  change: number;
  /** Pupils whose concern was first raised in the month. */
  newThisMonth: number;
}

export interface RuleReview extends RuleCount {
  ruleId: string;
  ruleName: string;
  classes: (RuleCount & { className: string })[];
}

export interface StepCount {
  stepId: string;
  number: number;
  open: number;
}

export interface MonthlyReviewFigures {
  month: string;
  from: string;
  to: string;
  rules: RuleReview[];
  cases: {
    open: number;
    openedThisMonth: number;
    closedThisMonth: number;
    byStep: StepCount[];
    /** Deadlines due in the month: met on or before their day, met late, or still not met after it. */
    deadlines: { due: number; kept: number; late: number; missed: number; pending: number };
    /** Open cases where no contact, conversation or meeting is logged. */
    withoutContact: string[];
  };
}

const NO_CLASS = '–';

/** Pupils over the rule as the month `to` ends: a concern that holds, raised by then, in a window still running that month. */
function overAt(concerns: readonly ConcernFact[], from: string, to: string): Set<string> {
  return new Set(concerns.filter((c) => !c.approaching && c.holds && c.raisedOn <= to && c.windowTo >= from).map((c) => c.pupilId));
}

function countFor(concerns: readonly ConcernFact[], month: string): RuleCount {
  const { from, to } = monthBounds(month);
  const prev = monthBounds(previousMonth(month));
  const now = overAt(concerns, from, to);
  const before = overAt(concerns, prev.from, prev.to);
  const firstRaised = new Map<string, string>();
  for (const c of concerns) if (!c.approaching && (firstRaised.get(c.pupilId) ?? '9999') > c.raisedOn) firstRaised.set(c.pupilId, c.raisedOn);
  const fresh = [...now].filter((p) => {
    const on = firstRaised.get(p);
    return on !== undefined && on >= from && on <= to;
  }).length;
  return { pupils: now.size, lastMonth: before.size, change: now.size - before.size, newThisMonth: fresh };
}

export function monthlyReviewFigures(
  month: string,
  concerns: readonly ConcernFact[],
  cases: readonly CaseFacts[],
  steps: readonly { id: string; number: number }[],
): MonthlyReviewFigures {
  const { from, to } = monthBounds(month);
  // Concerns raised after the fact are on record but were never a to-do; the review counts them all the same, as the pupil is over the rule.
  const byRule = groupBy(concerns, (c) => c.ruleId);
  const rules: RuleReview[] = [...byRule.entries()].map(([ruleId, list]) => {
    const byClass = groupBy(list, (c) => c.className ?? NO_CLASS);
    const classes = [...byClass.entries()]
      .map(([className, l]) => ({ className, ...countFor(l, month) }))
      .filter((c) => c.pupils > 0 || c.lastMonth > 0)
      .sort((a, b) => a.className.localeCompare(b.className, 'nb', { numeric: true }));
    return { ruleId, ruleName: (list[0] as ConcernFact).ruleName, ...countFor(list, month), classes };
  });
  rules.sort((a, b) => b.pupils - a.pupils || a.ruleName.localeCompare(b.ruleName, 'nb'));

  const open = cases.filter((c) => c.status === 'open');
  const byStep = steps.map((s) => ({ stepId: s.id, number: s.number, open: open.filter((c) => c.step.id === s.id).length }));
  const deadlines = { due: 0, kept: 0, late: 0, missed: 0, pending: 0 };
  for (const c of cases) {
    for (const d of c.deadlines) {
      if (d.dueOn < from || d.dueOn > to || d.status === 'waiting') continue;
      deadlines.due++;
      if (d.status === 'met') deadlines.kept++;
      else if (d.status === 'metLate') deadlines.late++;
      else if (d.status === 'overdue') deadlines.missed++;
      else deadlines.pending++;
    }
  }
  return {
    month,
    from,
    to,
    rules,
    cases: {
      open: open.length,
      openedThisMonth: cases.filter((c) => c.openedOn >= from && c.openedOn <= to).length,
      closedThisMonth: cases.filter((c) => c.closing && c.closing.on >= from && c.closing.on <= to).length,
      byStep,
      deadlines,
      withoutContact: open.filter((c) => c.firstContactOn === null).map((c) => c.caseId),
    },
  };
}
