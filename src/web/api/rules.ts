// The rules as the web app reads them: concerns («Mine elever», a pupil, a
// school), marking one followed up, the outbox, the staff's notifications and
// the owner's policy with its versions.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  concernSchema,
  myConcernsSchema,
  myNotificationsSchema,
  outboxSchema,
  policyOverviewSchema,
  pupilConcernPageSchema,
  schoolConcernsSchema,
  type MyConcerns,
  type MyNotifications,
  type PupilConcernPage,
  type SavePolicy,
} from '../../contracts/rules';
import { apiJson, apiVoid } from './client';
import { replaceConcern } from './concern-cache';
import { queryKeys } from './query-keys';

/** Every read of concerns is audited on the server: no refetch on every focus. */
const STALE_MS = 60_000;
const enc = encodeURIComponent;

export type OutboxStatus = z.infer<typeof outboxSchema>['entries'][number]['status'];
export type OutboxScope = { kind: 'school'; schoolId: string } | { kind: 'owner' };
export const policyVersionSchema = policyOverviewSchema.shape.active;
export type PolicyVersionView = z.infer<typeof policyVersionSchema>;

export function useMyConcerns() {
  return useQuery({
    queryKey: queryKeys.myConcerns,
    queryFn: ({ signal }) => apiJson('GET', '/api/my/concerns', myConcernsSchema, { signal }),
    staleTime: STALE_MS,
  });
}

/** The contact teacher's and the leadership's; anyone else gets 403, which the page takes as «no panel». */
export function usePupilConcerns(pupilId: string) {
  return useQuery({
    queryKey: queryKeys.pupilConcerns(pupilId),
    queryFn: ({ signal }) => apiJson('GET', `/api/pupils/${enc(pupilId)}/concerns`, pupilConcernPageSchema, { signal }),
    staleTime: STALE_MS,
    enabled: pupilId !== '',
  });
}

export function useSchoolConcerns(schoolId: string) {
  return useQuery({
    queryKey: queryKeys.schoolConcerns(schoolId),
    queryFn: ({ signal }) => apiJson('GET', `/api/schools/${enc(schoolId)}/concerns`, schoolConcernsSchema, { signal }),
    staleTime: STALE_MS,
    enabled: schoolId !== '',
  });
}

/**
 * «Fulgt opp», and its undo. The answer replaces the concern where it is
 * shown instead of reloading the lists, so a followed-up concern stays in
 * view with its undo until the page is opened again.
 */
export function useSetConcernHandled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ concernId, handled }: { concernId: string; handled: boolean }) =>
      apiJson('PUT', `/api/concerns/${enc(concernId)}/handled`, concernSchema, { body: { handled } }),
    onSuccess: (concern) => {
      queryClient.setQueryData<MyConcerns>(queryKeys.myConcerns, (data) => data && replaceConcern(data, concern));
      queryClient.setQueryData<PupilConcernPage>(
        queryKeys.pupilConcerns(concern.pupil.id),
        (data) => data && replaceConcern(data, concern),
      );
      void queryClient.invalidateQueries({ queryKey: ['schools'], predicate: (q) => q.queryKey[2] === 'concerns' });
    },
  });
}

function outboxPath(scope: OutboxScope, status: OutboxStatus | undefined): string {
  const path = scope.kind === 'school' ? `/api/schools/${enc(scope.schoolId)}/outbox` : '/api/owner/outbox';
  return status ? `${path}?${new URLSearchParams({ status }).toString()}` : path;
}

export function useOutbox(scope: OutboxScope, status: OutboxStatus | undefined) {
  const key = scope.kind === 'school' ? `school:${scope.schoolId}` : 'owner';
  return useQuery({
    queryKey: queryKeys.outbox(key, status ?? 'all'),
    queryFn: ({ signal }) => apiJson('GET', outboxPath(scope, status), outboxSchema, { signal }),
    // The filter asks the server again; the table stays while it answers.
    placeholderData: keepPreviousData,
    staleTime: 15_000,
    enabled: scope.kind === 'owner' || scope.schoolId !== '',
  });
}

export function useMyNotifications(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.myNotifications,
    queryFn: ({ signal }) => apiJson('GET', '/api/my/notifications', myNotificationsSchema, { signal }),
    enabled,
  });
}

/** Marks notifications read; the list shows them read at once, whatever the network does. */
export function useReadNotifications() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: readonly string[]) => apiVoid('POST', '/api/my/notifications/read', { body: { ids } }),
    onMutate: (ids) => {
      const read = new Set(ids);
      queryClient.setQueryData<MyNotifications>(queryKeys.myNotifications, (data) =>
        data && { notifications: data.notifications.map((n) => (read.has(n.id) ? { ...n, read: true } : n)) },
      );
    },
  });
}

export function usePolicyOverview() {
  return useQuery({
    queryKey: queryKeys.ownerPolicy,
    queryFn: ({ signal }) => apiJson('GET', '/api/owner/policy', policyOverviewSchema, { signal }),
  });
}

export function usePolicyVersion(version: number | null) {
  return useQuery({
    queryKey: queryKeys.ownerPolicyVersion(version ?? 0),
    queryFn: ({ signal }) => apiJson('GET', `/api/owner/policy/versions/${version ?? 0}`, policyVersionSchema, { signal }),
    enabled: version !== null,
    // A saved version never changes.
    staleTime: Infinity,
  });
}

export function useSavePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SavePolicy) => apiJson('PUT', '/api/owner/policy', policyVersionSchema, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.ownerPolicy, exact: true }),
  });
}
