import { describe, expect, it } from 'vitest';
import { schoolDayIndex } from './school-days.js';
import { AUTUMN, CALENDAR, SPRING } from './test-school.js';
import { resolveWindows } from './windows.js';

const index = schoolDayIndex(CALENDAR);
const span = (w: { from: string; to: string }) => [w.from, w.to];

describe('the windows of a rule', () => {
  it('are the terms begun by the as-of date, whole, with the days counted so far', () => {
    expect(resolveWindows({ kind: 'term' }, index, '2026-10-01')).toEqual([
      { from: AUTUMN.startsOn, to: AUTUMN.endsOn, until: '2026-10-01', open: true, full: true, position: 0, label: AUTUMN.name },
    ]);
    expect(resolveWindows({ kind: 'halfYear' }, index, '2027-01-10').map(span)).toEqual([
      [AUTUMN.startsOn, AUTUMN.endsOn],
      [SPRING.startsOn, SPRING.endsOn],
    ]);
  });

  it('are the calendar months of the school year so far, cut at its first and last day', () => {
    const months = resolveWindows({ kind: 'month' }, index, '2026-10-15');
    expect(months.map(span)).toEqual([
      ['2026-08-18', '2026-08-31'],
      ['2026-09-01', '2026-09-30'],
      ['2026-10-01', '2026-10-31'],
    ]);
    expect(months.map((m) => m.open)).toEqual([false, false, true]);
    expect(resolveWindows({ kind: 'month' }, index, '2027-08-01').at(-1)).toMatchObject({ from: '2027-06-01', to: CALENDAR.endsOn, open: false });
  });

  it('reach back a number of school days, and are full once the year has that many', () => {
    const windows = resolveWindows({ kind: 'rollingSchoolDays', days: 5 }, index, '2026-08-25');
    expect(windows.map((w) => [w.from, w.to, w.full])).toEqual([
      ['2026-08-18', '2026-08-18', false],
      ['2026-08-18', '2026-08-19', false],
      ['2026-08-18', '2026-08-20', false],
      ['2026-08-18', '2026-08-21', false],
      ['2026-08-18', '2026-08-24', true],
      ['2026-08-19', '2026-08-25', true],
    ]);
    expect(windows.map((w) => w.open)).toEqual([false, false, false, false, false, true]);
  });

  it('reach back whole weeks of calendar days', () => {
    const last = resolveWindows({ kind: 'rollingWeeks', weeks: 2 }, index, '2026-10-09').at(-1);
    expect(last).toMatchObject({ from: '2026-09-26', to: '2026-10-09', full: true, open: true });
  });

  it('are the days given for one-day windows, and the first school day for first-day windows', () => {
    expect(resolveWindows({ kind: 'schoolDay' }, index, '2026-09-10', ['2026-08-01', '2026-09-01', '2026-09-10', '2026-09-11']).map(span)).toEqual([
      ['2026-09-01', '2026-09-01'],
      ['2026-09-10', '2026-09-10'],
    ]);
    expect(resolveWindows({ kind: 'firstSchoolDay' }, index, '2026-09-10').map(span)).toEqual([[AUTUMN.startsOn, AUTUMN.startsOn]]);
  });

  it('are none before the school year starts', () => {
    expect(resolveWindows({ kind: 'schoolYear' }, index, '2026-08-01')).toEqual([]);
  });
});
