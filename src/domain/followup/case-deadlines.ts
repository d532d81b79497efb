// Which of a step's deadlines are met, by what, in one visit to the step. A
// deadline is met when every kind of record it asks for has been recorded
// after the deadline before it was met: one meeting cannot be both the first
// team meeting and the weekly one after it. A repeating step's last deadline
// comes round again each time it is met (meetings every second week).
import type { RecordKind, StaircaseStepDefinition, StepDeadline } from './staircase-schema.js';
import { RECORD_KINDS } from './staircase-schema.js';
import type { StepVisit } from './case-state.js';

export interface DeadlineFulfilment {
  deadline: StepDeadline;
  /** 0 the first time; a repeating step's last deadline counts its rounds from 1. */
  cycle: number;
  /** The kinds asked for that are in. */
  recorded: RecordKind[];
  missing: RecordKind[];
  /** Index into the visit's records of the record that completed it. */
  metBy?: number;
  /** An earlier deadline of the visit is not met yet, so this one is not counted. */
  waiting: boolean;
}

/** Round limit for a repeating step: far more meetings than any case holds, so the loop always ends. */
const MAX_ROUNDS = 500;

export function fulfilDeadlines(step: StaircaseStepDefinition, visit: Pick<StepVisit, 'records'>): DeadlineFulfilment[] {
  const result: DeadlineFulfilment[] = [];
  let boundary = -1;
  let blocked = false;
  const last = step.deadlines.length - 1;
  for (let i = 0; i < step.deadlines.length + (step.repeats ? MAX_ROUNDS : 0); i++) {
    const deadline = step.deadlines[Math.min(i, last)] as StepDeadline;
    const cycle = i < last ? 0 : i - last;
    if (blocked) {
      // After an unmet deadline only the step's own remaining deadlines are listed, not further rounds.
      if (i > last) break;
      result.push({ deadline, cycle, recorded: [], missing: [...deadline.records], waiting: true });
      continue;
    }
    const recorded: RecordKind[] = [];
    let metBy = -1;
    for (const kind of deadline.records) {
      const at = visit.records.findIndex((record, index) => index > boundary && record.kinds.includes(kind));
      if (at >= 0) {
        recorded.push(kind);
        metBy = Math.max(metBy, at);
      }
    }
    const missing = deadline.records.filter((kind) => !recorded.includes(kind));
    if (missing.length === 0) {
      result.push({ deadline, cycle, recorded, missing, metBy, waiting: false });
      boundary = metBy;
    } else {
      result.push({ deadline, cycle, recorded, missing, waiting: false });
      blocked = true;
    }
  }
  return result;
}

/**
 * What must still be recorded before the step can be left (going on, staying,
 * or closing as resolved): every deadline once, a repeating step's included.
 */
export function missingForStep(step: StaircaseStepDefinition, visit: Pick<StepVisit, 'records'>): RecordKind[] {
  const missing = new Set<RecordKind>();
  for (const f of fulfilDeadlines(step, visit)) if (f.cycle === 0) for (const kind of f.missing) missing.add(kind);
  return RECORD_KINDS.filter((kind) => missing.has(kind));
}
