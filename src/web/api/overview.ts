// The overview as the web app reads it: the monthly review and its
// checklist, routine fidelity, the owner's statistics, the yearly calendar.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  updateOccurrenceSchema} from '../../contracts/overview';
import {
  monthlyReviewSchema,
  myCalendarRemindersSchema,
  ownerStatisticsSchema,
  routineFidelitySchema,
  yearlyCalendarSchema,
  type ReviewItem,
} from '../../contracts/overview';
import { apiJson } from './client';

const enc = encodeURIComponent;
const STALE_MS = 60_000;

export const overviewKeys = {
  review: (schoolId: string, month: string) => ['overview', 'review', schoolId, month] as const,
  fidelity: (schoolId: string) => ['overview', 'fidelity', schoolId] as const,
  statistics: ['overview', 'statistics'] as const,
  calendar: (schoolId: string) => ['overview', 'calendar', schoolId] as const,
  reminders: ['overview', 'reminders'] as const,
};

export function useMonthlyReview(schoolId: string, month: string) {
  return useQuery({
    queryKey: overviewKeys.review(schoolId, month),
    queryFn: ({ signal }) => apiJson('GET', `/api/schools/${enc(schoolId)}/monthly-review${month ? `?month=${enc(month)}` : ''}`, monthlyReviewSchema, { signal }),
    staleTime: STALE_MS,
    enabled: schoolId !== '',
  });
}

export function useCheckReviewItem(schoolId: string, month: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { item: ReviewItem; checked: boolean }) =>
      apiJson('PUT', `/api/schools/${enc(schoolId)}/monthly-review/${enc(month)}/checklist`, monthlyReviewSchema, { body }),
    onSuccess: (review) => {
      client.setQueryData(overviewKeys.review(schoolId, month), review);
      client.setQueryData(overviewKeys.review(schoolId, ''), (old: unknown) => (old && (old as { month: string }).month === month ? review : old));
    },
  });
}

export function useCompleteReview(schoolId: string, month: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { note?: string }) => apiJson('POST', `/api/schools/${enc(schoolId)}/monthly-review/${enc(month)}/done`, monthlyReviewSchema, { body }),
    onSuccess: (review) => {
      client.setQueryData(overviewKeys.review(schoolId, month), review);
      client.setQueryData(overviewKeys.review(schoolId, ''), (old: unknown) => (old && (old as { month: string }).month === month ? review : old));
    },
  });
}

export const reviewPdfUrl = (schoolId: string, month: string, locale: string) => `/api/schools/${enc(schoolId)}/monthly-review/${enc(month)}/pdf?locale=${enc(locale)}`;

export function useRoutineFidelity(schoolId: string) {
  return useQuery({
    queryKey: overviewKeys.fidelity(schoolId),
    queryFn: ({ signal }) => apiJson('GET', `/api/schools/${enc(schoolId)}/routine-fidelity`, routineFidelitySchema, { signal }),
    staleTime: STALE_MS,
    enabled: schoolId !== '',
  });
}

export function useOwnerStatistics() {
  return useQuery({
    queryKey: overviewKeys.statistics,
    queryFn: ({ signal }) => apiJson('GET', '/api/owner/statistics', ownerStatisticsSchema, { signal }),
    staleTime: 5 * STALE_MS,
  });
}

export function useYearlyCalendar(schoolId: string) {
  return useQuery({
    queryKey: overviewKeys.calendar(schoolId),
    queryFn: ({ signal }) => apiJson('GET', `/api/schools/${enc(schoolId)}/yearly-calendar`, yearlyCalendarSchema, { signal }),
    staleTime: STALE_MS,
    enabled: schoolId !== '',
  });
}

export function useUpdateOccurrence(schoolId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, ...body }: z.input<typeof updateOccurrenceSchema> & { taskId: string }) =>
      apiJson('PUT', `/api/schools/${enc(schoolId)}/yearly-calendar/${enc(taskId)}`, yearlyCalendarSchema, { body }),
    onSuccess: (calendar) => {
      client.setQueryData(overviewKeys.calendar(schoolId), calendar);
      void client.invalidateQueries({ queryKey: overviewKeys.reminders });
    },
  });
}

export function useMyCalendarReminders(enabled: boolean) {
  return useQuery({
    queryKey: overviewKeys.reminders,
    queryFn: ({ signal }) => apiJson('GET', '/api/my/calendar-reminders', myCalendarRemindersSchema, { signal }),
    staleTime: STALE_MS,
    enabled,
  });
}
