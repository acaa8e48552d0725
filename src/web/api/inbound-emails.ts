import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AttachInboundEmailRequest,
  InboundEmailSummary,
  inboundEmailListSchema,
} from '../../shared/api/mailboxes';
import { apiGet, apiRequest } from './client';
import { queryKeys } from './query-keys';

/** Mails waiting for staff: «held» for everyone in the console, «failed» for admins. */
export type InboundListStatus = 'held' | 'failed';

const inboundPath = (id: string) => `/api/inbound-emails/${encodeURIComponent(id)}`;

/** Where the whole original email downloads as an .eml file (staff, and a message's author). */
export const inboundOriginalPath = (id: string) => `${inboundPath(id)}/original`;

/** How many mails wait for review (and, for admins, failed): the console's badge (staff). */
export function useInboundSummary(enabled = true) {
  return useQuery({
    queryKey: queryKeys.inbound.summary,
    queryFn: ({ signal }): Promise<InboundEmailSummary> =>
      apiGet('/api/inbound-emails/summary', { signal }),
    enabled,
    // Mails arrive from the mailboxes' background checks, which the live stream does not announce.
    refetchInterval: 60_000,
    staleTime: 15_000,
  });
}

/** «Εισερχόμενα προς έλεγχο»: held mails (staff), or failed ones (admin). */
export function useInboundEmails(status: InboundListStatus, enabled = true) {
  return useQuery({
    queryKey: queryKeys.inbound.list(status),
    queryFn: ({ signal }): Promise<z.infer<typeof inboundEmailListSchema>> =>
      apiGet('/api/inbound-emails', { query: { status }, signal }),
    enabled,
    refetchInterval: 30_000,
  });
}

/** A handled mail leaves the lists and the count; attaching also opens a ticket. */
function useRefreshInbound() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.inbound.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.mailboxes });
  };
}

/** «Σύνδεση με επαφή»: the mail opens a ticket as the contact's (a new one, or one that exists). */
export function useAttachInboundEmail() {
  const refresh = useRefreshInbound();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AttachInboundEmailRequest }) =>
      apiRequest('POST', '/api/inbound-emails/{id}/attach', { params: { id }, body }),
    onSuccess: (_result, { body }) => {
      refresh();
      void queryClient.invalidateQueries({ queryKey: queryKeys.tickets.lists });
      // A new contact shows in the company's contacts.
      if (body.kind === 'new_contact') {
        void queryClient.invalidateQueries({ queryKey: queryKeys.contacts(body.companyId) });
      }
    },
  });
}

/** «Απόρριψη»: the mail opens nothing and leaves the list. */
export function useRejectInboundEmail() {
  const refresh = useRefreshInbound();
  return useMutation({
    mutationFn: (id: string): Promise<void> =>
      apiRequest('POST', '/api/inbound-emails/{id}/reject', { params: { id } }),
    onSuccess: refresh,
  });
}

/** «Επανάληψη» of a failed mail (admin): it is read again at the mailbox's next check. */
export function useRetryInboundEmail() {
  const refresh = useRefreshInbound();
  return useMutation({
    mutationFn: (id: string): Promise<void> =>
      apiRequest('POST', '/api/inbound-emails/{id}/retry', { params: { id } }),

    onSuccess: refresh,
  });
}
