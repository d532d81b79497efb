import { describe, expect, it } from 'vitest';
import { countSchoolDays, dueDate, schoolDayAfter, schoolDayIndex, shiftDate } from './school-days.js';
import { CALENDAR } from './test-school.js';

const index = schoolDayIndex(CALENDAR);

describe('school days', () => {
  it('counts from the next school day, skipping weekends and the autumn break', () => {
    expect(schoolDayAfter(index, '2026-09-24', 1)).toBe('2026-09-25');
    expect(schoolDayAfter(index, '2026-09-25', 1)).toBe('2026-10-05');
    expect(schoolDayAfter(index, '2026-09-26', 2)).toBe('2026-10-06');
  });

  it('is due the same day on a school day, and the next school day otherwise', () => {
    expect(dueDate(index, '2026-09-24', 'sameDay')).toBe('2026-09-24');
    expect(dueDate(index, '2026-09-26', 'sameDay')).toBe('2026-10-05');
    expect(dueDate(index, '2026-09-24', { schoolDays: 5 })).toBe('2026-10-08');
  });

  it('counts weekdays past the end of the school year', () => {
    expect(schoolDayAfter(index, '2027-06-17', 3)).toBe('2027-06-22');
    expect(schoolDayAfter(index, '2027-07-03', 0)).toBe('2027-07-05');
    expect(schoolDayAfter(index, '2027-07-05', 0)).toBe('2027-07-05');
    expect(schoolDayAfter(index, '2027-07-02', 1)).toBe('2027-07-05');
  });

  it('counts the school days between two dates, both included', () => {
    expect(countSchoolDays(index, '2026-09-21', '2026-10-09')).toBe(10);
    expect(countSchoolDays(index, '2026-10-09', '2026-09-21')).toBe(0);
  });

  it('shifts dates across months and years', () => {
    expect(shiftDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftDate('2027-03-01', -1)).toBe('2027-02-28');
    expect(shiftDate('2028-03-01', -1)).toBe('2028-02-29');
  });
});
