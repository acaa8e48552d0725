import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SessionList } from '../../shared/api/sessions';
import type { changePasswordRequestSchema } from '../../shared/api/users';
import { apiGet, apiRequest } from './client';
import { queryKeys } from './query-keys';

export type ChangePasswordRequest = z.input<typeof changePasswordRequestSchema>;

/**
 * Changes one's own password (the current one is asked); every other session of
 * the user ends, this one stays. 400 wrong_current_password when it does not match.
 * Name, phone and language go through useUpdateMe (api/me.ts).
 */
export function useChangePassword() {
  return useMutation({
    mutationFn: (body: ChangePasswordRequest): Promise<void> =>
      apiRequest('POST', '/api/me/password', { body }),
  });
}

/** «Συνδεδεμένες συσκευές»: where the user is signed in, most recently used first. */
export function useMySessions() {
  return useQuery({
    queryKey: queryKeys.mySessions,
    queryFn: ({ signal }): Promise<SessionList> => apiGet('/api/me/sessions', { signal }),
  });
}

/** Signs the user out of one of their devices. */
export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string): Promise<void> =>
      apiRequest('DELETE', '/api/me/sessions/{id}', { params: { id } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.mySessions }),
  });
}

/** Signs the user out everywhere but here; resolves to how many devices were signed out. */
export function useEndOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (): Promise<{ ended: number }> => apiRequest('POST', '/api/me/sessions/end-others'),

    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.mySessions }),
  });
}
