// How sure a figure is. Two intervals, each where it fits:
// - Wilson's score interval for a share of pupils (how many of a school's
//   pupils are over a rule): pupils are counted once each, so the count is
//   binomial, and Wilson's interval stays inside 0-100 % and behaves with
//   small counts and shares near 0, where the textbook (Wald) one does not.
// - A percentile bootstrap over cases for the change in attendance around a
//   measure: lessons of one pupil are not independent (a pupil who is away is
//   away all day), so an interval over lessons would be far too narrow;
//   resampling whole cases keeps each pupil's lessons together and assumes
//   nothing about the shape of the changes. Seeded, so a figure is the same
//   each time it is shown.

export interface Interval {
  low: number;
  high: number;
}

/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

/** Wilson's score interval for `successes` of `n`, as shares 0-1; null for n = 0. */
export function wilsonInterval(successes: number, n: number, z = Z95): Interval | null {
  if (n === 0) return null;
  if (successes < 0 || successes > n) throw new Error('successes must be between 0 and n');
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** A small, fast, seedable generator (mulberry32): the same seed gives the same resamples. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BootstrapOptions {
  resamples?: number;
  /** 0.95 for a 95 % interval. */
  level?: number;
  seed?: number;
}

export interface MeanWithInterval extends Interval {
  mean: number;
  n: number;
}

/** The mean of the values with a percentile-bootstrap interval; null without values. */
export function bootstrapMean(values: readonly number[], options: BootstrapOptions = {}): MeanWithInterval | null {
  const n = values.length;
  if (n === 0) return null;
  const resamples = options.resamples ?? 2000;
  const level = options.level ?? 0.95;
  const random = seededRandom(options.seed ?? 20260817);
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const means = new Float64Array(resamples);
  for (let i = 0; i < resamples; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += values[Math.floor(random() * n)] as number;
    means[i] = sum / n;
  }
  means.sort();
  const tail = (1 - level) / 2;
  const at = (q: number) => means[Math.min(resamples - 1, Math.max(0, Math.floor(q * resamples)))] as number;
  return { mean, n, low: at(tail), high: at(1 - tail) };
}
