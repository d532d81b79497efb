// False alarms: pupils whose little absence falls at random must nearly
// never show a pattern. Generated with fast-check: a profile of at most 3 %
// of the days away (in spells of one to three days, as colds come), at most
// 1 % of the other lessons, late at most 3 % of the mornings, documented in
// any way, judged on any school day after the first month.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectPatterns } from './index.js';
import { generatePupil, YEAR } from './test-pupils.js';

const schoolDays = generatePupil({ seed: 1 }).days.filter((d) => d >= '2026-09-21');

const lowRandomPupil = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  dayRate: fc.double({ min: 0, max: 0.03, noNaN: true }),
  lessonRate: fc.double({ min: 0, max: 0.01, noNaN: true }),
  lateRate: fc.double({ min: 0, max: 0.03, noNaN: true }),
  asOf: fc.constantFrom(...schoolDays),
  documentation: fc.constantFrom(undefined, 'undocumented', 'reported', 'documented' as const),
});

describe('pupils with low random absence', () => {
  it('show no pattern in at least 99 % of cases', () => {
    const pupils = fc.sample(lowRandomPupil, { numRuns: 1000, seed: 20261201 });
    const alarms = pupils.filter(({ seed, dayRate, lessonRate, lateRate, asOf, documentation }) => {
      const pupil = generatePupil({ seed, profile: { dayRate, lessonRate, lateRate }, to: asOf, documentation });
      return detectPatterns({ marks: pupil.marks, calendar: YEAR, asOf }).length > 0;
    });
    expect(alarms.length / pupils.length).toBeLessThanOrEqual(0.01);
  });

  it('never show a pattern when there is nothing to see (property)', () => {
    // Whatever the random seed and as-of day: a pupil never away and never late has no pattern.
    fc.assert(
      fc.property(fc.integer({ min: 1 }), fc.constantFrom(...schoolDays), (seed, asOf) => {
        const pupil = generatePupil({ seed, to: asOf });
        return detectPatterns({ marks: pupil.marks, calendar: YEAR, asOf }).length === 0;
      }),
      { numRuns: 50 },
    );
  });

  it('every pattern found points at dates that exist, in order, with a strength from 0 to 1 (property)', () => {
    fc.assert(
      fc.property(lowRandomPupil, fc.double({ min: 0, max: 0.3, noNaN: true }), (p, extra) => {
        const pupil = generatePupil({ seed: p.seed, profile: { dayRate: p.dayRate + extra, lessonRate: p.lessonRate + extra / 3, lateRate: p.lateRate + extra }, to: p.asOf });
        const days = new Set(pupil.days);
        for (const pattern of detectPatterns({ marks: pupil.marks, calendar: YEAR, asOf: p.asOf })) {
          expect(pattern.evidence.length).toBeGreaterThanOrEqual(3);
          expect(pattern.evidence.every((d) => days.has(d))).toBe(true);
          expect([...pattern.evidence].sort()).toEqual(pattern.evidence);
          expect(new Set(pattern.evidence).size).toBe(pattern.evidence.length);
          expect(pattern.strength).toBeGreaterThanOrEqual(0);
          expect(pattern.strength).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 150 },
    );
  });
});
