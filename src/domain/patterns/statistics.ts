// The few statistics the detectors share. Base rates first: a pupil absent
// on 3 of 38 Mondays and on 3 of 38 Tuesdays has no Monday pattern, so every
// comparison is against the pupil's own usual level, and asks how likely a
// difference as large would be if the absence were spread evenly.
import type { Tally } from '../../contracts/patterns.js';

/** ln(n!) for n = 0, 1, ...; grown on demand and kept, since every pupil needs the same few hundred. */
const logFactorials: number[] = [0];

function logFactorial(n: number): number {
  for (let i = logFactorials.length; i <= n; i++) logFactorials.push((logFactorials[i - 1] as number) + Math.log(i));
  return logFactorials[n] as number;
}

/**
 * ln P(X >= k) for X ~ Binomial(n, p): the chance of at least k absences of n
 * if each were absent with the usual probability p. In logarithms, so that
 * two very small chances can still be compared (see the teacher detector).
 */
export function logBinomialTail(k: number, n: number, p: number): number {
  if (k <= 0) return 0;
  if (k > n) return -Infinity;
  if (p <= 0) return -Infinity;
  if (p >= 1) return 0;
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  const logFirst = logFactorial(n) - logFactorial(k) - logFactorial(n - k) + k * logP + (n - k) * logQ;
  // Sum the terms from k upwards relative to the first; they fall off fast once past the mean.
  const ratio = p / (1 - p);
  let term = 1;
  let sum = 1;
  for (let j = k; j < n; j++) {
    term *= ((n - j) / (j + 1)) * ratio;
    sum += term;
    if (term < sum * 1e-12) break;
  }
  return logFirst + Math.log(sum);
}

/**
 * The usual level from a tally, nudged away from 0 (one absence and one
 * presence added, Laplace's rule): a pupil never absent otherwise has a small
 * usual level, not none, so that a handful of absences on one weekday is
 * judged on how many they are, not divided by zero.
 */
export function usualRate(tally: Tally): number {
  return (tally.absent + 1) / (tally.of + 2);
}

export const rate = (tally: Tally): number => (tally.of === 0 ? 0 : tally.absent / tally.of);

/**
 * How much of the focus (a weekday's days, a subject's lessons) is absent
 * beyond the usual level, as a share of what was left to be absent from:
 * 0 when no more than usual, 1 when absent from all of it while never
 * otherwise. The strength of the comparison patterns.
 */
export function excessShare(focus: Tally, usual: Tally): number {
  const r = rate(focus);
  const r0 = rate(usual);
  if (r <= r0 || r0 >= 1) return 0;
  return roundStrength((r - r0) / (1 - r0));
}

/** Strengths are for ranking and reading: three decimals are plenty. */
export function roundStrength(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}

export interface ComparisonLimits {
  /** At least this many absences in the focus. */
  minCount: number;
  /** At least this share of the focus absent, in percent. */
  minPercent: number;
  /** At least this many times the usual level. */
  timesUsual: number;
  /** ln of the largest chance accepted. */
  logAlpha: number;
}

/**
 * Whether the focus is absent clearly more than usual: enough absences,
 * enough of a share, several times the usual level, and too unlikely by
 * chance. Returns ln of the chance when it is, or null. The cheap checks come
 * first: for most pupils no tail is ever computed.
 */
export function clearlyAbove(focus: Tally, usual: Tally, limits: ComparisonLimits): number | null {
  if (!enoughAbove(focus, usual, limits)) return null;
  const logChance = logBinomialTail(focus.absent, focus.of, usualRate(usual));
  return logChance < limits.logAlpha ? logChance : null;
}

/** The size checks of `clearlyAbove` alone: enough absences, enough of a share, enough times the usual level. */
export function enoughAbove(focus: Tally, usual: Tally, limits: Omit<ComparisonLimits, 'logAlpha'>): boolean {
  if (focus.absent < limits.minCount || focus.of === 0) return false;
  const r = focus.absent / focus.of;
  return r * 100 >= limits.minPercent && r >= limits.timesUsual * usualRate(usual);
}

/** ln P(Z >= z) for a standard normal Z (erfc after Numerical Recipes' erfcc, relative error below 1.2e-7). */
export function logNormalTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const logUpper = Math.log(0.5) + Math.log(t) - x * x + poly;
  return z >= 0 ? logUpper : Math.log1p(-Math.exp(logUpper));
}

/**
 * The Cochran-Armitage test for a trend in a proportion over time: whether
 * the events (absence occasions, 1) come more often later in the series than
 * earlier, against a steady rate. A normal score; positive when rising.
 */
export function trendScore(events: ArrayLike<number>, times: ArrayLike<number>): number {
  const n = events.length;
  if (n < 3) return 0;
  let sumT = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    sumT += times[i] as number;
    count += events[i] as number;
  }
  if (count === 0 || count === n) return 0;
  const meanT = sumT / n;
  let statistic = 0;
  let spread = 0;
  for (let i = 0; i < n; i++) {
    const d = (times[i] as number) - meanT;
    statistic += (events[i] as number) * d;
    spread += d * d;
  }
  const p = count / n;
  const variance = p * (1 - p) * spread;
  return variance > 0 ? statistic / Math.sqrt(variance) : 0;
}
