import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { demoLoginsSchema, meSchema, type LoginRequest, type Me } from '../../contracts/auth';
import type { Locale } from '../../contracts/locale';
import { apiJson, apiVoid, setCsrfToken } from './client';
import { isApiRequestError } from './api-error';
import { queryKeys } from './query-keys';

/** The logged-in user, or null when there is no session (401). */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    const me = await apiJson('GET', '/api/auth/me', meSchema, { signal });
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiRequestError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useMe() {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 5 * 60_000,
  });
}

let loggedOutOnPurpose = false;

/** True after the user pressed «Logg ut», until the next login: the login page then forgets the page they were on. */
export function endedByLogout(): boolean {
  return loggedOutOnPurpose;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginRequest) => apiJson('POST', '/api/auth/login', meSchema, { body: credentials }),
    onSuccess: (me) => {
      loggedOutOnPurpose = false;
      setCsrfToken(me.csrfToken);
      // Whatever was cached belonged to the session before this one.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
      queryClient.setQueryData(queryKeys.me, me);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiVoid('POST', '/api/auth/logout'),
    // Logged out locally even when the server could not be reached: the session ends there on its own.
    onSettled: () => {
      loggedOutOnPurpose = true;
      setCsrfToken(null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
      queryClient.setQueryData(queryKeys.me, null);
    },
  });
}

export function saveLocale(locale: Locale): Promise<void> {
  return apiVoid('PUT', '/api/auth/locale', { body: { locale } });
}

/** The demo accounts; null when the server runs without the demo school (404). */
export function useDemoLogins() {
  return useQuery({
    queryKey: queryKeys.demoLogins,
    queryFn: async ({ signal }) => {
      try {
        return await apiJson('GET', '/api/auth/demo-logins', demoLoginsSchema, { signal });
      } catch (error) {
        if (isApiRequestError(error) && error.status === 404) return null;
        throw error;
      }
    },
    staleTime: Infinity,
    retry: false,
  });
}
