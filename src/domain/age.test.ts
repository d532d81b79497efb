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

describe('age, worked out on the dates as written', () => {
  it('agrees with the calendar for every birthday and every day from it', async () => {
    const { differenceInYears, parseISO } = await import('date-fns');
    const fc = (await import('fast-check')).default;
    const date = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, date, (a, b) => {
        const [birth, day] = a <= b ? [a, b] : [b, a];
        return ageOn(birth, day) === differenceInYears(parseISO(day), parseISO(birth));
      }),
      { numRuns: 2000 },
    );
  });
});
