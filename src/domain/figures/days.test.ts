import { describe, expect, it } from 'vitest';
import {
  absentRuns,
  DayTable,
  isolatedAbsentDays,
  isWholeDayAbsent,
  leftDuringDay,
  leftDuringTheDay,
  longestAbsentRun,
  pupilDays,
  wholeDaysAbsent,
  windowRange,
} from './days.js';
import { day, documented, mark } from './test-marks.js';

describe("the pupil's school days", () => {
  it('are the dates with held lessons, in date order, whatever the order of the marks', () => {
    const days = pupilDays([...day('2026-09-09', 'M'), ...day('2026-09-07', 'FF'), ...day('2026-09-08', 'MF')]);
    expect(days.map((d) => d.date)).toEqual(['2026-09-07', '2026-09-08', '2026-09-09']);
  });

  it('stay in order when a mark comes back to an earlier day before a new one', () => {
    const days = pupilDays([
      mark('2026-09-07', 1),
      mark('2026-09-09', 1),
      mark('2026-09-07', 2),
      mark('2026-09-08', 1),
    ]);
    expect(days.map((d) => d.date)).toEqual(['2026-09-07', '2026-09-08', '2026-09-09']);
  });

  it('keep one entry per date when marks jump back and forth between days', () => {
    const days = pupilDays([
      mark('2026-09-07', 1, 'F'),
      mark('2026-09-09', 1, 'F'),
      mark('2026-09-08', 1, 'M'),
      mark('2026-09-09', 2, 'F'),
      mark('2026-09-07', 2, 'M'),
    ]);
    expect(days.map((d) => [d.date, d.heldLessons])).toEqual([
      ['2026-09-07', 2],
      ['2026-09-08', 1],
      ['2026-09-09', 2],
    ]);
  });

  it('leave out lessons that were not held or are only planned', () => {
    const days = pupilDays([
      ...day('2026-09-07', 'FF', { lessonStatus: 'not_held' }),
      ...day('2026-09-08', 'F', { lessonStatus: 'planned' }),
      ...day('2026-09-09', 'MF'),
    ]);
    expect(days).toEqual([
      {
        date: '2026-09-09',
        heldLessons: 2,
        absentLessons: 1,
        absentMinutes: 45,
        lastPresentPeriod: 1,
        firstAbsentPeriod: 2,
        leastDocumentation: 'undocumented',
        absentWithoutNotice: 1,
        lateArrivals: 0,
        minutesLate: 0,
      },
    ]);
  });

  it('know the least documented absence of the day', () => {
    const [d] = pupilDays([
      mark('2026-09-07', 1, 'F', documented('documented')),
      mark('2026-09-07', 2, 'F', documented('reported')),
      mark('2026-09-07', 3, 'M'),
    ]);
    expect(d?.leastDocumentation).toBe('reported');
  });

  it('can be added to after being read', () => {
    const table = new DayTable();
    table.add(mark('2026-09-08', 1, 'F'));
    expect(table.days()).toHaveLength(1);
    table.add(mark('2026-09-07', 1, 'F'));
    expect(table.days().map((d) => d.date)).toEqual(['2026-09-07', '2026-09-08']);
  });
});

describe('a single day', () => {
  const [whole] = pupilDays(day('2026-09-07', 'FFF'));
  const [left] = pupilDays(day('2026-09-07', 'MSF'));
  const [back] = pupilDays(day('2026-09-07', 'FMF'));
  it('is a whole day absent only when absent from every held lesson', () => {
    expect(whole && isWholeDayAbsent(whole)).toBe(true);
    expect(left && isWholeDayAbsent(left)).toBe(false);
  });
  it('is left during the day when present first and absent from the rest', () => {
    expect(left && leftDuringTheDay(left)).toBe(true);
    expect(back && leftDuringTheDay(back)).toBe(false);
    expect(whole && leftDuringTheDay(whole)).toBe(false);
  });
});

describe('patterns over days, for the rules engine', () => {
  // Mon-Fri present/absent, weekend, Mon-Wed.
  const days = pupilDays([
    ...day('2026-09-07', 'FF'),
    ...day('2026-09-08', 'MM'),
    ...day('2026-09-09', 'FF'),
    ...day('2026-09-10', 'MF'),
    ...day('2026-09-11', 'FF'),
    ...day('2026-09-14', 'FF'),
    ...day('2026-09-15', 'FF'),
    ...day('2026-09-16', 'MM'),
  ]);
  const lastWeek = { from: '2026-09-14', to: '2026-09-20' };

  it('lists the whole days absent, in the window or in all days', () => {
    expect(wholeDaysAbsent(days)).toEqual(['2026-09-07', '2026-09-09', '2026-09-11', '2026-09-14', '2026-09-15']);
    expect(wholeDaysAbsent(days, lastWeek)).toEqual(['2026-09-14', '2026-09-15']);
  });

  it('lists the runs and the longest, across the weekend', () => {
    expect(absentRuns(days)).toEqual([['2026-09-07'], ['2026-09-09'], ['2026-09-11', '2026-09-14', '2026-09-15']]);
    expect(longestAbsentRun(days)).toEqual({ length: 3, dates: ['2026-09-11', '2026-09-14', '2026-09-15'] });
    expect(longestAbsentRun(days, lastWeek).length).toBe(2);
  });

  it('lists the isolated days, with the days outside the window as context', () => {
    expect(isolatedAbsentDays(days)).toEqual(['2026-09-07', '2026-09-09']);
    expect(isolatedAbsentDays(days, { from: '2026-09-14', to: '2026-09-14' })).toEqual([]);
  });

  it('lists the days left during the day', () => {
    expect(leftDuringDay(days)).toEqual(['2026-09-10']);
    expect(leftDuringDay(days, lastWeek)).toEqual([]);
  });

  it('finds the days of a window, however it falls between them', () => {
    expect(windowRange(days, { from: '2026-09-12', to: '2026-09-13' })).toEqual([5, 5]);
    expect(windowRange(days, { from: '2026-01-01', to: '2026-12-31' })).toEqual([0, 8]);
    expect(windowRange(days, { from: '2026-09-08', to: '2026-09-08' })).toEqual([1, 2]);
    expect(windowRange([], { from: '2026-09-08', to: '2026-09-08' })).toEqual([0, 0]);
  });
});
