// Counts in figures for the school owner's analyst (and anything else shown
// without names) are hidden when small: a «2» in a class of one school can
// point at a pupil. The threshold follows the practice of Utdanningsdirektoratet
// and SSB for published school statistics (fewer than 5 is not shown).

export const SMALL_COUNT_THRESHOLD = 5;

/** A count shown, or suppressed with the reason it is not. */
export type ShownCount = { value: number; suppressed: false } | { value: null; suppressed: true };

export function suppressSmallCount(count: number, threshold = SMALL_COUNT_THRESHOLD): ShownCount {
  return count > 0 && count < threshold ? { value: null, suppressed: true } : { value: count, suppressed: false };
}

/**
 * Suppresses the small counts of a table of rows. When exactly one count of
 * a row group would be hidden, a second (the smallest other) is hidden too,
 * so that it cannot be worked out from a shown total (secondary suppression).
 */
export function suppressSmallCounts<K extends string>(
  rows: readonly Record<K, number>[],
  keys: readonly K[],
  threshold = SMALL_COUNT_THRESHOLD,
): Record<K, ShownCount>[] {
  return rows.map((row) => {
    const shown = Object.fromEntries(keys.map((k) => [k, suppressSmallCount(row[k], threshold)])) as Record<K, ShownCount>;
    const hidden = keys.filter((k) => shown[k].suppressed);
    if (hidden.length === 1 && keys.length > 1) {
      const next = keys
        .filter((k) => !shown[k].suppressed && row[k] > 0)
        .sort((a, b) => row[a] - row[b])[0];
      if (next !== undefined) shown[next] = { value: null, suppressed: true };
    }
    return shown;
  });
}
