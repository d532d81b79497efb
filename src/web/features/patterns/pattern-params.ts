import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { PATTERN_KINDS, type PatternKind } from '../../../contracts/patterns';

/** The filters in the address, so a link keeps them: ?type=weekday&klasse=8A. */
const KIND = 'type';
const CLASS = 'klasse';

const isKind = (value: string): value is PatternKind => (PATTERN_KINDS as readonly string[]).includes(value);

export interface PatternFilterValue {
  kind: PatternKind | undefined;
  className: string | undefined;
}

export function usePatternParams(): [PatternFilterValue, (next: PatternFilterValue) => void] {
  const [search, setSearch] = useSearchParams();
  const kind = search.get(KIND) ?? '';
  const className = search.get(CLASS) ?? '';
  const value: PatternFilterValue = { kind: isKind(kind) ? kind : undefined, className: className || undefined };
  const set = useCallback(
    (next: PatternFilterValue) =>
      setSearch(
        (previous) => {
          const params = new URLSearchParams(previous);
          if (next.kind) params.set(KIND, next.kind);
          else params.delete(KIND);
          if (next.className) params.set(CLASS, next.className);
          else params.delete(CLASS);
          return params;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return [value, set];
}
