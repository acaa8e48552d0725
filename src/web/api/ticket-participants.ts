import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ColleagueCandidateList, ParticipantList } from '../../shared/api/ticket-participants';
import { apiGet, apiRequest } from './client';
import { queryKeys } from './query-keys';

/** Under the ticket's own key, so a change to the ticket refreshes its colleagues too. */
const participantsKey = (number: number) => [...queryKeys.tickets.detail(number), 'participants'];
const candidatesKey = (number: number) => [...queryKeys.tickets.detail(number), 'candidates'];

/** «Συμμετέχοντες»: the ticket's colleagues, and whether the reader may change them. */
export function useParticipants(number: number) {
  return useQuery({
    queryKey: participantsKey(number),
    queryFn: ({ signal }): Promise<ParticipantList> =>
      apiGet('/api/tickets/{number}/participants', { params: { number }, signal }),
  });
}

/** The company's people who could be added; asked only when the picker is used. */
export function useColleagueCandidates(number: number, enabled: boolean) {
  return useQuery({
    queryKey: candidatesKey(number),
    queryFn: ({ signal }): Promise<ColleagueCandidateList> =>
      apiGet('/api/tickets/{number}/colleague-candidates', { params: { number }, signal }),
    enabled,
  });
}

/** After a change: the colleagues, the picker's choices and the thread (its event) anew. */
function useRefreshTicket(number: number) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.tickets.detail(number) });
}

/** «Προσθήκη συναδέλφου». */
export function useAddParticipant(number: number) {
  const refresh = useRefreshTicket(number);
  return useMutation({
    mutationFn: (userId: string) =>
      apiRequest('POST', '/api/tickets/{number}/participants', {
        params: { number },
        body: { userId },
      }),
    onSuccess: refresh,
  });
}

/** Removes a colleague from the ticket. */
export function useRemoveParticipant(number: number) {
  const refresh = useRefreshTicket(number);
  return useMutation({
    mutationFn: (userId: string) =>
      apiRequest('DELETE', '/api/tickets/{number}/participants/{userId}', {
        params: { number, userId },
      }),
    onSuccess: refresh,
  });
}
