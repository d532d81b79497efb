import { describe, expect, it } from 'vitest';
import { schoolDayOf } from './dates.js';

describe('the school day of an instant', () => {
  it('is the Norwegian date, even just after midnight in Oslo when UTC is still on the day before', () => {
    expect(schoolDayOf(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
    expect(schoolDayOf(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});
