import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  authOptionsSchema,
  demoLoginsSchema,
  endedSessionsSchema,
  enrolmentSchema,
  loginResponseSchema,
  meSchema,
  recoveryCodesSchema,
  secondFactorGivenSchema,
  sessionListSchema,
  sessionSecuritySchema,
  type LoginRequest,
  type LoginResponse,
  type Me,
} from '../../contracts/auth';
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

/** The answer to a login is the user, or the news that the code from the app comes next. */
export function needsSecondFactor(response: LoginResponse): response is Extract<LoginResponse, { step: 'second_factor' }> {
  return 'step' in response;
}

function useLoggedIn() {
  const queryClient = useQueryClient();
  return (me: Me) => {
    loggedOutOnPurpose = false;
    setCsrfToken(me.csrfToken);
    // Whatever was cached belonged to the session before this one.
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
    queryClient.setQueryData(queryKeys.me, me);
  };
}

export function useLogin() {
  const loggedIn = useLoggedIn();
  return useMutation({
    mutationFn: (credentials: LoginRequest) => apiJson('POST', '/api/auth/login', loginResponseSchema, { body: credentials }),
    onSuccess: (response) => {
      if (!needsSecondFactor(response)) loggedIn(response);
    },
  });
}

/** The second step of a login: a code from the app, or a recovery code. */
export function useLoginSecondFactor() {
  const loggedIn = useLoggedIn();
  return useMutation({
    mutationFn: (code: string) => apiJson('POST', '/api/auth/login/second-factor', meSchema, { body: { code } }),
    onSuccess: loggedIn,
  });
}

/** How one can log in here: the OpenID provider (Feide) when the server has one. */
export function useAuthOptions() {
  return useQuery({
    queryKey: queryKeys.authOptions,
    queryFn: ({ signal }) => apiJson('GET', '/api/auth/options', authOptionsSchema, { signal }),
    staleTime: Infinity,
  });
}

/** The address that starts a login at the OpenID provider, or (mfa) a second factor for this session there. */
export function oidcStartUrl(next: string | null, mfa = false): string {
  const query = new URLSearchParams();
  if (next) query.set('next', next);
  if (mfa) query.set('mfa', '1');
  const text = query.toString();
  return `/api/auth/oidc/start${text ? `?${text}` : ''}`;
}

export function useSessionSecurity() {
  return useQuery({
    queryKey: queryKeys.sessionSecurity,
    queryFn: ({ signal }) => apiJson('GET', '/api/auth/session', sessionSecuritySchema, { signal }),
    staleTime: 0,
  });
}

/**
 * After a step that gave the session its second factor: the session id and
 * CSRF token changed, and whatever was refused before may now be shown.
 */
function useSecondFactorGiven() {
  const queryClient = useQueryClient();
  return (csrfToken: string | undefined) => {
    if (!csrfToken) return;
    setCsrfToken(csrfToken);
    const me = queryClient.getQueryData<Me | null>(queryKeys.me);
    if (me) queryClient.setQueryData(queryKeys.me, { ...me, csrfToken });
    void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
  };
}

/** The step-up: the code now, for a session without the second factor. */
export function useGiveSecondFactor() {
  const given = useSecondFactorGiven();
  return useMutation({
    mutationFn: (code: string) => apiJson('POST', '/api/auth/second-factor', secondFactorGivenSchema, { body: { code } }),
    onSuccess: (answer) => given(answer.csrfToken),
  });
}

export function useStartEnrolment() {
  return useMutation({
    mutationFn: (password: string) => apiJson('POST', '/api/auth/totp/enrolment', enrolmentSchema, { body: { password } }),
  });
}

export function useConfirmEnrolment() {
  const given = useSecondFactorGiven();
  return useMutation({
    mutationFn: (code: string) => apiJson('POST', '/api/auth/totp/enrolment/confirm', recoveryCodesSchema, { body: { code } }),
    onSuccess: (answer) => given(answer.csrfToken),
  });
}

export function useRenewRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => apiJson('POST', '/api/auth/totp/recovery-codes', recoveryCodesSchema, { body: { code } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.sessionSecurity }),
  });
}

export function useDisableTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => apiVoid('POST', '/api/auth/totp/disable', { body: { code } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['auth'] }),
  });
}

export function useMySessions() {
  return useQuery({
    queryKey: queryKeys.sessions,
    queryFn: ({ signal }) => apiJson('GET', '/api/auth/sessions', sessionListSchema, { signal }),
    staleTime: 0,
  });
}

export function useEndOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiJson('POST', '/api/auth/sessions/end-others', endedSessionsSchema, { body: {} }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.sessions }),
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
    // The demo apps' codes change every 30 seconds; ask again when they do.
    staleTime: 5_000,
    refetchInterval: (query) => {
      const changesAt = query.state.data?.codesChangeAt;
      return changesAt ? Math.max(1_000, new Date(changesAt).getTime() - Date.now() + 500) : false;
    },
    retry: false,
  });
}
