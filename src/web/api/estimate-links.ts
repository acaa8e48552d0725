import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EstimateLinkInfo } from '../../shared/api/estimates';
import { apiGet, apiRequest, isApiError } from './client';

const linkKey = (token: string) => ['estimates', 'link', token] as const;

const LINK_NOT_FOUND: EstimateLinkInfo = {
  state: 'not_found',
  ticketNumber: null,
  subject: null,
  minutes: null,
  included: null,
};

/** What an estimate email's link is about (a GET that changes nothing); a malformed token is no link. */
export function useEstimateLink(token: string) {
  return useQuery({
    queryKey: linkKey(token),
    queryFn: async ({ signal }) => {
      try {
        return await apiGet('/api/estimate-links/{token}', { params: { token }, signal });
      } catch (error) {
        if (isApiError(error) && error.status === 400) return LINK_NOT_FOUND;
        throw error;
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

/** The page's «Έγκριση» / «Απόρριψη» button; a refusal re-reads the link to show why. */
export function useDecideByLink(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: 'approve' | 'decline') =>
      apiRequest('POST', '/api/estimate-links/{token}', {
        params: { token },
        body: { decision },
      }),
    onSuccess: (info) => queryClient.setQueryData(linkKey(token), info),
    onError: () => queryClient.invalidateQueries({ queryKey: linkKey(token) }),
  });
}
