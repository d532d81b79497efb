// How long the owner keeps each record type: the administrator's page reads
// and sets it; each answer is the whole list as it now stands.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { retentionSettingsSchema } from '../../contracts/retention';
import { apiJson } from './client';

const retentionKey = ['owner', 'retention'] as const;

export function useRetention() {
  return useQuery({ queryKey: retentionKey, queryFn: ({ signal }) => apiJson('GET', '/api/owner/retention', retentionSettingsSchema, { signal }), retry: false });
}

export function useSetRetention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { recordType: string; months: number }) => apiJson('PUT', '/api/owner/retention', retentionSettingsSchema, { body }),
    onSuccess: (settings) => queryClient.setQueryData(retentionKey, settings),
  });
}
