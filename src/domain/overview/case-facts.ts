// What the overview needs to know of one follow-up case, read once from its
// event log and the owner's staircase: for each step reached, whether its
// deadlines were kept; when the worry began and when the home was first
// contacted; where the case stands and, if closed, why. The monthly review,
// routine fidelity and the owner's statistics are all counted from these.
import type { CaseEvent, ClosingReason } from '../../contracts/followup-case.js';
import { replayCase, currentVisit, type CaseState } from '../followup/case-state.js';
import { visitDeadlines, type DeadlineView } from '../followup/case-schedule.js';
import { dateOf, followUpDays, typicalCalendars, type CalendarFor } from '../followup/school-time.js';
import { findStep } from '../followup/staircases.js';
import type { Staircase } from '../followup/staircase-schema.js';
import { countSchoolDays } from '../rules/school-days.js';
import { addDaysTo } from '../school-calendar.js';

/** How a step went in a case, judged on its first visit: the routine's first try is what fidelity asks about. */
export type StepOutcome =
  /** Every deadline of the step met on or before its day. */
  | 'kept'
  /** Every deadline met, one or more after its day. */
  | 'late'
  /** A deadline's day passed with nothing recorded. */
  | 'missed'
  /** Not decided yet: the step's days are still ahead. */
  | 'pending'
  /** Left (back, or the pupil moved) before a deadline came due: not counted either way. */
  | 'left';

export interface StepFact {
  stepId: string;
  number: number;
  /** All of the step's deadlines together. */
  outcome: StepOutcome;
  /** Each deadline of the step's first round. */
  deadlines: { deadlineId: string; outcome: StepOutcome }[];
  reachedOn: string;
}

/** The events that count as a contact with the home or the pupil. */
const CONTACT_EVENTS: ReadonlySet<CaseEvent['type']> = new Set(['contactLogged', 'conversationHeld', 'meetingHeld']);

export interface CaseFacts {
  caseId: string;
  schoolId: string;
  /** The pupil's class when the case is counted; null if not known. */
  className: string | null;
  openedOn: string;
  /** The day the first concern was raised (the case's own opening day for a case opened by hand). */
  firstConcernOn: string;
  /** The first contact, conversation or meeting; null while none is logged. */
  firstContactOn: string | null;
  /** School days from the first concern to the first contact: 0 the same day. Null while there is no contact. */
  schoolDaysToContact: number | null;
  status: 'open' | 'closed';
  /** The current step while open, the step it closed at when closed. */
  step: { id: string; number: number };
  closing: { on: string; reason: ClosingReason } | null;
  steps: StepFact[];
  /** Every deadline of every visit, with its status as of `today`. */
  deadlines: DeadlineView[];
}

export interface CaseInput {
  id: string;
  schoolId: string;
  className: string | null;
  events: readonly CaseEvent[];
}

export interface FactsOptions {
  today: string;
  calendarFor?: CalendarFor;
}

function deadlineOutcome(d: DeadlineView, today: string, leftOn: string | undefined): StepOutcome {
  if (d.metOn !== undefined) return d.status === 'metLate' ? 'late' : 'kept';
  if (d.dueOn < (leftOn ?? today)) return 'missed';
  return leftOn === undefined ? 'pending' : 'left';
}

function outcomeOf(deadlines: readonly DeadlineView[], today: string, leftOn: string | undefined): StepOutcome {
  // The first round only: a repeating step's later rounds are the case going on, not the step being done.
  const first = deadlines.filter((d) => d.cycle === 0);
  if (first.every((d) => d.metOn !== undefined)) return first.some((d) => d.status === 'metLate') ? 'late' : 'kept';
  const unmet = first.filter((d) => d.metOn === undefined);
  const until = leftOn ?? today;
  // A waiting deadline's day is projected from the late one before it, so a passed day is missed all the same.
  if (unmet.some((d) => d.dueOn < until)) return 'missed';
  return leftOn === undefined ? 'pending' : 'left';
}

/** The facts of one case; throws if the log does not replay (a stored log always does). */
export function caseFacts(input: CaseInput, staircase: Staircase, options: FactsOptions): CaseFacts {
  const replayed = replayCase(input.events, staircase);
  if (!replayed.ok) throw new Error(`The case ${input.id} does not replay: ${replayed.error.code}`);
  const state: CaseState = replayed.state;
  const calendarFor = options.calendarFor ?? typicalCalendars;
  const today = options.today;
  const deadlines: DeadlineView[] = [];
  const steps: StepFact[] = [];
  for (const visit of state.visits) {
    const step = findStep(staircase, visit.stepId);
    if (!step) continue;
    const days = followUpDays(dateOf(visit.reachedAt), calendarFor);
    const views = visitDeadlines(step, visit, days, today);
    deadlines.push(...views);
    if (steps.some((s) => s.stepId === step.id)) continue;
    const leftOn = visit.leftAt === undefined ? undefined : dateOf(visit.leftAt);
    steps.push({
      stepId: step.id,
      number: step.number,
      outcome: outcomeOf(views, today, leftOn),
      deadlines: views.filter((d) => d.cycle === 0).map((d) => ({ deadlineId: d.deadlineId, outcome: deadlineOutcome(d, today, leftOn) })),
      reachedOn: dateOf(visit.reachedAt),
    });
  }
  const openedOn = dateOf(state.openedAt);
  const firstConcernOn = state.origin.kind === 'concern' ? minDate(state.origin.concern.raisedOn, openedOn) : openedOn;
  const contact = input.events.find((e) => CONTACT_EVENTS.has(e.type));
  const firstContactOn = contact ? dateOf(contact.at) : null;
  let schoolDaysToContact: number | null = null;
  if (firstContactOn !== null) {
    const index = followUpDays(firstConcernOn, calendarFor).index;
    schoolDaysToContact = firstContactOn <= firstConcernOn ? 0 : countSchoolDays(index, addDaysTo(firstConcernOn, 1), firstContactOn);
  }
  const last = state.closings[state.closings.length - 1];
  const closing = state.status === 'closed' && last ? { on: dateOf(last.at), reason: last.reason } : null;
  const at = state.status === 'open' ? currentVisit(state) : state.visits[state.visits.length - 1]!;
  return {
    caseId: input.id,
    schoolId: input.schoolId,
    className: input.className,
    openedOn,
    firstConcernOn,
    firstContactOn,
    schoolDaysToContact,
    status: state.status,
    step: { id: at.stepId, number: at.number },
    closing,
    steps,
    deadlines,
  };
}

const minDate = (a: string, b: string) => (a < b ? a : b);
