// Generated follow-up cases with known answers, for the overview's tests:
// each case is written from a plan (how many school days late each thing
// was done, or never), so the test knows what fidelity must come out as.
// Test support only; nothing in the product imports it.
import { CaseLog } from '../followup/test-case.js';
import { followUpDays } from '../followup/school-time.js';
import type { ClosingReason } from '../../contracts/followup-case.js';
import type { CaseInput } from './case-facts.js';

export interface LyngenPlan {
  /** The school day (2026-11-02 is a Monday with no holiday for weeks) the concern is raised and the case opened. */
  openOn: string;
  /** School days after opening the conversation of step 1 is held: 0 on time, more late; null never. */
  conversationDelay: number | null;
  /** Step 2: school days after reaching it that the meeting (with mapping and agreement) is held; 5 is the last day on time. Null: the case stays at step 1 (or never meets). */
  meetingDelay?: number | null;
  /** Whether a contact is logged before the conversation (it counts as the first contact). */
  contactFirst?: boolean;
  close?: ClosingReason;
}

const days = followUpDays('2026-11-02');

export function lyngenCase(id: string, plan: LyngenPlan, extra: { schoolId?: string; className?: string | null } = {}): CaseInput & { log: CaseLog } {
  const log = new CaseLog('lyngen').openFromConcern(plan.openOn);
  let day = plan.openOn;
  if (plan.contactFirst) log.contact(plan.openOn);
  if (plan.conversationDelay !== null) {
    day = days.after(plan.openOn, plan.conversationDelay);
    log.conversation(day);
    if (plan.meetingDelay !== undefined) {
      log.advance(day);
      if (plan.meetingDelay !== null) {
        const meetOn = days.after(day, plan.meetingDelay);
        log.meeting(meetOn).mapping(meetOn).agreement(meetOn);
        day = meetOn;
      }
    }
  }
  if (plan.close) log.add('caseClosed', day, plan.close === 'other' ? { reason: 'other', note: 'Annet' } : { reason: plan.close });
  return { id, schoolId: extra.schoolId ?? 'school-a', className: extra.className === undefined ? '5A' : extra.className, events: log.events, log };
}
