// Follow-up cases: the lists, one case, and every write to it (each answers
// with the case as it now stands, which replaces the cached one), the measure
// bank and the conversation guides.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { caseListSchema, caseViewSchema, guidesSchema, measureSearchSchema, type CaseView, type OpenCase } from '../../contracts/followup-api';
import { documentModelSchema } from '../../contracts/followup-documents';
import type { Locale } from '../../contracts/locale';
import { apiJson } from './client';

const enc = encodeURIComponent;
/** Every fetch is an audited read: no refetch on every focus. */
const STALE_MS = 60_000;

export const followupKeys = {
  myCases: ['followup', 'my'] as const,
  schoolCases: (schoolId: string) => ['followup', 'school', schoolId] as const,
  pupilCases: (pupilId: string) => ['followup', 'pupil', pupilId] as const,
  case: (caseId: string) => ['followup', 'case', caseId] as const,
  suggestions: (caseId: string) => ['followup', 'case', caseId, 'suggestions'] as const,
  measures: (q: string, category: string) => ['followup', 'measures', q, category] as const,
  guides: ['followup', 'guides'] as const,
  document: (caseId: string, kind: string, params: DocumentParams) => ['followup', 'case', caseId, 'document', kind, params] as const,
};

export function useMyCases() {
  return useQuery({ queryKey: followupKeys.myCases, queryFn: ({ signal }) => apiJson('GET', '/api/my/followup-cases', caseListSchema, { signal }), staleTime: STALE_MS, retry: false });
}

export function useSchoolCases(schoolId: string) {
  return useQuery({
    queryKey: followupKeys.schoolCases(schoolId),
    queryFn: ({ signal }) => apiJson('GET', `/api/schools/${enc(schoolId)}/followup-cases`, caseListSchema, { signal }),
    staleTime: STALE_MS,
    retry: false,
  });
}

export function usePupilCases(pupilId: string) {
  return useQuery({
    queryKey: followupKeys.pupilCases(pupilId),
    queryFn: ({ signal }) => apiJson('GET', `/api/pupils/${enc(pupilId)}/followup-cases`, caseListSchema, { signal }),
    staleTime: STALE_MS,
    retry: false,
    enabled: pupilId !== '',
  });
}

export function useCase(caseId: string) {
  return useQuery({
    queryKey: followupKeys.case(caseId),
    queryFn: ({ signal }) => apiJson('GET', `/api/followup-cases/${enc(caseId)}`, caseViewSchema, { signal }),
    staleTime: STALE_MS,
    retry: false,
  });
}

export function useOpenCase(pupilId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OpenCase) => apiJson('POST', `/api/pupils/${enc(pupilId)}/followup-cases`, caseViewSchema, { body }),
    onSuccess: (view) => {
      queryClient.setQueryData(followupKeys.case(view.id), view);
      // The lists change; the case itself is the answer, and every read of it is audited.
      void queryClient.invalidateQueries({ queryKey: ['followup'], predicate: (q) => q.queryKey[1] !== 'case' });
      void queryClient.invalidateQueries({ queryKey: ['pupils', pupilId, 'concerns'] });
      void queryClient.invalidateQueries({ queryKey: ['concerns'] });
    },
  });
}

/** A write to the case at `/api/followup-cases/:id{path}`; the answer is the case. */
export function useCaseWrite<Body>(caseId: string, path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) => apiJson('POST', `/api/followup-cases/${enc(caseId)}${path}`, caseViewSchema, { body }),
    onSuccess: async (view: CaseView) => {
      // A read of the case still in flight (a remount refetching a stale case)
      // would land after this answer and put back the case without this write.
      await queryClient.cancelQueries({ queryKey: followupKeys.case(caseId), exact: true });
      // Every write adds to the case's log: an answer with a shorter log than the
      // case shown is an older write's answer landing late, and must not put back
      // the case as it was before the newer write. The case is read again instead.
      const shown = queryClient.getQueryData<CaseView>(followupKeys.case(caseId));
      if (shown && shown.events.length > view.events.length) {
        void queryClient.invalidateQueries({ queryKey: followupKeys.case(caseId), exact: true });
      } else {
        queryClient.setQueryData(followupKeys.case(caseId), view);
      }
      void queryClient.invalidateQueries({ queryKey: followupKeys.suggestions(caseId) });
      void queryClient.invalidateQueries({ queryKey: followupKeys.myCases });
    },
  });
}

export function useSuggestions(caseId: string) {
  return useQuery({
    queryKey: followupKeys.suggestions(caseId),
    queryFn: ({ signal }) => apiJson('GET', `/api/followup-cases/${enc(caseId)}/measure-suggestions`, measureSearchSchema, { signal }),
    staleTime: STALE_MS,
    retry: false,
  });
}

export function useMeasureSearch(q: string, category: string) {
  return useQuery({
    queryKey: followupKeys.measures(q, category),
    queryFn: ({ signal }) =>
      apiJson('GET', `/api/followup/measures?${new URLSearchParams({ ...(q ? { q } : {}), ...(category ? { category } : {}) }).toString()}`, measureSearchSchema, { signal }),
    staleTime: 10 * 60_000,
  });
}

export function useGuides() {
  return useQuery({ queryKey: followupKeys.guides, queryFn: ({ signal }) => apiJson('GET', '/api/followup/guides', guidesSchema, { signal }), staleTime: Infinity });
}

/** Where a case's letter is downloaded from. */
export function documentUrl(caseId: string, kind: string, params: { locale: string; id?: string; version?: number }) {
  const query = new URLSearchParams({ locale: params.locale, ...(params.id ? { id: params.id } : {}), ...(params.version ? { version: String(params.version) } : {}) });
  return `/api/followup-cases/${enc(caseId)}/documents/${kind}?${query.toString()}`;
}

export interface DocumentParams {
  locale: Locale;
  id?: string;
  version?: number;
}

/** A case's letter as the print view draws it: the very model its PDF is drawn from, in the reader's language. */
export function useCaseDocument(caseId: string, kind: string, params: DocumentParams, enabled = true) {
  return useQuery({
    enabled,
    queryKey: followupKeys.document(caseId, kind, params),
    queryFn: ({ signal }) => apiJson('GET', documentUrl(caseId, `${kind}/print`, params), documentModelSchema, { signal }),
    staleTime: STALE_MS,
    retry: false,
  });
}
