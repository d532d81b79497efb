import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shownShare, suppressList, suppressTable, type SuppressedTable } from './suppression.js';

/** Every line of the table with its margins: the cells with the row's total, ..., the totals row with the grand total. */
function lines(t: SuppressedTable): (number | null)[][] {
  const rows = t.cells.map((row, r) => [...row, t.rowTotals[r] ?? null]);
  rows.push([...t.columnTotals, t.total]);
  const columns = (rows[0] ?? []).map((_, c) => rows.map((row) => row[c] ?? null));
  return [...rows, ...columns];
}

/**
 * Whether some hidden cell can be worked out from what is shown: every way to
 * fill the hidden cells with whole numbers from 0 that gives the shown
 * totals is tried, and a cell that has the same value in all of them is known.
 */
function recoverable(counts: number[][], t: SuppressedTable): boolean {
  const rows = counts.length;
  const columns = counts[0]!.length;
  const hiddenInner: [number, number][] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) if (t.cells[r]![c] === null) hiddenInner.push([r, c]);
  if (hiddenInner.length === 0) return false;
  const grand = counts.flat().reduce((a, b) => a + b, 0);
  const seen = hiddenInner.map(() => new Set<number>());
  const grid = counts.map((row, r) => row.map((v, c) => t.cells[r]![c] ?? v));
  // Only the inner cells are unknowns: the margins follow from them, and a shown margin must match.
  const consistent = () => {
    let all = 0;
    for (let r = 0; r < rows; r++) {
      const sum = grid[r]!.reduce((a, b) => a + b, 0);
      all += sum;
      if (t.rowTotals[r] !== null && sum !== t.rowTotals[r]) return false;
    }
    for (let c = 0; c < columns; c++) {
      let sum = 0;
      for (let r = 0; r < rows; r++) sum += grid[r]![c]!;
      if (t.columnTotals[c] !== null && sum !== t.columnTotals[c]) return false;
    }
    return t.total === null || all === t.total;
  };
  const fill = (i: number) => {
    if (i === hiddenInner.length) {
      if (consistent()) hiddenInner.forEach(([r, c], k) => seen[k]!.add(grid[r]![c]!));
      return;
    }
    const [r, c] = hiddenInner[i]!;
    const bound = Math.min(grand, t.rowTotals[r] ?? grand, t.columnTotals[c] ?? grand);
    for (let v = 0; v <= bound; v++) {
      grid[r]![c] = v;
      fill(i + 1);
    }
  };
  fill(0);
  return seen.some((values) => values.size === 1);
}

describe('suppression of small counts', () => {
  it('hides 1 to 4 and shows 0 and 5', () => {
    const t = suppressTable([[0, 5, 12], [7, 9, 20]]);
    expect(t.cells).toEqual([[0, 5, 12], [7, 9, 20]]);
    const small = suppressTable([[3, 12, 20], [10, 9, 20]]);
    expect(small.hidden[0]![0]).toBe('small');
  });

  it('hides a second cell in the row and column of a lone small one, so totals do not give it back', () => {
    const t = suppressTable([[3, 12, 20], [10, 9, 20]]);
    // Row 0 shows its total 35: 12 or 20 must go too; column 0 shows 13: 10 must go too.
    expect(t.cells[0]![0]).toBeNull();
    expect(t.cells[0]![1]).toBeNull(); // the smaller of 12 and 20
    expect(t.cells[1]![0]).toBeNull();
    expect(t.cells[1]![1]).toBeNull(); // the rectangle closes: 9 goes with 10 in row 1 and with 12 in column 1
    expect(t.rowTotals).toEqual([35, 39]);
    expect(t.hidden[0]![1]).toBe('complement');
    expect(recoverable([[3, 12, 20], [10, 9, 20]], t)).toBe(false);
  });

  it('a total that is itself small is hidden', () => {
    const t = suppressTable([[1, 2], [10, 20]]);
    expect(t.rowTotals[0]).toBeNull();
    expect(t.cells[0]).toEqual([null, null]);
  });

  it('a list hides a lone small school with another', () => {
    expect(suppressList([2, 30, 12, 40]).values).toEqual([null, 30, null, 40]);
    expect(suppressList([2, 3, 12]).values).toEqual([null, null, 12]);
    expect(suppressList([20, 30]).values).toEqual([20, 30]);
  });

  it('a share is hidden with its count or a small base', () => {
    expect(shownShare(null, 40)).toBeNull();
    expect(shownShare(4, 4)).toBeNull();
    expect(shownShare(0, 20)).toBe(0);
    expect(shownShare(5, 20)).toBe(0.25);
  });

  it('no line ever has exactly one hidden figure, every small count is hidden, and shown figures are the true ones', () => {
    const table = fc.integer({ min: 1, max: 5 }).chain((columns) => fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 6 }));
    fc.assert(
      fc.property(table, (counts) => {
        const t = suppressTable(counts);
        for (const line of lines(t)) expect(line.filter((v) => v === null).length).not.toBe(1);
        counts.forEach((row, r) =>
          row.forEach((n, c) => {
            if (n > 0 && n < 5) expect(t.cells[r]![c]).toBeNull();
            if (t.cells[r]![c] !== null) expect(t.cells[r]![c]).toBe(n);
          }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('no hidden count of a small table can be worked out exactly from the shown ones', () => {
    const table = fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 2 }), { minLength: 2, maxLength: 2 });
    fc.assert(
      fc.property(table, (counts) => {
        const t = suppressTable(counts);
        expect(recoverable(counts, t)).toBe(false);
      }),
      { numRuns: 40 },
    );
  });
});
