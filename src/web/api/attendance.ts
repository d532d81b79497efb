// Attendance: the teacher's lessons of a day, registering one lesson, its
// change history, and the contact teacher's week with bulk documentation.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  absenceReasonsSchema,
  contactWeekSchema,
  documentationUpdatedSchema,
  lessonHistorySchema,
  lessonRegistrationSchema,
  myLessonsSchema,
  registrationSavedSchema,
  type SaveRegistration,
  type UpdateDocumentation,
} from '../../contracts/attendance';
import { isApiRequestError } from './api-error';
import { apiJson } from './client';
import { queryKeys } from './query-keys';

const withDate = (path: string, date: string | undefined) =>
  date ? `${path}?${new URLSearchParams({ date }).toString()}` : path;

/** The logged-in teacher's lessons on a day ('YYYY-MM-DD'). */
export function useMyLessons(date: string) {
  return useQuery({
    queryKey: queryKeys.myLessons(date),
    queryFn: ({ signal }) => apiJson('GET', withDate('/api/my/lessons', date), myLessonsSchema, { signal }),
    // Notices from home and colleagues' registrations arrive during the day: fresh on every visit, and each minute.
    staleTime: 0,
    refetchInterval: 60_000,
  });
}

/** All lessons of a school on a day ('YYYY-MM-DD'): a substitute (vikar) picks a colleague's lesson here. */
export function useSchoolLessons(schoolId: string, date: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.schoolLessons(schoolId, date),
    queryFn: ({ signal }) =>
      apiJson('GET', withDate(`/api/schools/${encodeURIComponent(schoolId)}/lessons`, date), myLessonsSchema, { signal }),
    enabled,
    // Colleagues register during the day: fresh on every visit, and each minute while shown.
    staleTime: 0,
    refetchInterval: enabled ? 60_000 : false,
  });
}

export function useLessonRegistration(lessonId: number) {
  return useQuery({
    queryKey: queryKeys.lessonRegistration(lessonId),
    queryFn: ({ signal }) => apiJson('GET', `/api/lessons/${lessonId}/registration`, lessonRegistrationSchema, { signal }),
    // Fresh each time the page opens (notices from home arrive during the day), but never
    // refetched behind the teacher's back while the form is open: that would reset it.
    staleTime: Infinity,
    refetchOnMount: 'always',
  });
}

export function useLessonHistory(lessonId: number, enabled = true) {
  return useQuery({
    queryKey: queryKeys.lessonHistory(lessonId),
    queryFn: ({ signal }) => apiJson('GET', `/api/lessons/${lessonId}/history`, lessonHistorySchema, { signal }),
    enabled,
  });
}

/** How long to wait before asking again after a lost connection: 1 s, then 3 s. */
const RETRY_DELAYS_MS = [1000, 3000] as const;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One save attempt: one Idempotency-Key, sent again unchanged when the
 * connection fails, so the server saves once however many times it hears it.
 */
export async function saveRegistration(lessonId: number, body: SaveRegistration, key: string = crypto.randomUUID()) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await apiJson('PUT', `/api/lessons/${lessonId}/registration`, registrationSavedSchema, {
        body,
        headers: { 'Idempotency-Key': key },
      });
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (!isApiRequestError(error) || error.code !== 'network' || delay === undefined) throw error;
      await sleep(delay);
    }
  }
}

export function useSaveRegistration(lessonId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveRegistration) => saveRegistration(lessonId, body),
    onSuccess: async () => {
      void queryClient.invalidateQueries({ queryKey: ['my-lessons'] });
      void queryClient.invalidateQueries({ queryKey: ['school-lessons'] });
      void queryClient.invalidateQueries({ queryKey: ['contact-week'] });
      void queryClient.invalidateQueries({ queryKey: queryKeys.lessonHistory(lessonId) });
      // The form starts again from what was saved, with the new version.
      await queryClient.invalidateQueries({ queryKey: queryKeys.lessonRegistration(lessonId) });
    },
  });
}

export function useAbsenceReasons() {
  return useQuery({
    queryKey: queryKeys.absenceReasons,
    queryFn: ({ signal }) => apiJson('GET', '/api/absence-reasons', absenceReasonsSchema, { signal }),
    staleTime: 60 * 60_000,
  });
}

/** The contact teacher's week holding `date` ('YYYY-MM-DD'). */
export function useContactWeek(date: string) {
  return useQuery({
    queryKey: queryKeys.contactWeek(date),
    queryFn: ({ signal }) => apiJson('GET', withDate('/api/my/contact-pupils/week', date), contactWeekSchema, { signal }),
  });
}

export function useUpdateDocumentation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateDocumentation) => apiJson('POST', '/api/marks/documentation', documentationUpdatedSchema, { body }),
    onSuccess: async () => {
      void queryClient.invalidateQueries({ queryKey: ['lessons'] });
      await queryClient.invalidateQueries({ queryKey: ['contact-week'] });
    },
  });
}
