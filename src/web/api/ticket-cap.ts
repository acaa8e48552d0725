import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiRequest } from './client';

const capKey = (companyId: string) => ['estimates', 'cap', companyId] as const;

/** «Όριο ωρών ανά αίτημα χωρίς έγκριση» of a company (null: none). */
export function useTicketCap(companyId: string) {
  return useQuery({
    queryKey: capKey(companyId),
    queryFn: ({ signal }) =>
      apiGet('/api/companies/{id}/ticket-cap', { params: { id: companyId }, signal }),
  });
}

/** Sets or clears the cap (company_admin or staff); the tickets' limits are read again. */
export function useSetTicketCap(companyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ticketCapMinutes: number | null) =>
      apiRequest('PUT', '/api/companies/{id}/ticket-cap', {
        params: { id: companyId },
        body: { ticketCapMinutes },
      }),
    onSuccess: (cap) => {
      client.setQueryData(capKey(companyId), cap);
      void client.invalidateQueries({ queryKey: ['estimates', 'ticket'] });
    },
  });
}
