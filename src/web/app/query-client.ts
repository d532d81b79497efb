import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { Me } from '../../contracts/auth';
import { isApiRequestError } from '../api/api-error';
import { setCsrfToken } from '../api/client';
import { queryKeys } from '../api/query-keys';

/** Only a lost connection or a server error (5xx) may get better by asking again. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!isApiRequestError(error)) return false;
  const transient = error.status === 0 || error.status >= 500;
  return transient && failureCount < 2;
}

export function createQueryClient(): QueryClient {
  // A 401 anywhere means the session ended (idle or maximum time): back to login, keeping the page asked for.
  const onError = (error: unknown) => {
    if (isApiRequestError(error) && error.status === 401 && error.code !== 'invalid_credentials') {
      setCsrfToken(null);
      queryClient.setQueryData<Me | null>(queryKeys.me, null);
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
