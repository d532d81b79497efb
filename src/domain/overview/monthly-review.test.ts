import { describe, expect, it } from 'vitest';
import { getStaircasePreset } from '../followup/staircases.js';
import { caseFacts } from './case-facts.js';
import { monthlyReviewFigures, type ConcernFact } from './monthly-review.js';
import { monthBounds, previousMonth, schoolYearMonths } from './months.js';
import { lyngenCase } from './test-cases.js';

const lyngen = getStaircasePreset('lyngen');
const steps = lyngen.steps.map((s) => ({ id: s.id, number: s.number }));

const concern = (pupilId: string, className: string, raisedOn: string, extra: Partial<ConcernFact> = {}): ConcernFact => ({
  pupilId,
  className,
  ruleId: 'ten-percent',
  ruleName: '10 % i terminen',
  level: 'concern',
  approaching: false,
  backfilled: false,
  holds: true,
  raisedOn,
  windowTo: '2026-12-18',
  ...extra,
});

describe('months', () => {
  it('knows their days and the month before', () => {
    expect(monthBounds('2027-02')).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(monthBounds('2028-02').to).toBe('2028-02-29');
    expect(previousMonth('2027-01')).toBe('2026-12');
    expect(schoolYearMonths(2026)).toEqual(['2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06']);
  });
});

describe('the monthly review', () => {
  it('counts pupils over each rule by class at the month’s end, against the month before', () => {
    const figures = monthlyReviewFigures(
      '2026-11',
      [
        concern('p1', '5A', '2026-10-12'),
        concern('p2', '5A', '2026-11-03'),
        concern('p3', '5B', '2026-11-20'),
        concern('p4', '5B', '2026-10-01', { holds: false }),
        concern('p5', '5B', '2026-11-10', { approaching: true }),
        concern('p6', '5A', '2026-12-01'),
        concern('p1', '5A', '2026-11-05', { ruleId: 'late', ruleName: 'Forsentkomminger' }),
      ],
      [],
      steps,
    );
    const ten = figures.rules.find((r) => r.ruleId === 'ten-percent')!;
    expect(ten).toMatchObject({ pupils: 3, lastMonth: 1, change: 2, newThisMonth: 2 });
    expect(ten.classes).toEqual([
      { className: '5A', pupils: 2, lastMonth: 1, change: 1, newThisMonth: 1 },
      { className: '5B', pupils: 1, lastMonth: 0, change: 1, newThisMonth: 1 },
    ]);
    expect(figures.rules.find((r) => r.ruleId === 'late')).toMatchObject({ pupils: 1, lastMonth: 0, newThisMonth: 1 });
  });

  it('a window that ended before the month no longer counts', () => {
    const figures = monthlyReviewFigures('2027-01', [concern('p1', '5A', '2026-10-12')], [], steps);
    expect(figures.rules[0]).toMatchObject({ pupils: 0, lastMonth: 1, change: -1 });
  });

  it('counts open cases by step, the month’s deadlines and the cases without a contact', () => {
    const today = '2026-11-30';
    const cases = [
      lyngenCase('a', { openOn: '2026-11-02', conversationDelay: 0 }),
      lyngenCase('b', { openOn: '2026-11-03', conversationDelay: 2 }),
      lyngenCase('c', { openOn: '2026-11-04', conversationDelay: null }),
      lyngenCase('d', { openOn: '2026-11-05', conversationDelay: 0, meetingDelay: null }),
      lyngenCase('e', { openOn: '2026-10-05', conversationDelay: 0, close: 'worryDispelled' }),
    ].map((c) => caseFacts(c, lyngen, { today }));
    const figures = monthlyReviewFigures('2026-11', [], cases, steps);
    expect(figures.cases.open).toBe(4);
    expect(figures.cases.byStep.map((s) => s.open)).toEqual([3, 1, 0, 0]);
    expect(figures.cases.openedThisMonth).toBe(4);
    expect(figures.cases.closedThisMonth).toBe(0);
    expect(figures.cases.withoutContact).toEqual(['c']);
    // Step 1 of a, b, c, d was due in November (a and d kept, b late, c missed); d's meeting was due 12 November and never held.
    expect(figures.cases.deadlines).toEqual({ due: 5, kept: 2, late: 1, missed: 2, pending: 0 });
  });
});
