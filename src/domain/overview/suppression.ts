// Small counts are hidden in the owner's statistics, so that a figure about
// three pupils in one class cannot point at who they are. A count of 1 to 4
// is hidden (primary suppression); then, because totals are shown, more
// cells are hidden until no row or column has exactly one hidden figure
// (complementary suppression): with one hidden figure a line's total gives it
// away by subtraction, with two or more it does not. Zeros are shown: that
// nobody is counted identifies no one.

/** Counts below this, and above zero, are hidden. */
export const MIN_COUNT = 5;

export type HiddenBecause = 'small' | 'complement';

export interface SuppressedTable {
  /** The cells, null where hidden. */
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
  /** Why each cell is hidden, null where shown; the same shape as `cells`. */
  hidden: (HiddenBecause | null)[][];
}

export const isSmall = (n: number, min = MIN_COUNT) => n > 0 && n < min;

/**
 * Hides the table's small counts and what would give them away. The table is
 * rows × columns of counts, shown with a total for each row, each column and
 * all; every line of that (a row with its total, the totals row, ...) keeps
 * zero or at least two hidden figures.
 */
export function suppressTable(counts: readonly (readonly number[])[], min = MIN_COUNT): SuppressedTable {
  const rows = counts.length;
  const columns = rows === 0 ? 0 : (counts[0] as readonly number[]).length;
  for (const row of counts) {
    if (row.length !== columns) throw new Error('Every row must have as many cells as the first.');
    for (const n of row) if (!Number.isInteger(n) || n < 0) throw new Error(`A count must be a whole number from 0, not ${n}.`);
  }
  // The table with its margins: row r's total at [r][columns], column c's at [rows][c], all at [rows][columns].
  const grid: number[][] = counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const last: number[] = Array.from({ length: columns + 1 }, (_, c) => grid.reduce((sum, row) => sum + (row[c] as number), 0));
  grid.push(last);
  const hidden: (HiddenBecause | null)[][] = grid.map((row) => row.map((n) => (isSmall(n, min) ? 'small' : null)));

  const lines: [number, number][][] = [
    ...Array.from({ length: rows + 1 }, (_, r) => Array.from({ length: columns + 1 }, (_, c) => [r, c] as [number, number])),
    ...Array.from({ length: columns + 1 }, (_, c) => Array.from({ length: rows + 1 }, (_, r) => [r, c] as [number, number])),
  ];
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const hiddenHere = line.filter(([r, c]) => hidden[r]![c] !== null);
      if (hiddenHere.length !== 1) continue;
      const candidate = complementIn(line, grid, hidden);
      hidden[candidate[0]]![candidate[1]] = 'complement';
      changed = true;
    }
  }
  const value = (r: number, c: number) => (hidden[r]![c] === null ? (grid[r]![c] as number) : null);
  return {
    cells: counts.map((row, r) => row.map((_, c) => value(r, c))),
    rowTotals: counts.map((_, r) => value(r, columns)),
    columnTotals: Array.from({ length: columns }, (_, c) => value(rows, c)),
    total: value(rows, columns),
    hidden: counts.map((row, r) => row.map((_, c) => hidden[r]![c] as HiddenBecause | null)),
  };
}

/**
 * The figure to hide beside a lone hidden one: the smallest shown count that
 * is not zero (a hidden zero in a line whose total is zero would be known),
 * an inner cell before the line's total, and a zero only when nothing else is left.
 */
function complementIn(line: readonly [number, number][], grid: number[][], hidden: (HiddenBecause | null)[][]): [number, number] {
  const shown = line.filter(([r, c]) => hidden[r]![c] === null);
  const total = line[line.length - 1];
  const inner = shown.filter((cell) => cell !== total);
  const pool = inner.length > 0 ? inner : shown;
  const ranked = [...pool].sort((a, b) => rank(grid, a) - rank(grid, b));
  const pick = ranked[0];
  if (pick === undefined) throw new Error('A line with one hidden figure has others shown.');
  return pick;
}

const rank = (grid: number[][], [r, c]: [number, number]) => {
  const n = grid[r]![c] as number;
  return n === 0 ? Number.MAX_SAFE_INTEGER : n;
};

export interface SuppressedList {
  values: (number | null)[];
  total: number | null;
  hidden: (HiddenBecause | null)[];
}

/** One line of counts with its total, e.g. pupils over a rule school by school. */
export function suppressList(counts: readonly number[], min = MIN_COUNT): SuppressedList {
  const table = suppressTable(counts.length === 0 ? [] : [counts], min);
  if (counts.length === 0) return { values: [], total: 0, hidden: [] };
  return { values: table.cells[0] as (number | null)[], total: table.rowTotals[0] as number | null, hidden: table.hidden[0] as (HiddenBecause | null)[] };
}

/** A share shown only when its count and its base are: a hidden count's share would give the count back. */
export function shownShare(count: number | null, base: number, min = MIN_COUNT): number | null {
  if (count === null || base === 0 || isSmall(base, min)) return null;
  return count / base;
}
