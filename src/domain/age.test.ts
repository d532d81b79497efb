import { describe, expect, it } from 'vitest';
import { ageOn, isAdultOn } from './age.js';

describe('age', () => {
  it('turns a year older on the birthday, not the day before', () => {
    expect(ageOn('2008-11-23', '2026-11-22')).toBe(17);
    expect(ageOn('2008-11-23', '2026-11-23')).toBe(18);
  });
  it('a pupil born on 29 February is adult on 1 March of the 18th year', () => {
    expect(isAdultOn('2008-02-29', '2026-02-28')).toBe(false);
    expect(isAdultOn('2008-02-29', '2026-03-01')).toBe(true);
  });
});
