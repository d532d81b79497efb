// Sorting the figures tables. Numbers sort biggest first on the first click;
// names and classes alphabetically. Ties fall back to the pupil's name, so
// the order never jumps between renders.
import type { PupilFiguresRow } from '../../../contracts/figures';
import type { Formatter } from './format';
import { levelOf, levelRank, type Limits } from './levels';

export type SortKey =
  | 'name'
  | 'class'
  | 'percent'
  | 'undocumented'
  | 'reported'
  | 'documented'
  | 'wholeDays'
  | 'singleLessons'
  | 'lateArrivals'
  | 'worstSubject';

export type SortDirection = 'ascending' | 'descending';

export interface Sort {
  key: SortKey;
  direction: SortDirection;
}

const textKeys: readonly SortKey[] = ['name', 'class'];

/** The direction of a column's first click. */
export function firstDirection(key: SortKey): SortDirection {
  return textKeys.includes(key) ? 'ascending' : 'descending';
}

/** Where the school is upper secondary, the pupils over a level come first; otherwise by name. */
export function defaultSort(limits: Limits | null): Sort {
  return limits ? { key: 'worstSubject', direction: 'descending' } : { key: 'name', direction: 'ascending' };
}

export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key !== key) return { key, direction: firstDirection(key) };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

function numberOf(row: PupilFiguresRow, key: SortKey, limits: Limits | null): number {
  switch (key) {
    case 'percent':
      return row.percent;
    case 'undocumented':
      return row.undocumented.percent;
    case 'reported':
      return row.reported.percent;
    case 'documented':
      return row.documented.percent;
    case 'wholeDays':
      return row.wholeDays;
    case 'singleLessons':
      return row.singleLessons;
    case 'lateArrivals':
      return row.lateArrivals;
    case 'worstSubject': {
      const percent = row.worstSubject?.undocumented.percent ?? -1;
      // The level first, so «over the limit» stays above «alert» whatever the rounding.
      return levelRank(levelOf(percent, limits)) * 1000 + percent;
    }
    default:
      return 0;
  }
}

export const nameOf = (row: PupilFiguresRow) => `${row.pupil.familyName}, ${row.pupil.givenName}`;

export function sortRows(
  rows: readonly PupilFiguresRow[],
  sort: Sort,
  limits: Limits | null,
  fmt: Formatter,
): PupilFiguresRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: PupilFiguresRow, b: PupilFiguresRow) => fmt.compareText(nameOf(a), nameOf(b));
  const compare = (a: PupilFiguresRow, b: PupilFiguresRow): number => {
    if (sort.key === 'name') return sign * byName(a, b);
    if (sort.key === 'class') {
      return sign * fmt.compareText(a.pupil.className ?? '', b.pupil.className ?? '') || byName(a, b);
    }
    return sign * (numberOf(a, sort.key, limits) - numberOf(b, sort.key, limits)) || byName(a, b);
  };
  return [...rows].sort(compare);
}
