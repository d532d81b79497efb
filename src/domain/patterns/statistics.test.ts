import { describe, expect, it } from 'vitest';
import { clearlyAbove, enoughAbove, excessShare, logBinomialTail, logNormalTail, trendScore, usualRate } from './statistics.js';

/** P(X >= k) summed term by term, for checking. */
function tail(k: number, n: number, p: number): number {
  let sum = 0;
  for (let j = k; j <= n; j++) {
    let c = 1;
    for (let i = 0; i < j; i++) c = (c * (n - i)) / (i + 1);
    sum += c * p ** j * (1 - p) ** (n - j);
  }
  return sum;
}

describe('the chance of so much absence if it were spread evenly', () => {
  it.each([
    [4, 15, 0.0172],
    [10, 14, 0.0139],
    [3, 38, 0.05],
    [1, 10, 0.3],
    [20, 55, 0.0027],
  ])('is right for %i absences of %i at a usual %f', (k, n, p) => {
    expect(Math.exp(logBinomialTail(k, n, p))).toBeCloseTo(tail(k, n, p), 12);
    expect(logBinomialTail(k, n, p) / Math.log(tail(k, n, p))).toBeCloseTo(1, 9);
  });

  it('is certain for none, and impossible for more than all', () => {
    expect(logBinomialTail(0, 10, 0.1)).toBe(0);
    expect(logBinomialTail(11, 10, 0.1)).toBe(-Infinity);
  });

  it('stays comparable when far too small to write out (20 of 20 at 0.1 %)', () => {
    expect(logBinomialTail(20, 20, 0.001)).toBeCloseTo(20 * Math.log(0.001), 9);
  });

  it('takes a usual level above zero for a pupil never absent otherwise', () => {
    expect(usualRate({ absent: 0, of: 98 })).toBe(0.01);
  });
});

describe('clearly above the usual level', () => {
  const limits = { minCount: 4, minPercent: 20, timesUsual: 2, logAlpha: Math.log(0.001) };
  const never = { absent: 0, of: 1000 };

  it('needs the smallest number of absences', () => {
    expect(clearlyAbove({ absent: 4, of: 10 }, never, limits)).not.toBeNull();
    expect(clearlyAbove({ absent: 3, of: 10 }, never, limits)).toBeNull();
  });

  it('needs the smallest share, exactly at it counting', () => {
    expect(clearlyAbove({ absent: 5, of: 25 }, never, limits)).not.toBeNull();
    expect(clearlyAbove({ absent: 5, of: 26 }, never, limits)).toBeNull();
  });

  it('needs so many times the usual level, exactly at it counting', () => {
    // Usual (24 + 1) / (98 + 2) = 25 %: half the days is exactly twice that.
    expect(enoughAbove({ absent: 50, of: 100 }, { absent: 24, of: 98 }, limits)).toBe(true);
    expect(enoughAbove({ absent: 50, of: 100 }, { absent: 25, of: 98 }, limits)).toBe(false);
    // Three times: usual (16 + 1) / (100 + 2) = 1/6.
    expect(enoughAbove({ absent: 50, of: 100 }, { absent: 16, of: 100 }, { ...limits, timesUsual: 3 })).toBe(true);
    expect(enoughAbove({ absent: 50, of: 100 }, { absent: 17, of: 100 }, { ...limits, timesUsual: 3 })).toBe(false);
  });

  it('needs a chance below the significance, and not at it', () => {
    const focus = { absent: 8, of: 40 };
    const usual = { absent: 10, of: 198 };
    const chance = logBinomialTail(8, 40, usualRate(usual));
    expect(clearlyAbove(focus, usual, { ...limits, logAlpha: chance + 1e-9 })).toBeCloseTo(chance, 12);
    expect(clearlyAbove(focus, usual, { ...limits, logAlpha: chance })).toBeNull();
  });
});

describe('the strength of a comparison', () => {
  it('is the share absent beyond the usual level of what was left', () => {
    expect(excessShare({ absent: 10, of: 20 }, { absent: 0, of: 80 })).toBe(0.5);
    expect(excessShare({ absent: 6, of: 10 }, { absent: 20, of: 100 })).toBe(0.5);
  });

  it('is 0 when no more than usual', () => {
    expect(excessShare({ absent: 3, of: 38 }, { absent: 12, of: 152 })).toBe(0);
  });
});

describe('trends', () => {
  it('leans positive when events come later, negative when earlier, zero when steady', () => {
    const times = Array.from({ length: 40 }, (_, i) => Math.floor(i / 5));
    const later = times.map((_, i) => (i >= 30 && i % 2 === 0 ? 1 : 0));
    const earlier = [...later].reverse();
    const steady = times.map((_, i) => (i % 5 === 2 ? 1 : 0));
    expect(trendScore(later, times)).toBeGreaterThan(3);
    expect(trendScore(earlier, times)).toBeLessThan(-3);
    expect(trendScore(steady, times)).toBe(0);
  });

  it('reads normal tail chances right', () => {
    expect(Math.exp(logNormalTail(0))).toBeCloseTo(0.5, 6);
    expect(Math.exp(logNormalTail(1.645))).toBeCloseTo(0.05, 3);
    expect(Math.exp(logNormalTail(2.326))).toBeCloseTo(0.01, 4);
    expect(Math.exp(logNormalTail(-1.645))).toBeCloseTo(0.95, 3);
  });
});
