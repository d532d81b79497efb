// The access log for the leadership, and «Hvem har sett mappen» for the home.
import { useQuery } from '@tanstack/react-query';
import { accessLogSchema, auditLogPageSchema } from '../../contracts/audit-log';
import { apiJson } from './client';

const enc = encodeURIComponent;

export interface AuditLogFilter {
  pupilId?: string;
  userId?: string;
  from?: string;
  to?: string;
  page: number;
}

export function useSchoolAuditLog(schoolId: string, filter: AuditLogFilter) {
  const search = new URLSearchParams(
    Object.entries(filter)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, String(v)]),
  ).toString();
  return useQuery({
    queryKey: ['schools', schoolId, 'audit-log', search],
    queryFn: ({ signal }) => apiJson('GET', `/api/schools/${enc(schoolId)}/audit-log?${search}`, auditLogPageSchema, { signal }),
    enabled: Boolean(schoolId),
    // Each look is itself logged: no refetch on focus.
    staleTime: 60_000,
  });
}

export function usePupilAccessLog(pupilId: string | undefined, page: number) {
  return useQuery({
    queryKey: ['pupils', pupilId ?? '', 'access-log', page],
    queryFn: ({ signal }) => apiJson('GET', `/api/pupils/${enc(pupilId ?? '')}/access-log?page=${page}`, accessLogSchema, { signal }),
    enabled: Boolean(pupilId),
    staleTime: 60_000,
  });
}
