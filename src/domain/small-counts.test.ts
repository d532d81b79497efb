import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SMALL_COUNT_THRESHOLD, suppressSmallCount, suppressSmallCounts } from './small-counts.js';

describe('suppressing small counts', () => {
  it('hides 1 to 4 and shows 0 and 5 and more (the boundary exactly at 5)', () => {
    expect(suppressSmallCount(0)).toEqual({ value: 0, suppressed: false });
    expect(suppressSmallCount(1)).toEqual({ value: null, suppressed: true });
    expect(suppressSmallCount(4)).toEqual({ value: null, suppressed: true });
    expect(suppressSmallCount(5)).toEqual({ value: 5, suppressed: false });
  });

  it('hides a second count of a row when only one would be hidden, so the total does not give it away', () => {
    const [row] = suppressSmallCounts([{ undocumented: 3, documented: 12, reported: 40 }], ['undocumented', 'documented', 'reported']);
    expect(row).toEqual({
      undocumented: { value: null, suppressed: true },
      documented: { value: null, suppressed: true },
      reported: { value: 40, suppressed: false },
    });
  });

  it('never shows a count under the threshold, and never hides exactly one non-zero count of a row', () => {
    const keys = ['a', 'b', 'c'] as const;
    fc.assert(
      fc.property(fc.array(fc.record({ a: fc.nat(50), b: fc.nat(50), c: fc.nat(50) }), { maxLength: 20 }), (rows) => {
        const shown = suppressSmallCounts(rows, keys);
        shown.forEach((row, i) => {
          for (const k of keys) {
            const cell = row[k];
            if (!cell.suppressed) expect(cell.value === 0 || cell.value >= SMALL_COUNT_THRESHOLD).toBe(true);
            else expect(rows[i]![k]).toBeGreaterThan(0);
          }
          const hidden = keys.filter((k) => row[k].suppressed);
          const otherNonZero = keys.filter((k) => !row[k].suppressed && rows[i]![k] > 0);
          if (hidden.length === 1) expect(otherNonZero).toEqual([]);
        });
      }),
    );
  });
});
