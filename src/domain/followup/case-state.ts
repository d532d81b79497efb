// The case as a state machine: events in, state out. Each event is checked
// against the state and the owner's staircase before it is applied, so the
// service can refuse an impossible one (advancing a closed case, leaving a
// step before its minutes are written) with a clear reason, and a stored log
// always replays to the same state.
import type { CaseEvent, CaseEventOf, ClosingReason, ConcernSnapshot } from '../../contracts/followup-case.js';
import type { RecordKind, Staircase, StaircaseStepDefinition } from './staircase-schema.js';
import { findStep } from './staircases.js';
import { recordKindsOf } from './case-records.js';
import { missingForStep } from './case-deadlines.js';

export type VisitReason = 'opened' | 'advanced' | 'stayed' | 'back' | 'concern' | 'reopened';

/** Something recorded while a step was current, with the kinds of record it counts as. */
export interface RecordedItem {
  eventId: string;
  type: CaseEvent['type'];
  at: string;
  kinds: RecordKind[];
}

/** One stay on a step: from reaching it to leaving it. Staying or coming back makes a new visit. */
export interface StepVisit {
  stepId: string;
  number: number;
  reachedAt: string;
  reason: VisitReason;
  /** The event that began the visit. */
  eventId: string;
  records: RecordedItem[];
  leftAt?: string;
}

export interface CaseTask {
  id: string;
  title: string;
  assignee: { userId: string; name: string };
  dueOn?: string;
  assignedAt: string;
  /** The step current when it was assigned. */
  stepId: string;
  doneAt?: string;
}

export interface CaseClosing {
  at: string;
  reason: ClosingReason;
  note?: string;
  stepId: string;
}

export interface CaseState {
  pupilId: string;
  staircaseId: string;
  staircaseVersion: number;
  openedAt: string;
  openedBy: string;
  origin: CaseEventOf<'caseOpened'>['origin'];
  status: 'open' | 'closed';
  /** In order; the last is the current one while the case is open. */
  visits: StepVisit[];
  concerns: ConcernSnapshot[];
  tasks: CaseTask[];
  /** Every closing, kept when the case is reopened. */
  closings: CaseClosing[];
  eventIds: string[];
}

export type CaseErrorCode =
  | 'case.notOpened'
  | 'case.alreadyOpened'
  | 'case.closed'
  | 'case.notClosed'
  | 'case.duplicateEvent'
  | 'case.unknownStep'
  | 'case.wrongStaircase'
  | 'case.outcomeNotAllowed'
  | 'case.recordsMissing'
  | 'case.noNextStep'
  | 'case.notLater'
  | 'case.notEarlier'
  | 'case.unknownTask'
  | 'case.taskAlreadyExists'
  | 'case.taskAlreadyDone'
  | 'case.closingNoteRequired'
  | 'case.eventBeforeOpening';

export interface CaseError {
  code: CaseErrorCode;
  /** The event that was refused. */
  eventId: string;
  /** For `case.recordsMissing`: what must still be recorded. */
  missing?: RecordKind[];
  step?: string;
}

export type CaseResult = { ok: true; state: CaseState } | { ok: false; error: CaseError };

export function currentVisit(state: CaseState): StepVisit {
  const visit = state.visits[state.visits.length - 1];
  if (visit === undefined) throw new Error('A case always has a step.');
  return visit;
}

function stepOf(staircase: Staircase, id: string): StaircaseStepDefinition {
  const step = findStep(staircase, id);
  if (step === undefined) throw new Error(`The step ${id} is not in the staircase ${staircase.id}.`);
  return step;
}

const fail = (event: CaseEvent, code: CaseErrorCode, extra: Partial<CaseError> = {}): CaseResult => ({ ok: false, error: { code, eventId: event.id, ...extra } });

function enter(state: CaseState, step: StaircaseStepDefinition, event: CaseEvent, reason: VisitReason): CaseState {
  const visits = state.visits.map((visit, i) => (i === state.visits.length - 1 && visit.leftAt === undefined ? { ...visit, leftAt: event.at } : visit));
  visits.push({ stepId: step.id, number: step.number, reachedAt: event.at, reason, eventId: event.id, records: [] });
  return { ...state, visits };
}

function open(event: CaseEventOf<'caseOpened'>, staircase: Staircase): CaseResult {
  if (event.staircaseId !== staircase.id || event.staircaseVersion !== staircase.version) return fail(event, 'case.wrongStaircase');
  const named = event.atStep ?? (event.origin.kind === 'concern' ? event.origin.concern.step?.id : undefined);
  const step = named === undefined ? staircase.steps[0] : findStep(staircase, named);
  if (step === undefined) return fail(event, 'case.unknownStep', { step: named });
  const state: CaseState = {
    pupilId: event.pupilId,
    staircaseId: staircase.id,
    staircaseVersion: staircase.version,
    openedAt: event.at,
    openedBy: event.by,
    origin: event.origin,
    status: 'open',
    visits: [{ stepId: step.id, number: step.number, reachedAt: event.at, reason: 'opened', eventId: event.id, records: [] }],
    concerns: event.origin.kind === 'concern' ? [event.origin.concern] : [],
    tasks: [],
    closings: [],
    eventIds: [event.id],
  };
  return { ok: true, state };
}

/** Whether the step's records are in, so that it may be left by going on, staying or closing as resolved. */
function requireRecords(state: CaseState, staircase: Staircase, event: CaseEvent): CaseResult | null {
  const visit = currentVisit(state);
  const missing = missingForStep(stepOf(staircase, visit.stepId), visit);
  return missing.length > 0 ? fail(event, 'case.recordsMissing', { missing, step: visit.stepId }) : null;
}

function transition(state: CaseState, event: CaseEvent, staircase: Staircase): CaseResult {
  const visit = currentVisit(state);
  const step = stepOf(staircase, visit.stepId);
  switch (event.type) {
    case 'stepAdvanced': {
      if (!step.leadsTo.includes('next')) return fail(event, 'case.outcomeNotAllowed', { step: step.id });
      const target = event.toStep === undefined ? staircase.steps.find((s) => s.number === step.number + 1) : findStep(staircase, event.toStep);
      if (target === undefined) return fail(event, event.toStep === undefined ? 'case.noNextStep' : 'case.unknownStep', { step: event.toStep });
      if (target.number <= step.number) return fail(event, 'case.notLater', { step: target.id });
      return requireRecords(state, staircase, event) ?? { ok: true, state: enter(state, target, event, 'advanced') };
    }
    case 'stepStayed': {
      if (!step.leadsTo.includes('stay')) return fail(event, 'case.outcomeNotAllowed', { step: step.id });
      return requireRecords(state, staircase, event) ?? { ok: true, state: enter(state, step, event, 'stayed') };
    }
    case 'stepWentBack': {
      if (!step.leadsTo.includes('back')) return fail(event, 'case.outcomeNotAllowed', { step: step.id });
      const targetId = event.toStep ?? step.backTo;
      const target = targetId === undefined ? staircase.steps.find((s) => s.number === step.number - 1) : findStep(staircase, targetId);
      if (target === undefined) return fail(event, 'case.unknownStep', { step: targetId });
      if (target.number >= step.number) return fail(event, 'case.notEarlier', { step: target.id });
      return { ok: true, state: enter(state, target, event, 'back') };
    }
    case 'caseClosed': {
      if (event.reason === 'other' && event.note === undefined) return fail(event, 'case.closingNoteRequired');
      // A worry is dispelled, or attendance is normal, only where the staircase lets the case close and after its step's
      // records are in; a pupil who moves away ends the case wherever it stands.
      if (event.reason === 'worryDispelled' || event.reason === 'attendanceNormal') {
        if (!step.leadsTo.includes('close')) return fail(event, 'case.outcomeNotAllowed', { step: step.id });
        const refused = requireRecords(state, staircase, event);
        if (refused) return refused;
      }
      const visits = state.visits.map((v, i) => (i === state.visits.length - 1 ? { ...v, leftAt: event.at } : v));
      const closing: CaseClosing = { at: event.at, reason: event.reason, stepId: step.id, ...(event.note ? { note: event.note } : {}) };
      return { ok: true, state: { ...state, status: 'closed', visits, closings: [...state.closings, closing] } };
    }
    default:
      throw new Error(`Not a transition: ${event.type}`);
  }
}

function addRecord(state: CaseState, event: CaseEvent, kinds: RecordKind[]): CaseState {
  const visits = state.visits.map((visit, i) =>
    i === state.visits.length - 1 ? { ...visit, records: [...visit.records, { eventId: event.id, type: event.type, at: event.at, kinds }] } : visit,
  );
  return { ...state, visits };
}

function applyToOpen(state: CaseState, event: CaseEvent, staircase: Staircase): CaseResult {
  if (event.type === 'caseReopened') return fail(event, 'case.notClosed');
  if (state.status === 'closed') return fail(event, 'case.closed');
  const kinds = recordKindsOf(event);
  if (kinds.length > 0) return { ok: true, state: addRecord(state, event, kinds) };
  switch (event.type) {
    case 'concernAdded': {
      const withConcern = { ...state, concerns: [...state.concerns, event.concern] };
      const named = event.concern.step ? findStep(staircase, event.concern.step.id) : undefined;
      // A rule can move an open case up to its step, never down: the staff decide when to go back.
      if (named && named.number > currentVisit(state).number) return { ok: true, state: enter(withConcern, named, event, 'concern') };
      return { ok: true, state: withConcern };
    }
    case 'taskAssigned': {
      if (state.tasks.some((task) => task.id === event.taskId)) return fail(event, 'case.taskAlreadyExists');
      const task: CaseTask = {
        id: event.taskId,
        title: event.title,
        assignee: event.assignee,
        assignedAt: event.at,
        stepId: currentVisit(state).stepId,
        ...(event.dueOn ? { dueOn: event.dueOn } : {}),
      };
      return { ok: true, state: { ...state, tasks: [...state.tasks, task] } };
    }
    case 'taskDone': {
      const task = state.tasks.find((t) => t.id === event.taskId);
      if (task === undefined) return fail(event, 'case.unknownTask');
      if (task.doneAt !== undefined) return fail(event, 'case.taskAlreadyDone');
      return { ok: true, state: { ...state, tasks: state.tasks.map((t) => (t.id === task.id ? { ...t, doneAt: event.at } : t)) } };
    }
    case 'stepAdvanced':
    case 'stepStayed':
    case 'stepWentBack':
    case 'caseClosed':
      return transition(state, event, staircase);
    default:
      throw new Error(`Unhandled case event: ${event.type}`);
  }
}

function reopen(state: CaseState, event: CaseEventOf<'caseReopened'>, staircase: Staircase): CaseResult {
  if (state.status !== 'closed') return fail(event, 'case.notClosed');
  const last = state.closings[state.closings.length - 1];
  const id = event.atStep ?? last?.stepId ?? (staircase.steps[0] as StaircaseStepDefinition).id;
  const step = findStep(staircase, id);
  if (step === undefined) return fail(event, 'case.unknownStep', { step: id });
  return { ok: true, state: { ...enter(state, step, event, 'reopened'), status: 'open' } };
}

/** Applies one event: the new state, or why the event is refused. The state passed in is not changed. */
export function applyCaseEvent(state: CaseState | null, event: CaseEvent, staircase: Staircase): CaseResult {
  if (state === null) return event.type === 'caseOpened' ? open(event, staircase) : fail(event, 'case.notOpened');
  if (event.type === 'caseOpened') return fail(event, 'case.alreadyOpened');
  if (state.eventIds.includes(event.id)) return fail(event, 'case.duplicateEvent');
  if (Date.parse(event.at) < Date.parse(state.openedAt)) return fail(event, 'case.eventBeforeOpening');
  const result = event.type === 'caseReopened' ? reopen(state, event, staircase) : applyToOpen(state, event, staircase);
  return result.ok ? { ok: true, state: { ...result.state, eventIds: [...result.state.eventIds, event.id] } } : result;
}

/** The state after a whole log, or the first event that cannot be applied. */
export function replayCase(events: readonly CaseEvent[], staircase: Staircase): CaseResult {
  let state: CaseState | null = null;
  for (const event of events) {
    const result = applyCaseEvent(state, event, staircase);
    if (!result.ok) return result;
    state = result.state;
  }
  if (state === null) return { ok: false, error: { code: 'case.notOpened', eventId: '' } };
  return { ok: true, state };
}
