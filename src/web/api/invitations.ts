import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InvitationInfo } from '../../shared/api/invitations';
import type { Me } from '../../shared/api/users';
import { apiGet, apiRequest, isApiError } from './client';
import { queryKeys } from './query-keys';

const NOT_FOUND: InvitationInfo = {
  state: 'not_found',
  email: null,
  firstName: null,
  companyName: null,
};

/**
 * Who an invitation link is for, or why it no longer works. A token the API
 * rejects outright (malformed, 4xx) is a link that does not exist.
 */
export function useInvitation(token: string) {
  return useQuery({
    queryKey: queryKeys.invitation(token),
    queryFn: async ({ signal }) => {
      try {
        return await apiGet('/api/invitations/{token}', { params: { token }, signal });
      } catch (error) {
        if (isApiError(error) && error.status >= 400 && error.status < 500 && error.status !== 429)
          return NOT_FOUND;
        throw error;
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

/** «Ενεργοποίηση λογαριασμού»: sets the password, which also signs the person in. */
export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string): Promise<Me> =>
      apiRequest('POST', '/api/invitations/{token}/accept', {
        params: { token },
        body: { password },
      }),
    onSuccess: (me) => {
      queryClient.setQueryData(queryKeys.me, me);
      void queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}

/** Asks again why a link stopped working (it expired or was revoked while the page was open). */
export function useRecheckInvitation(token: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.invitation(token) });
}
