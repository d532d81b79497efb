// Absence patterns: a pupil's school year at a glance with its patterns, and
// which pupils of a class or a school show which pattern.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { groupPatternsSchema, pupilPatternsSchema, type PatternKind } from '../../contracts/patterns';
import { apiJson } from './client';
import { queryKeys } from './query-keys';

/** Every fetch is an audited read on the server: no refetch on every focus. */
const STALE_MS = 60_000;

const enc = encodeURIComponent;

export interface GroupPatternsFilter {
  kind?: PatternKind | undefined;
  /** A class name, in the school view. */
  className?: string | undefined;
}

function withFilter(path: string, filter: GroupPatternsFilter): string {
  const query = new URLSearchParams();
  if (filter.kind) query.set('kind', filter.kind);
  if (filter.className) query.set('class', filter.className);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export function usePupilPatterns(pupilId: string) {
  return useQuery({
    queryKey: queryKeys.pupilPatterns(pupilId),
    queryFn: ({ signal }) => apiJson('GET', `/api/pupils/${enc(pupilId)}/patterns`, pupilPatternsSchema, { signal }),
    staleTime: STALE_MS,
  });
}

export function useClassPatterns(classId: string, filter: GroupPatternsFilter) {
  return useQuery({
    queryKey: queryKeys.classPatterns(classId, filter.kind ?? ''),
    queryFn: ({ signal }) => apiJson('GET', withFilter(`/api/classes/${enc(classId)}/patterns`, { kind: filter.kind }), groupPatternsSchema, { signal }),
    placeholderData: keepPreviousData,
    staleTime: STALE_MS,
  });
}

export function useSchoolPatterns(schoolId: string, filter: GroupPatternsFilter) {
  return useQuery({
    queryKey: queryKeys.schoolPatterns(schoolId, filter.kind ?? '', filter.className ?? ''),
    queryFn: ({ signal }) => apiJson('GET', withFilter(`/api/schools/${enc(schoolId)}/patterns`, filter), groupPatternsSchema, { signal }),
    placeholderData: keepPreviousData,
    staleTime: STALE_MS,
    enabled: schoolId !== '',
  });
}
