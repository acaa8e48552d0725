import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PasswordResetInfo } from '../../shared/api/password-reset';
import type { SecondFactorRequired } from '../../shared/api/two-factor';
import type { Me } from '../../shared/api/users';
import { apiRequest } from './client';
import { queryKeys } from './query-keys';

const resetInfoKey = (token: string) => ['password-reset', token] as const;

/** «Ξέχασα τον κωδικό μου»: asks for a reset link (the answer is the same for any address). */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string): Promise<void> =>
      apiRequest('POST', '/api/auth/password-reset', { body: { email } }).then(() => undefined),
  });
}

/** Whether a reset link still works, and for which address. */
export function usePasswordResetInfo(token: string) {
  return useQuery({
    queryKey: resetInfoKey(token),
    queryFn: ({ signal }): Promise<PasswordResetInfo> =>
      apiRequest('POST', '/api/auth/password-reset/check', {
        body: { token },
        signal,
      }),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

/** Sets the new password; the person is then signed in (and signed out everywhere else). */
export function useResetPassword(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string): Promise<Me | SecondFactorRequired> =>
      apiRequest('POST', '/api/auth/password-reset/confirm', {
        body: { token, password },
      }),
    onSuccess: (me) => {
      // With a second factor the reset signs nobody in: the login page asks for it next.
      if ('secondFactorRequired' in me) return;
      queryClient.setQueryData(queryKeys.me, me);
      void queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}

/** Asks again why a link stopped working (it expired or was used while the page was open). */
export function useRecheckPasswordReset(token: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: resetInfoKey(token) });
}
