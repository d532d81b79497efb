// The upper-secondary limit: «Mitt fravær», documentation handed in and
// decided, complaints on marks, the principal's decisions, the certificate and
// the leadership's warnings.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  certificateSchema,
  complaintListSchema,
  complaintSchema,
  myLimitPupilsSchema,
  pupilLimitsSchema,
  sentWarningsSchema,
  submissionListSchema,
  submissionSchema,
  warningOverviewSchema,
  type CreateComplaint,
  type CreateDiscretion,
  type Decide,
} from '../../contracts/upper-secondary';
import { apiJson } from './client';
import { queryKeys } from './query-keys';

const enc = encodeURIComponent;
/** Every fetch is an audited read: no refetch on every focus. */
const STALE_MS = 60_000;

export function useMyLimitPupils(enabled = true) {
  return useQuery({
    queryKey: queryKeys.myLimitPupils,
    queryFn: ({ signal }) => apiJson('GET', '/api/my/limit-pupils', myLimitPupilsSchema, { signal }),
    enabled,
    staleTime: STALE_MS,
  });
}

export function usePupilLimits(pupilId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.pupilLimits(pupilId ?? ''),
    queryFn: ({ signal }) => apiJson('GET', `/api/pupils/${enc(pupilId ?? '')}/limits`, pupilLimitsSchema, { signal }),
    enabled: Boolean(pupilId),
    staleTime: STALE_MS,
    retry: false,
  });
}

export function useSubmitDocumentation(pupilId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reasonCode, markIds, file }: { reasonCode: string; markIds: number[]; file: File | null }) => {
      const form = new FormData();
      form.append('reasonCode', reasonCode);
      for (const id of markIds) form.append('markIds', String(id));
      if (file) form.append('file', file, file.name);
      return apiJson('POST', `/api/pupils/${enc(pupilId)}/documentation-submissions`, submissionSchema, { form });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.pupilLimits(pupilId) }),
  });
}

export function useCreateComplaint(pupilId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (complaint: CreateComplaint) => apiJson('POST', `/api/pupils/${enc(pupilId)}/mark-complaints`, complaintSchema, { body: complaint }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.pupilLimits(pupilId) }),
  });
}

export function useSubmissions(status: 'submitted' | 'all') {
  return useQuery({
    queryKey: queryKeys.submissions(status),
    queryFn: ({ signal }) =>
      apiJson('GET', status === 'all' ? '/api/documentation-submissions' : `/api/documentation-submissions?status=${status}`, submissionListSchema, { signal }),
  });
}

export function useDecideSubmission() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: Decide }) =>
      apiJson('POST', `/api/documentation-submissions/${enc(id)}/decision`, submissionSchema, { body: decision }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['documentation-submissions'] }),
  });
}

export function useComplaints(status: 'submitted' | 'all') {
  return useQuery({
    queryKey: queryKeys.complaints(status),
    queryFn: ({ signal }) => apiJson('GET', status === 'all' ? '/api/mark-complaints' : `/api/mark-complaints?status=${status}`, complaintListSchema, { signal }),
  });
}

export function useDecideComplaint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: Decide }) => apiJson('POST', `/api/mark-complaints/${enc(id)}/decision`, complaintSchema, { body: decision }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['mark-complaints'] }),
  });
}

export function useRecordDiscretion(pupilId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: CreateDiscretion) => apiJson('POST', `/api/pupils/${enc(pupilId)}/discretion-decisions`, z.object({ id: z.uuid() }), { body: decision }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.pupilLimits(pupilId) }),
  });
}

export function useSetHigherHealthRisk(pupilId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (higherHealthRisk: boolean) =>
      apiJson('PUT', `/api/pupils/${enc(pupilId)}/higher-health-risk`, z.object({ higherHealthRisk: z.boolean() }), { body: { higherHealthRisk } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['pupils', pupilId] }),
  });
}

export function useCertificate(pupilId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.certificate(pupilId),
    queryFn: ({ signal }) => apiJson('GET', `/api/pupils/${enc(pupilId)}/certificate`, certificateSchema, { signal }),
    enabled,
    staleTime: STALE_MS,
    retry: false,
  });
}

export function useSetLeaveOffs(pupilId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dates: string[]) => apiJson('PUT', `/api/pupils/${enc(pupilId)}/certificate/leave-offs`, certificateSchema, { body: { dates } }),
    onSuccess: (data) => queryClient.setQueryData(queryKeys.certificate(pupilId), data),
  });
}

export function useWarningOverview(schoolId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.warningOverview(schoolId ?? ''),
    queryFn: ({ signal }) => apiJson('GET', `/api/schools/${enc(schoolId ?? '')}/limit-warnings`, warningOverviewSchema, { signal }),
    enabled: Boolean(schoolId),
  });
}

export function useSendWarning(schoolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: { pupilId: string; subjectId: string }) => apiJson('POST', `/api/schools/${enc(schoolId)}/limit-warnings`, sentWarningsSchema, { body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.warningOverview(schoolId) }),
  });
}

export const warningPdfUrl = (warningId: string, locale: string) => `/api/warnings/${enc(warningId)}/pdf?locale=${enc(locale)}`;
export const submissionFileUrl = (submissionId: string) => `/api/documentation-submissions/${enc(submissionId)}/file`;
