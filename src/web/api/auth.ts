import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { LoginRequest, SetupRequest, setupStatusSchema } from '../../shared/api/auth';
import type { SecondFactorMethods, SecondFactorRequired } from '../../shared/api/two-factor';
import type { Me } from '../../shared/api/users';
import { apiGet, apiRequest, isApiError } from './client';
import { queryKeys } from './query-keys';

/** Whether this instance still needs its first administrator. */
export function useSetupStatus() {
  return useQuery({
    queryKey: queryKeys.setupStatus,
    queryFn: ({ signal }): Promise<z.infer<typeof setupStatusSchema>> =>
      apiGet('/api/setup', { signal }),
    staleTime: 5 * 60_000,
  });
}

/**
 * GET /api/session: the signed-in user, or null for a visitor. Not /api/me, whose
 * 401 for a visitor the browser would log as an error on every public page.
 */
export async function fetchMe({ signal }: { signal?: AbortSignal }): Promise<Me | null> {
  return (await apiGet('/api/session', { signal })).me;
}

/** How long the signed-in user's details count as fresh. */
export const ME_STALE_MS = 60_000;

/** The signed-in user, or null when nobody is signed in. */
export function useMe() {
  return useQuery<Me | null>({
    queryKey: queryKeys.me,
    queryFn: fetchMe,
    staleTime: ME_STALE_MS,
  });
}

/**
 * Logs in; on success the session cookie is set and Me is cached. When the user
 * has a second factor the answer is SecondFactorRequired instead, and the login
 * page asks for it.
 */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest): Promise<Me | SecondFactorRequired> =>
      apiRequest('POST', '/api/auth/login', { body }),
    onSuccess: (answer) => {
      if (!('secondFactorRequired' in answer)) queryClient.setQueryData(queryKeys.me, answer);
    },
  });
}

/** Creates the first administrator with the setup code and signs them in. */
export function useCompleteSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetupRequest): Promise<Me> => apiRequest('POST', '/api/setup', { body }),
    onSuccess: (me) => {
      queryClient.setQueryData(queryKeys.setupStatus, { needsSetup: false });
      queryClient.setQueryData(queryKeys.me, me);
    },
  });
}

/** Ends the session on the server (the caller then reloads the app, which forgets the user). */
export function useLogout() {
  return useMutation({
    mutationFn: async () => {
      try {
        await apiRequest('POST', '/api/auth/logout');
      } catch (error) {
        // Already logged out (expired session): the outcome the user asked for.
        if (!(isApiError(error) && error.status === 401)) throw error;
      }
    },
  });
}

/** Which second factors the half-done login of this browser may finish with. */
export function usePendingLoginMethods(enabled: boolean) {
  return useQuery({
    queryKey: ['auth', 'second-factor'],
    queryFn: ({ signal }): Promise<SecondFactorMethods> =>
      apiGet('/api/auth/second-factor', { signal }),

    enabled,
    retry: false,
  });
}
