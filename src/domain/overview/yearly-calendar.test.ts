import { describe, expect, it } from 'vitest';
import { defaultCalendarTasks } from './calendar-presets.js';
import { occurrences, occurrenceStatus, remindersDue, schoolYearCalendar } from './yearly-calendar.js';

describe('the yearly calendar', () => {
  const tasks = defaultCalendarTasks();

  it('the preset is valid and names its source for every task', () => {
    expect(tasks.length).toBeGreaterThan(5);
    for (const task of tasks) expect(task.source).toMatch(/seeds\//);
  });

  it('the monthly review comes every school month from September to June', () => {
    const monthly = tasks.find((t) => t.id === 'manedlig-gjennomgang')!;
    const list = occurrences(monthly, 2026);
    expect(list).toHaveLength(10);
    expect(list[0]).toEqual({ taskId: 'manedlig-gjennomgang', startsOn: '2026-09-01', dueOn: '2026-09-30' });
    expect(list[9]?.dueOn).toBe('2027-06-30');
  });

  it('the 1 March deadline is for upper secondary only, in the spring of the school year', () => {
    const grunnskole = schoolYearCalendar(tasks, 'primary_lower', 2026, '2026-09-01', new Map());
    const vgs = schoolYearCalendar(tasks, 'upper_secondary', 2026, '2026-09-01', new Map());
    expect(grunnskole.some((o) => o.taskId === 'frist-1-mars')).toBe(false);
    expect(vgs.find((o) => o.taskId === 'frist-1-mars')?.dueOn).toBe('2027-03-01');
    expect(grunnskole.find((o) => o.taskId === 'informasjon-foresatte')?.dueOn).toBe('2026-08-31');
  });

  it('a task is upcoming, current, due soon, overdue or done', () => {
    const o = { taskId: 't', startsOn: '2026-10-01', dueOn: '2026-11-30' };
    expect(occurrenceStatus(o, '2026-09-20', null)).toBe('upcoming');
    expect(occurrenceStatus(o, '2026-10-10', null)).toBe('current');
    expect(occurrenceStatus(o, '2026-11-23', null)).toBe('dueSoon');
    expect(occurrenceStatus(o, '2026-11-30', null)).toBe('dueSoon');
    expect(occurrenceStatus(o, '2026-12-01', null)).toBe('overdue');
    expect(occurrenceStatus(o, '2026-12-01', '2026-11-29')).toBe('done');
  });

  it('reminds of what is due soon or overdue, not of what is done', () => {
    const calendar = schoolYearCalendar(tasks, 'primary_lower', 2026, '2026-11-25', new Map([['manedlig-gjennomgang|2026-10-31', '2026-10-30']]));
    const due = remindersDue(calendar).map((o) => `${o.taskId}|${o.dueOn}`);
    expect(due).toContain('manedlig-gjennomgang|2026-11-30');
    expect(due).toContain('manedlig-gjennomgang|2026-09-30');
    expect(due).not.toContain('manedlig-gjennomgang|2026-10-31');
    expect(due).toContain('elevundersokelsen|2026-11-30');
  });
});
