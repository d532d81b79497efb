import { describe, expect, it } from 'vitest';
import { day, mark } from './test-marks.js';
import { pupilYear } from './pupil-year.js';
import { norwegianSchoolYear } from '../school-calendar.js';

const YEAR = norwegianSchoolYear(2026);

describe("a pupil's school year at a glance", () => {
  const marks = [
    ...day('2026-09-07', 'MMFF'), // Monday: left during the day
    ...day('2026-09-08', 'FFFF', { documentation: 'reported' }), // Tuesday: away, reported
    ...day('2026-09-14', 'SMMM'), // Monday: late
    ...day('2026-09-15', 'MFMM', { documentation: 'documented' }),
    mark('2026-09-16', 1, 'F', { lessonStatus: 'not_held' }),
    ...day('2026-12-01', 'FFFF'), // after the as-of day
  ];
  const view = pupilYear(marks, YEAR, '2026-11-30');

  it('gives each school day its absence, late arrivals and least documentation', () => {
    expect(view.days).toEqual([
      { date: '2026-09-07', held: 4, absent: 2, late: 0, documentation: 'undocumented', whole: false },
      { date: '2026-09-08', held: 4, absent: 4, late: 0, documentation: 'reported', whole: true },
      { date: '2026-09-14', held: 4, absent: 0, late: 1, documentation: null, whole: false },
      { date: '2026-09-15', held: 4, absent: 1, late: 0, documentation: 'documented', whole: false },
    ]);
  });

  it('counts held and absent lessons by weekday and period; a lesson not held counts nowhere', () => {
    expect(view.grid.filter((c) => c.weekday === 1)).toEqual([
      { weekday: 1, period: 1, held: 2, absent: 0 },
      { weekday: 1, period: 2, held: 2, absent: 0 },
      { weekday: 1, period: 3, held: 2, absent: 1 },
      { weekday: 1, period: 4, held: 2, absent: 1 },
    ]);
    expect(view.grid.some((c) => c.weekday === 3)).toBe(false);
  });

  it('sums the weeks from their Mondays', () => {
    expect(view.weeks).toEqual([
      { monday: '2026-09-07', held: 8, absent: 6, days: 2 },
      { monday: '2026-09-14', held: 8, absent: 1, days: 2 },
    ]);
  });
});
