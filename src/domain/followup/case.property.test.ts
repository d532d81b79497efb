// Properties of every case on every staircase: whatever is recorded when, a
// due date is a school day and never before the event it follows, a step's
// deadlines come in order, and replaying the log gives the same state.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../contracts/followup-case.js';
import { replayCase } from './case-state.js';
import { caseReminders } from './case-reminders.js';
import { followUpDays } from './school-time.js';
import { STAIRCASE_PRESET_IDS } from './staircases.js';
import type { Span } from './staircase-schema.js';
import { CaseLog } from './test-case.js';
import { addDaysTo } from '../school-calendar.js';

const YEAR_START = '2026-08-01';
/** Every calendar day from August 2026 to July 2027: weekends, holidays and the summer included. */
const anyDay = fc.integer({ min: 0, max: 364 }).map((n) => addDaysTo(YEAR_START, n));
const anySpan: fc.Arbitrary<Span> = fc.oneof(
  fc.constant('sameDay' as const),
  fc.integer({ min: 1, max: 30 }).map((schoolDays) => ({ schoolDays })),
  fc.integer({ min: 1, max: 8 }).map((weeks) => ({ weeks })),
);

describe('counting deadlines in school days', () => {
  const days = followUpDays(YEAR_START);

  it('a due date is always a school day, never before the day it is counted from', () => {
    fc.assert(
      fc.property(anyDay, anySpan, (from, span) => {
        const due = days.addSpan(from, span);
        expect(days.isSchoolDay(due)).toBe(true);
        expect(due >= from).toBe(true);
      }),
    );
  });

  it('a longer span never ends earlier', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (from, a, b) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        expect(days.after(from, short) <= days.after(from, long)).toBe(true);
      }),
    );
  });
});

type Step = { kind: 'record'; what: 'contact' | 'conversation' | 'meeting' | 'mapping' | 'agreement' | 'evaluation' | 'consent' } | { kind: 'move'; what: 'advance' | 'stay' | 'back' };

const anyAction: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('contact', 'conversation', 'meeting', 'mapping', 'agreement', 'evaluation', 'consent').map((what) => ({ kind: 'record' as const, what })) },
  { weight: 1, arbitrary: fc.constantFrom('advance', 'stay', 'back').map((what) => ({ kind: 'move' as const, what })) },
);

function play(preset: (typeof STAIRCASE_PRESET_IDS)[number], start: string, actions: { action: Step; gap: number }[]): CaseLog {
  const log = new CaseLog(preset).openFromConcern(start);
  let date = start;
  for (const { action, gap } of actions) {
    date = addDaysTo(date, gap);
    if (action.kind === 'record') {
      if (action.what === 'contact') log.contact(date);
      else if (action.what === 'conversation') log.conversation(date);
      else if (action.what === 'meeting') log.meeting(date);
      else if (action.what === 'mapping') log.mapping(date);
      else if (action.what === 'agreement') log.agreement(date);
      else if (action.what === 'evaluation') log.evaluation(date);
      else log.consent(date);
    } else {
      // Refused moves (records missing, no such outcome) are simply not in the log.
      const type = action.what === 'advance' ? 'stepAdvanced' : action.what === 'stay' ? 'stepStayed' : 'stepWentBack';
      log.try(type, date, {});
    }
  }
  return log;
}

const anyCase = fc.record({
  preset: fc.constantFrom(...STAIRCASE_PRESET_IDS),
  start: fc.integer({ min: 0, max: 250 }).map((n) => addDaysTo(YEAR_START, n)),
  actions: fc.array(fc.record({ action: anyAction, gap: fc.integer({ min: 0, max: 6 }) }), { maxLength: 25 }),
  lookAhead: fc.integer({ min: 0, max: 60 }),
});

describe('every case on every staircase', () => {
  it('has every due date on a school day, on or after what it counts from, in order within the step', () => {
    fc.assert(
      fc.property(anyCase, ({ preset, start, actions, lookAhead }) => {
        const log = play(preset, start, actions);
        const last = log.events[log.events.length - 1] as CaseEvent;
        const schedule = log.schedule(addDaysTo(last.at.slice(0, 10), lookAhead));
        const days = followUpDays(start);
        for (const { visit, deadlines } of schedule.history) {
          let previous = visit.reachedAt.slice(0, 10);
          for (const deadline of deadlines) {
            expect(days.isSchoolDay(deadline.dueOn), `${deadline.deadlineId} ${deadline.dueOn}`).toBe(true);
            expect(deadline.from >= visit.reachedAt.slice(0, 10)).toBe(true);
            expect(deadline.dueOn >= deadline.from).toBe(true);
            expect(deadline.from >= previous || deadline.status === 'waiting').toBe(true);
            previous = deadline.metOn ?? deadline.dueOn;
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('replays to the same state from its log, and overdue items are past their day', () => {
    fc.assert(
      fc.property(anyCase, ({ preset, start, actions, lookAhead }) => {
        const log = play(preset, start, actions);
        const replayed = replayCase(log.events, log.staircase);
        expect(replayed).toEqual({ ok: true, state: log.state });
        const today = addDaysTo(start, lookAhead + actions.length * 3);
        const schedule = log.schedule(today);
        for (const item of schedule.overdue) {
          const due = item.kind === 'deadline' ? item.deadline.dueOn : (item.task.dueOn as string);
          expect(due < today).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('reminds before, on and after a deadline, in that order, never before the day the deadline was set', () => {
    fc.assert(
      fc.property(anyCase, ({ preset, start, actions }) => {
        const log = play(preset, start, actions);
        const schedule = log.schedule(start);
        const reminders = caseReminders(schedule);
        for (const deadline of schedule.current?.deadlines ?? []) {
          const mine = reminders.filter((r) => r.about.kind === 'deadline' && r.about.deadlineId === deadline.deadlineId && r.about.cycle === deadline.cycle);
          const on = mine.map((r) => r.on);
          expect([...on].sort()).toEqual(on);
          for (const reminder of mine) expect(reminder.on >= deadline.from).toBe(true);
          expect((mine.find((r) => r.kind === 'overdue')?.on ?? '9999') > deadline.dueOn).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
