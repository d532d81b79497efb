import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getStaircasePreset } from '../followup/staircases.js';
import { caseFacts } from './case-facts.js';
import { contactDelay, nearestRank, routineFidelity } from './fidelity.js';
import { lyngenCase, type LyngenPlan } from './test-cases.js';

const lyngen = getStaircasePreset('lyngen');
const steps = lyngen.steps.map((s) => ({ id: s.id, number: s.number }));
const TODAY = '2026-12-15';
const facts = (id: string, plan: LyngenPlan, extra = {}) => caseFacts(lyngenCase(id, plan, extra), lyngen, { today: TODAY });

describe('a case’s facts', () => {
  it('a conversation the same day keeps step 1', () => {
    const f = facts('c1', { openOn: '2026-11-02', conversationDelay: 0 });
    expect(f.steps).toEqual([{ stepId: 'samtale', number: 1, outcome: 'kept', deadlines: [{ deadlineId: 'samtale', outcome: 'kept' }], reachedOn: '2026-11-02' }]);
    expect(f.schoolDaysToContact).toBe(0);
  });

  it('a conversation the next school day is late, and counted as one school day to contact', () => {
    const f = facts('c1', { openOn: '2026-11-06', conversationDelay: 1 });
    expect(f.steps[0]?.outcome).toBe('late');
    // Friday to Monday is one school day.
    expect(f.firstContactOn).toBe('2026-11-09');
    expect(f.schoolDaysToContact).toBe(1);
  });

  it('no conversation after its day has passed is missed, and the case has no contact', () => {
    const f = facts('c1', { openOn: '2026-11-02', conversationDelay: null });
    expect(f.steps[0]?.outcome).toBe('missed');
    expect(f.firstContactOn).toBeNull();
  });

  it('no conversation yet on the day itself is pending', () => {
    const f = caseFacts(lyngenCase('c1', { openOn: '2026-12-15', conversationDelay: null }), lyngen, { today: '2026-12-15' });
    expect(f.steps[0]?.outcome).toBe('pending');
  });

  it('step 2: a meeting on the fifth school day is kept, on the sixth late', () => {
    const kept = facts('a', { openOn: '2026-11-02', conversationDelay: 0, meetingDelay: 5 }).steps[1];
    expect(kept?.deadlines).toEqual([{ deadlineId: 'mote', outcome: 'kept' }, { deadlineId: 'evaluering', outcome: 'missed' }]);
    // The evaluation two weeks after the meeting never came, so the step as a whole was not done in time.
    expect(kept?.outcome).toBe('missed');
    expect(facts('b', { openOn: '2026-11-02', conversationDelay: 0, meetingDelay: 6 }).steps[1]?.deadlines[0]?.outcome).toBe('late');
  });

  it('a logged contact before the conversation is the first contact', () => {
    const f = facts('c1', { openOn: '2026-11-02', conversationDelay: 3, contactFirst: true });
    expect(f.firstContactOn).toBe('2026-11-02');
    expect(f.steps[0]?.outcome).toBe('late');
  });

  it('a closed case tells why and where', () => {
    const f = facts('c1', { openOn: '2026-11-02', conversationDelay: 0, close: 'worryDispelled' });
    expect(f.status).toBe('closed');
    expect(f.closing).toEqual({ on: '2026-11-02', reason: 'worryDispelled' });
    expect(f.step.id).toBe('samtale');
  });
});

describe('routine fidelity on generated cases', () => {
  it('counts per school and class what the plans say', () => {
    const cases = [
      facts('1', { openOn: '2026-11-02', conversationDelay: 0 }, { className: '5A' }),
      facts('2', { openOn: '2026-11-03', conversationDelay: 0 }, { className: '5A' }),
      facts('3', { openOn: '2026-11-04', conversationDelay: 2 }, { className: '5B' }),
      facts('4', { openOn: '2026-11-05', conversationDelay: null }, { className: '5B' }),
      facts('5', { openOn: '2026-11-02', conversationDelay: 0, close: 'worryDispelled' }, { schoolId: 'school-b', className: '8A' }),
    ];
    const [a, b] = routineFidelity(cases, steps);
    expect(a?.key).toBe('school-a');
    expect(a?.steps[0]).toMatchObject({ reached: 4, kept: 2, late: 1, missed: 1, keptShare: 0.5 });
    expect(a?.classes.map((c) => [c.key, c.steps[0]?.keptShare])).toEqual([['5A', 1], ['5B', 0]]);
    expect(a?.contact).toMatchObject({ contacted: 3, notContacted: 1, sameDay: 2, withinAWeek: 1, median: 0, p90: 2 });
    expect(b?.closed.worryDispelled).toBe(1);
    expect(b?.open).toBe(0);
  });

  it('the kept share is the share of plans done on time, whatever the mix', () => {
    const plan = fc.record({
      delay: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
      meeting: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
      startDay: fc.integer({ min: 0, max: 10 }),
    });
    fc.assert(
      fc.property(fc.array(plan, { minLength: 1, maxLength: 12 }), (plans) => {
        const start = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-16'];
        const cases = plans.map((p, i) =>
          facts(String(i), { openOn: start[p.startDay]!, conversationDelay: p.delay, ...(p.delay !== null && p.meeting !== undefined ? { meetingDelay: p.meeting } : {}) }),
        );
        const [school] = routineFidelity(cases, steps);
        const step1 = school!.steps[0]!;
        expect(step1.reached).toBe(plans.length);
        expect(step1.kept).toBe(plans.filter((p) => p.delay === 0).length);
        expect(step1.late).toBe(plans.filter((p) => p.delay !== null && p.delay > 0).length);
        expect(step1.missed).toBe(plans.filter((p) => p.delay === null).length);
        const step2 = school!.steps[1]!;
        const withMeeting = plans.filter((p) => p.delay !== null && p.meeting !== undefined);
        expect(step2.reached).toBe(withMeeting.length);
        const meeting = step2.deadlines.find((d) => d.deadlineId === 'mote');
        expect(meeting?.kept ?? 0).toBe(withMeeting.filter((p) => p.meeting! <= 5).length);
        expect(meeting?.late ?? 0).toBe(withMeeting.filter((p) => p.meeting! > 5).length);
        expect(school!.contact.contacted).toBe(plans.filter((p) => p.delay !== null).length);
      }),
      { numRuns: 40 },
    );
  });
});

describe('percentiles and delays', () => {
  it('nearest rank gives a value that occurred', () => {
    expect(nearestRank([], 50)).toBeNull();
    expect(nearestRank([0, 1, 2, 3], 50)).toBe(1);
    expect(nearestRank([0, 1, 2, 3], 90)).toBe(3);
    expect(nearestRank([7], 90)).toBe(7);
  });

  it('contact delays are bucketed same day, within a week, later', () => {
    const cases = [0, 0, 1, 5, 6, 12].map((d, i) => ({ ...facts(String(i), { openOn: '2026-11-02', conversationDelay: 0 }), schoolDaysToContact: d }));
    expect(contactDelay(cases)).toMatchObject({ sameDay: 2, withinAWeek: 2, later: 2, median: 1 });
  });
});
