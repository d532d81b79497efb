// A readable way to write a case's log in tests: one call per thing that
// happened, on a date (at 10:00 UTC, which is the same date in Norway). Test
// support only; nothing in the product imports it.
import type { CaseEvent, ConcernSnapshot, EvaluationOutcome } from '../../contracts/followup-case.js';
import { applyCaseEvent, type CaseResult, type CaseState } from './case-state.js';
import { caseSchedule, type CaseSchedule } from './case-schedule.js';
import { getStaircasePreset, type StaircasePresetId } from './staircases.js';
import type { Staircase } from './staircase-schema.js';

export const at = (date: string, time = '10:00') => `${date}T${time}:00Z`;

export function concern(stepId: string, number: number, raisedOn: string, overrides: Partial<ConcernSnapshot> = {}): ConcernSnapshot {
  return {
    key: `rule|${raisedOn}|`,
    policyId: 'lyngen',
    policyVersion: 1,
    rule: 'ten-percent-term',
    ruleName: '10 % fravær fra undervisningen i terminen',
    measure: 'absencePercent',
    level: 'concern',
    comparison: 'atLeast',
    value: 10.4,
    threshold: 10,
    base: 250,
    window: { kind: 'term', from: '2026-08-18', to: '2026-12-18', until: raisedOn },
    evidence: ['2026-09-01', '2026-09-02'],
    raisedOn,
    dueBy: raisedOn,
    step: { id: stepId, number },
    ...overrides,
  };
}

type Payload<T extends CaseEvent['type']> = Omit<Extract<CaseEvent, { type: T }>, 'id' | 'at' | 'by' | 'type'>;

export class CaseLog {
  readonly staircase: Staircase;
  readonly events: CaseEvent[] = [];
  private current: CaseState | null = null;
  private n = 0;

  constructor(preset: StaircasePresetId | Staircase) {
    this.staircase = typeof preset === 'string' ? getStaircasePreset(preset) : preset;
  }

  /** Applies the event, throwing if the state machine refuses it (use `try` to see a refusal). */
  add<T extends CaseEvent['type']>(type: T, date: string, payload: Payload<T>, time?: string): this {
    const result = this.try(type, date, payload, time);
    if (!result.ok) throw new Error(`Refused ${type} on ${date}: ${JSON.stringify(result.error)}`);
    return this;
  }

  try<T extends CaseEvent['type']>(type: T, date: string, payload: Payload<T>, time?: string): CaseResult {
    const event = { id: `e${++this.n}`, at: at(date, time), by: 'kari', type, ...payload } as CaseEvent;
    const result = applyCaseEvent(this.current, event, this.staircase);
    if (result.ok) {
      this.current = result.state;
      this.events.push(event);
    }
    return result;
  }

  openFromConcern(date: string, stepId?: string): this {
    const first = this.staircase.steps[0]!;
    const step = stepId === undefined ? first : this.staircase.steps.find((s) => s.id === stepId)!;
    return this.add('caseOpened', date, {
      pupilId: 'pupil-1',
      staircaseId: this.staircase.id,
      staircaseVersion: this.staircase.version,
      origin: { kind: 'concern', concern: concern(step.id, step.number, date, { policyId: this.staircase.id }) },
    });
  }

  contact(date: string) {
    return this.add('contactLogged', date, { recordId: `contact-${this.n}` });
  }
  conversation(date: string, minutes = true) {
    return this.add('conversationHeld', date, { recordId: `conversation-${this.n}`, with: 'pupilAndGuardians', minutes });
  }
  meeting(date: string, minutes = true) {
    return this.add('meetingHeld', date, { recordId: `meeting-${this.n}`, minutes });
  }
  mapping(date: string) {
    return this.add('mappingDone', date, { recordId: `mapping-${this.n}`, tool: 'causeMapping' });
  }
  agreement(date: string, version = 1) {
    return this.add('agreementMade', date, { agreementId: 'agreement-1', version });
  }
  evaluation(date: string, outcomes: EvaluationOutcome[] = ['continue']) {
    return this.add('evaluationDone', date, { agreementId: 'agreement-1', version: 1, outcomes });
  }
  consent(date: string) {
    return this.add('consentRecorded', date, { consentId: `consent-${this.n}` });
  }
  advance(date: string, toStep?: string) {
    return this.add('stepAdvanced', date, toStep === undefined ? {} : { toStep });
  }

  get state(): CaseState {
    if (this.current === null) throw new Error('The case is not opened yet.');
    return this.current;
  }

  schedule(today: string): CaseSchedule {
    return caseSchedule(this.state, this.staircase, { now: at(today, '12:00') });
  }
}
