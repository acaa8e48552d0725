import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Mailbox,
  MailboxInput,
  MailboxPollResult,
  MailboxTestResult,
  mailboxListSchema,
} from '../../shared/api/mailboxes';
import { apiGet, apiRequest } from './client';
import { queryKeys } from './query-keys';

/** «Γραμματοκιβώτια» (admin): every mailbox with its last check and last error. */
export function useMailboxes() {
  return useQuery({
    queryKey: queryKeys.mailboxes,
    queryFn: ({ signal }): Promise<z.infer<typeof mailboxListSchema>> =>
      apiGet('/api/mailboxes', { signal }),
    // Mailboxes are checked in the background: the last check moves while the page is open.
    refetchInterval: 30_000,
  });
}

/** A mailbox's change shows in the list, and a check may have held or failed mails. */
function useRefreshMailboxes() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.mailboxes });
    void queryClient.invalidateQueries({ queryKey: queryKeys.inbound.all });
  };
}

/** «Προσθήκη γραμματοκιβωτίου» (admin); the password is required here. */
export function useCreateMailbox() {
  const refresh = useRefreshMailboxes();
  return useMutation({
    mutationFn: (body: MailboxInput): Promise<Mailbox> =>
      apiRequest('POST', '/api/mailboxes', { body }),
    onSuccess: refresh,
  });
}

/** Saves a mailbox (admin); an empty password keeps the stored one. */
export function useUpdateMailbox() {
  const refresh = useRefreshMailboxes();
  return useMutation({
    mutationFn: ({ id, ...body }: MailboxInput & { id: string }): Promise<Mailbox> =>
      apiRequest('PATCH', '/api/mailboxes/{id}', { params: { id }, body }),
    onSuccess: refresh,
  });
}

/** Removes a mailbox (admin): it is no longer read. */
export function useDeleteMailbox() {
  const refresh = useRefreshMailboxes();
  return useMutation({
    mutationFn: (id: string): Promise<void> =>
      apiRequest('DELETE', '/api/mailboxes/{id}', { params: { id } }),
    onSuccess: refresh,
  });
}

/**
 * «Δοκιμή σύνδεσης» of the settings as typed, before saving; `mailboxId` lets the
 * server use a saved mailbox's password when none is typed. A failed connection is
 * an answer ({ ok: false, code, detail }), not an error.
 */
export function useTestMailbox() {
  return useMutation({
    mutationFn: (body: MailboxInput & { mailboxId?: string }): Promise<MailboxTestResult> =>
      apiRequest('POST', '/api/mailboxes/test', { body }),
  });
}

/** «Έλεγχος τώρα»: reads a mailbox at once rather than at the next scheduled check. */
export function usePollMailbox() {
  const refresh = useRefreshMailboxes();
  return useMutation({
    mutationFn: (id: string): Promise<MailboxPollResult> =>
      apiRequest('POST', '/api/mailboxes/{id}/poll', { params: { id } }),
    onSettled: refresh,
  });
}
