// Routine fidelity (rutinetrofasthet): does the school do what the owner's
// staircase says, when it says? For each step, the share of cases whose
// deadlines on that step were all kept; the school days from the first
// concern to the first contact; how many cases closed and why. Counted per
// school and per class, from case facts (case-facts.ts).
import { CLOSING_REASONS, type ClosingReason } from '../../contracts/followup-case.js';
import type { CaseFacts, StepOutcome } from './case-facts.js';

export interface StepFidelity {
  stepId: string;
  number: number;
  /** Cases that reached the step. */
  reached: number;
  kept: number;
  late: number;
  missed: number;
  pending: number;
  left: number;
  /** kept / (kept + late + missed); null when none is decided yet. */
  keptShare: number | null;
  /** The same, for each of the step's deadlines. */
  deadlines: (OutcomeCounts & { deadlineId: string; keptShare: number | null })[];
}

type OutcomeCounts = Record<StepOutcome, number>;
const noOutcomes = (): OutcomeCounts => ({ kept: 0, late: 0, missed: 0, pending: 0, left: 0 });
const keptShareOf = (c: OutcomeCounts) => {
  const decided = c.kept + c.late + c.missed;
  return decided === 0 ? null : c.kept / decided;
};

export interface ContactDelay {
  /** Cases with a contact logged. */
  contacted: number;
  /** Cases without any contact logged yet. */
  notContacted: number;
  /** School days, median and the 90th percentile (nearest rank); null without contacts. */
  median: number | null;
  p90: number | null;
  /** How many were contacted the same day, within 1-5 school days, later. */
  sameDay: number;
  withinAWeek: number;
  later: number;
}

export interface FidelityGroup {
  /** The school's id, or the class's name within the school. */
  key: string;
  cases: number;
  open: number;
  steps: StepFidelity[];
  contact: ContactDelay;
  closed: Record<ClosingReason, number>;
}

export interface SchoolFidelity extends FidelityGroup {
  classes: FidelityGroup[];
}

/** The nearest-rank percentile of sorted numbers: a value that occurred, never an interpolation. */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

const emptyClosed = (): Record<ClosingReason, number> => Object.fromEntries(CLOSING_REASONS.map((r) => [r, 0])) as Record<ClosingReason, number>;

export function contactDelay(cases: readonly CaseFacts[]): ContactDelay {
  const delays = cases.flatMap((c) => (c.schoolDaysToContact === null ? [] : [c.schoolDaysToContact])).sort((a, b) => a - b);
  return {
    contacted: delays.length,
    notContacted: cases.length - delays.length,
    median: nearestRank(delays, 50),
    p90: nearestRank(delays, 90),
    sameDay: delays.filter((d) => d === 0).length,
    withinAWeek: delays.filter((d) => d >= 1 && d <= 5).length,
    later: delays.filter((d) => d > 5).length,
  };
}

export function stepFidelity(cases: readonly CaseFacts[], steps: readonly { id: string; number: number }[]): StepFidelity[] {
  return steps.map((step) => {
    const counts = noOutcomes();
    const byDeadline = new Map<string, OutcomeCounts>();
    let reached = 0;
    for (const c of cases) {
      const fact = c.steps.find((s) => s.stepId === step.id);
      if (!fact) continue;
      reached++;
      counts[fact.outcome]++;
      for (const d of fact.deadlines) {
        let dc = byDeadline.get(d.deadlineId);
        if (!dc) byDeadline.set(d.deadlineId, (dc = noOutcomes()));
        dc[d.outcome]++;
      }
    }
    const deadlines = [...byDeadline.entries()].map(([deadlineId, c]) => ({ deadlineId, ...c, keptShare: keptShareOf(c) }));
    return { stepId: step.id, number: step.number, reached, ...counts, keptShare: keptShareOf(counts), deadlines };
  });
}

export function fidelityGroup(key: string, cases: readonly CaseFacts[], steps: readonly { id: string; number: number }[]): FidelityGroup {
  const closed = emptyClosed();
  for (const c of cases) if (c.closing) closed[c.closing.reason]++;
  return { key, cases: cases.length, open: cases.filter((c) => c.status === 'open').length, steps: stepFidelity(cases, steps), contact: contactDelay(cases), closed };
}

/** Fidelity per school, each with its classes (a case without a known class is counted for the school only). */
export function routineFidelity(cases: readonly CaseFacts[], steps: readonly { id: string; number: number }[]): SchoolFidelity[] {
  const bySchool = groupBy(cases, (c) => c.schoolId);
  return [...bySchool.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([schoolId, list]) => {
      const byClass = groupBy(list.filter((c) => c.className !== null), (c) => c.className as string);
      const classes = [...byClass.entries()].sort(([a], [b]) => a.localeCompare(b, 'nb', { numeric: true })).map(([name, l]) => fidelityGroup(name, l, steps));
      return { ...fidelityGroup(schoolId, list, steps), classes };
    });
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
