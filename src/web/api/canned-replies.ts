import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CannedReply,
  CannedReplyInput,
  cannedReplyListSchema,
} from '../../shared/api/canned-replies';
import { apiGet, apiRequest } from './client';

const cannedReplyKeys = { all: ['canned-replies'] as const };

/** The shared canned replies and the signed-in agent's own (staff). */
export function useCannedReplies(enabled = true) {
  return useQuery({
    queryKey: cannedReplyKeys.all,
    queryFn: ({ signal }): Promise<z.infer<typeof cannedReplyListSchema>> =>
      apiGet('/api/canned-replies', { signal }),
    enabled,
  });
}

/** A canned reply's text with the ticket's and the agent's values in place of its variables. */
export function fetchFilledCannedReply(
  ticketNumber: number,
  id: string,
): Promise<{ body: string }> {
  return apiGet('/api/tickets/{number}/canned-replies/{id}', {
    params: { number: ticketNumber, id },
  });
}

function useRefreshCannedReplies() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: cannedReplyKeys.all });
}

export function useCreateCannedReply() {
  const refresh = useRefreshCannedReplies();
  return useMutation({
    mutationFn: (body: CannedReplyInput): Promise<CannedReply> =>
      apiRequest('POST', '/api/canned-replies', { body }),
    onSuccess: refresh,
  });
}

export function useUpdateCannedReply() {
  const refresh = useRefreshCannedReplies();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: Omit<CannedReplyInput, 'isShared'> & { id: string }): Promise<CannedReply> =>
      apiRequest('PATCH', '/api/canned-replies/{id}', { params: { id }, body }),
    onSuccess: refresh,
  });
}

export function useDeleteCannedReply() {
  const refresh = useRefreshCannedReplies();
  return useMutation({
    mutationFn: (id: string): Promise<void> =>
      apiRequest('DELETE', '/api/canned-replies/{id}', { params: { id } }),
    onSuccess: refresh,
  });
}
