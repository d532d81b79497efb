// What the case looks like on a given day: the staircase with the current
// step, every deadline's date (counted in school days from the event before
// it, holidays skipped), what is met, late or overdue, what is still to be
// recorded before the step can be left, and the tasks. Pure: `now` and the
// school calendars are arguments.
import type { LocalizedText } from '../../contracts/localized-text.js';
import type { RecordKind, SchoolRole, Staircase, StaircaseStepDefinition, StepOutcome } from './staircase-schema.js';
import { currentVisit, type CaseClosing, type CaseState, type CaseTask, type StepVisit } from './case-state.js';
import { fulfilDeadlines, missingForStep } from './case-deadlines.js';
import { dateOf, followUpDays, typicalCalendars, type CalendarFor, type FollowUpDays } from './school-time.js';
import { findStep } from './staircases.js';

export type DeadlineStatus =
  /** Met on or before its day. */
  | 'met'
  /** Met, but after its day. */
  | 'metLate'
  /** Not met, its day still ahead. */
  | 'open'
  | 'dueToday'
  | 'overdue'
  /** An earlier deadline is not met, so this one's day is only projected from the earlier one's. */
  | 'waiting';

export interface DeadlineView {
  stepId: string;
  deadlineId: string;
  name: LocalizedText;
  cycle: number;
  /** The day it is counted from: the step reached, or the deadline before it met (or, when waiting, due). */
  from: string;
  /** For «after» deadlines: the planned day. */
  plannedOn?: string;
  dueOn: string;
  records: RecordKind[];
  missing: RecordKind[];
  metOn?: string;
  status: DeadlineStatus;
  responsible: SchoolRole[];
  /** A stable key for the reminders of this deadline in this visit. */
  key: string;
}

export type TaskStatus = 'done' | 'open' | 'dueToday' | 'overdue';
export interface TaskView extends CaseTask {
  status: TaskStatus;
}

export interface StepView {
  id: string;
  number: number;
  name: LocalizedText;
  /**
   * `done`: left going on; `current`; `closed`: the step the (closed) case ended on, with `closing` saying why;
   * `ahead`: not reached (in a closed case: never reached); `passed`: skipped by a jump, or left going back.
   */
  /** wentBack: reached, then left by going back to an earlier step. */
  status: 'done' | 'current' | 'closed' | 'ahead' | 'passed' | 'wentBack';
  visits: number;
  /** On the step a closed case ended on: when and why it closed. */
  closing?: { at: string; reason: CaseClosing['reason'] };
}

export interface OutcomeView {
  outcome: StepOutcome;
  /** Whether the step's records are in, which going on, staying and closing as resolved need. */
  ready: boolean;
}

export interface VisitView {
  visit: StepVisit;
  deadlines: DeadlineView[];
}

export interface CaseSchedule {
  today: string;
  status: CaseState['status'];
  steps: StepView[];
  /** Null when the case is closed. */
  current: null | {
    step: StaircaseStepDefinition;
    visit: StepVisit;
    deadlines: DeadlineView[];
    /** What must still be recorded before the step can be left. */
    missing: RecordKind[];
    outcomes: OutcomeView[];
  };
  tasks: TaskView[];
  /** Every deadline and task past its day and not done, oldest first. Nothing is overdue in a closed case. */
  overdue: ({ kind: 'deadline'; deadline: DeadlineView } | { kind: 'task'; task: TaskView })[];
  /** Every visit with its deadlines, in order: what was done when. */
  history: VisitView[];
}

export interface ScheduleOptions {
  now: Date | string;
  calendarFor?: CalendarFor;
}

function stepOf(staircase: Staircase, id: string): StaircaseStepDefinition {
  const step = findStep(staircase, id);
  if (step === undefined) throw new Error(`The step ${id} is not in the staircase ${staircase.id}.`);
  return step;
}

function statusOn(today: string, dueOn: string, metOn: string | undefined, waiting: boolean): DeadlineStatus {
  if (metOn !== undefined) return metOn > dueOn ? 'metLate' : 'met';
  if (waiting) return 'waiting';
  if (today > dueOn) return 'overdue';
  return today === dueOn ? 'dueToday' : 'open';
}

/** The deadlines of one visit with their dates, as they stand on `today`. */
export function visitDeadlines(step: StaircaseStepDefinition, visit: StepVisit, days: FollowUpDays, today: string): DeadlineView[] {
  let from = dateOf(visit.reachedAt);
  let projected = false;
  return fulfilDeadlines(step, visit).map((f) => {
    const due = f.deadline.due;
    let plannedOn: string | undefined;
    let dueOn: string;
    if ('within' in due) {
      dueOn = days.addSpan(from, due.within);
    } else {
      plannedOn = days.addSpan(from, due.after);
      dueOn = due.latest === undefined ? plannedOn : days.addSpan(from, due.latest);
    }
    const met = f.metBy === undefined ? undefined : visit.records[f.metBy];
    const metOn = met === undefined ? undefined : dateOf(met.at);
    const view: DeadlineView = {
      stepId: step.id,
      deadlineId: f.deadline.id,
      name: f.deadline.name,
      cycle: f.cycle,
      from,
      ...(plannedOn === undefined ? {} : { plannedOn }),
      dueOn,
      records: f.deadline.records,
      missing: f.missing,
      ...(metOn === undefined ? {} : { metOn }),
      status: statusOn(today, dueOn, metOn, projected || f.waiting),
      responsible: step.responsible,
      key: `${visit.eventId}|${f.deadline.id}|${f.cycle}`,
    };
    projected = projected || metOn === undefined;
    from = metOn ?? dueOn;
    return view;
  });
}

function taskStatus(task: CaseTask, today: string): TaskStatus {
  if (task.doneAt !== undefined) return 'done';
  if (task.dueOn === undefined || today < task.dueOn) return 'open';
  return today === task.dueOn ? 'dueToday' : 'overdue';
}

function stepViews(state: CaseState, staircase: Staircase): StepView[] {
  const current = state.status === 'open' ? currentVisit(state) : undefined;
  // A closed case ended on the step of its last closing: that step is where it closed, not done, and the steps
  // after it were never reached, whatever the reason (worry dispelled at step 1, «other» at step 2 ...).
  const closing = state.status === 'closed' ? state.closings[state.closings.length - 1] : undefined;
  const standsAt = current?.number ?? (closing ? findStep(staircase, closing.stepId)?.number : undefined);
  return staircase.steps.map((step) => {
    const visits = state.visits.filter((v) => v.stepId === step.id);
    const base = { id: step.id, number: step.number, name: step.name, visits: visits.length };
    if (closing?.stepId === step.id) return { ...base, status: 'closed', closing: { at: closing.at, reason: closing.reason } };
    let status: StepView['status'];
    if (current?.stepId === step.id) status = 'current';
    else if (visits.length === 0) status = state.visits.some((v) => v.number > step.number) ? 'passed' : 'ahead';
    else {
      // Done if some visit to it ended going on; reached and left only by going back, it says so.
      const done = visits.some((visit) => {
        const after = state.visits[state.visits.indexOf(visit) + 1];
        return after !== undefined && after.number > visit.number;
      });
      status = done ? 'done' : standsAt !== undefined && standsAt > step.number ? 'passed' : 'wentBack';
    }
    return { ...base, status };
  });
}

export function caseSchedule(state: CaseState, staircase: Staircase, options: ScheduleOptions): CaseSchedule {
  const now = typeof options.now === 'string' ? options.now : options.now.toISOString();
  const today = dateOf(now);
  const calendarFor = options.calendarFor ?? typicalCalendars;
  const daysByVisit = new Map<string, FollowUpDays>();
  const daysFor = (visit: StepVisit) => {
    const start = dateOf(visit.reachedAt);
    let days = daysByVisit.get(start);
    if (days === undefined) {
      days = followUpDays(start, calendarFor);
      daysByVisit.set(start, days);
    }
    return days;
  };
  const history: VisitView[] = state.visits.map((visit) => ({
    visit,
    deadlines: visitDeadlines(stepOf(staircase, visit.stepId), visit, daysFor(visit), today),
  }));
  const tasks = state.tasks.map((task) => ({ ...task, status: taskStatus(task, today) }));

  if (state.status === 'closed') return { today, status: 'closed', steps: stepViews(state, staircase), current: null, tasks, overdue: [], history };

  const visit = currentVisit(state);
  const step = stepOf(staircase, visit.stepId);
  const deadlines = (history[history.length - 1] as VisitView).deadlines;
  const missing = missingForStep(step, visit);
  const outcomes = step.leadsTo.map((outcome) => ({ outcome, ready: outcome === 'back' || missing.length === 0 }));
  const overdue: CaseSchedule['overdue'] = [
    ...deadlines.filter((d) => d.status === 'overdue').map((deadline) => ({ kind: 'deadline' as const, deadline, on: deadline.dueOn })),
    ...tasks.filter((t) => t.status === 'overdue').map((task) => ({ kind: 'task' as const, task, on: task.dueOn as string })),
  ]
    .sort((a, b) => a.on.localeCompare(b.on))
    .map(({ on: _on, ...item }) => item);
  return { today, status: 'open', steps: stepViews(state, staircase), current: { step, visit, deadlines, missing, outcomes }, tasks, overdue, history };
}
