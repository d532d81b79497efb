import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { WindowKind } from '../../api/figures';

/** The period in the address, in Norwegian, so a link keeps it: ?periode=hosthalvar. */
const PARAM = 'periode';
const byParam: Record<string, WindowKind> = { hosthalvar: 'autumn', varhalvar: 'spring', skolearet: 'schoolYear' };
const toParam: Record<WindowKind, string> = { autumn: 'hosthalvar', spring: 'varhalvar', schoolYear: 'skolearet' };

export const windowKinds: readonly WindowKind[] = ['autumn', 'spring', 'schoolYear'];

export function isWindowKind(value: string): value is WindowKind {
  return (windowKinds as readonly string[]).includes(value);
}

/** The period asked for in the address (undefined: the server's default, the term we are in). */
export function useWindowParam(): [WindowKind | undefined, (kind: WindowKind) => void] {
  const [search, setSearch] = useSearchParams();
  const asked = byParam[search.get(PARAM) ?? ''];
  const set = useCallback(
    (kind: WindowKind) =>
      setSearch(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.set(PARAM, toParam[kind]);
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return [asked, set];
}

/** The query string that keeps the period when following a link to another figures page. */
export function windowQuery(kind: WindowKind | undefined): string {
  return kind ? `?${PARAM}=${toParam[kind]}` : '';
}
