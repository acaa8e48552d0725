import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Estimate, EstimateRequest, TicketEstimates } from '../../shared/api/estimates';
import { apiGet, apiRequest } from './client';

const estimatesKey = (number: number) => ['estimates', 'ticket', number] as const;

/** A ticket's estimates with its billable limit (customers and staff). */
export function useTicketEstimates(number: number) {
  return useQuery({
    queryKey: estimatesKey(number),
    queryFn: ({ signal }): Promise<TicketEstimates> =>
      apiGet('/api/tickets/{number}/estimates', { params: { number }, signal }),
    refetchOnWindowFocus: true,
  });
}

/** After any change the ticket's estimates and its tasks (what may be logged) are read again. */
function useRefresh(number: number) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: estimatesKey(number) });
}

/** «Εκτίμηση» (staff). */
export function useCreateEstimate(number: number) {
  const refresh = useRefresh(number);
  return useMutation({
    mutationFn: (body: EstimateRequest): Promise<Estimate> =>
      apiRequest('POST', '/api/tickets/{number}/estimates', { params: { number }, body }),
    onSuccess: refresh,
  });
}

/** The customer's one click: «Έγκριση» or «Απόρριψη». */
export function useDecideEstimate(number: number) {
  const refresh = useRefresh(number);
  return useMutation({
    mutationFn: (input: { id: string; decision: 'approve' | 'decline' }): Promise<Estimate> =>
      apiRequest('POST', '/api/estimates/{id}/decision', {
        params: { id: input.id },
        body: { decision: input.decision },
      }),
    onSettled: refresh,
  });
}

/** «Απόσυρση» of a pending estimate (staff). */
export function useWithdrawEstimate(number: number) {
  const refresh = useRefresh(number);
  return useMutation({
    mutationFn: (id: string): Promise<Estimate> =>
      apiRequest('POST', '/api/estimates/{id}/withdraw', { params: { id } }),
    onSettled: refresh,
  });
}
