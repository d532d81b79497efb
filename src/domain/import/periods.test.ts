import { describe, expect, it } from 'vitest';
import { defaultPeriodTimes, lessonTimes } from './periods.js';

describe('the default period table', () => {
  it('starts at 08:15 with 45-minute lessons and 10 minutes between', () => {
    expect(defaultPeriodTimes(1)).toEqual({ startsAt: '08:15', endsAt: '09:00' });
    expect(defaultPeriodTimes(2)).toEqual({ startsAt: '09:10', endsAt: '09:55' });
    expect(defaultPeriodTimes(16)).toEqual({ startsAt: '22:00', endsAt: '22:45' });
  });

  it("gives way to the row's own times", () => {
    expect(lessonTimes(3, '10:00', '11:30')).toEqual({ startsAt: '10:00', endsAt: '11:30' });
  });
});
