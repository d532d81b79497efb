// A figure and the number it is a share of. A percentage shown without its
// denominator misleads: 1 absent lesson of 4 held in the first week is 25 %.

/** `absent` out of `of`, and the exact percentage (never rounded here, never NaN). */
export interface Share {
  absent: number;
  of: number;
  /** Exact; 0 when `of` is 0. Round only for display, with `roundPercent`. */
  percent: number;
}

/** Absent lessons (or days) counted by documentation state. */
export interface DocumentationCounts {
  undocumented: number;
  reported: number;
  documented: number;
}

/**
 * The percentage `part` is of `whole`, 0 when there is nothing to be a share
 * of (the first day of a term must not show NaN).
 *
 * Computed as part * 100 / whole rather than part / whole * 100: when the true
 * percentage is a whole number (10 of 100) the result is then exact, and a
 * threshold such as Lyngen's 10 % is not missed by a rounding error of 1e-15.
 */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : (part * 100) / whole;
}

export function share(absent: number, of: number): Share {
  return { absent, of, percent: percentOf(absent, of) };
}

/**
 * Rounds a percentage (or hours) for display only: thresholds compare the exact
 * number, since 9.96 % shows as 10.0 % but is not above 10 %.
 * Halves round away from zero as they read in decimal (1.005 to 2 decimals is 1.01).
 */
export function roundPercent(x: number, decimals = 1): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError(`roundPercent takes 0 to 10 decimals, got ${decimals}.`);
  }
  const factor = 10 ** decimals;
  // 1.005 * 100 is 100.49999999999999 in binary; the relative nudge of one
  // epsilon lifts such values back to the half they were written as.
  const rounded = Math.round(Math.abs(x) * factor * (1 + Number.EPSILON)) / factor;
  return x < 0 && rounded !== 0 ? -rounded : rounded;
}
