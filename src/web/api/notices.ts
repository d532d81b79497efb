// Notices from home (absence and leave requests) and the school's decisions on leave.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  myNoticesSchema,
  noticeListSchema,
  noticeSchema,
  type CreateNotice,
  type DecideLeave,
} from '../../contracts/notices';
import { apiJson } from './client';
import { queryKeys } from './query-keys';

/** For a guardian or an adult pupil: whom they report for, the reasons they may give, and what they have sent. */
export function useMyNotices() {
  return useQuery({
    queryKey: queryKeys.myNotices,
    queryFn: ({ signal }) => apiJson('GET', '/api/my/notices', myNoticesSchema, { signal }),
  });
}

export function useCreateNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notice: CreateNotice) => apiJson('POST', '/api/notices', noticeSchema, { body: notice }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.myNotices }),
  });
}

export function useWithdrawNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (noticeId: string) =>
      apiJson('POST', `/api/notices/${encodeURIComponent(noticeId)}/withdraw`, noticeSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.myNotices }),
  });
}

/** Leave requests at a school: all for the leadership, a contact teacher's own pupils' for a teacher. */
export function useLeaveRequests(schoolId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.leaveRequests(schoolId ?? ''),
    queryFn: ({ signal }) =>
      apiJson('GET', `/api/schools/${encodeURIComponent(schoolId ?? '')}/leave-requests`, noticeListSchema, { signal }),
    enabled: Boolean(schoolId),
  });
}

export function useDecideLeave(schoolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ noticeId, decision }: { noticeId: string; decision: DecideLeave }) =>
      apiJson('POST', `/api/leave-requests/${encodeURIComponent(noticeId)}/decision`, noticeSchema, { body: decision }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.leaveRequests(schoolId) }),
  });
}
