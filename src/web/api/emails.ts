import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EmailList, EmailPreview, EmailStatus, OutboxEmail } from '../../shared/api/emails';
import { apiGet, apiRequest } from './client';

const emailsKey = ['admin-emails'] as const;

/** The outbox (admin): newest first, one status or all. Refreshes while the page is open. */
export function useEmails(status: EmailStatus | undefined) {
  return useQuery({
    queryKey: [...emailsKey, status ?? 'all'],
    queryFn: ({ signal }): Promise<EmailList> =>
      apiGet('/api/admin/emails', { query: { status }, signal }),
    refetchInterval: 15_000,
  });
}

/** «Επανάληψη»: a failed email goes back in the queue. */
export function useRetryEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string): Promise<OutboxEmail> =>
      apiRequest('POST', '/api/admin/emails/{id}/retry', { params: { id } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: emailsKey }),
  });
}

/** Where an email downloads as an .eml file. */
export const emlPath = (id: string) => `/api/admin/emails/${id}/eml`;

/** An email as it reads (subject, text, HTML), to show on the page. */
export function useEmailPreview(id: string | null) {
  return useQuery({
    queryKey: [...emailsKey, 'preview', id],
    enabled: id !== null,
    queryFn: ({ signal }): Promise<EmailPreview> =>
      apiGet('/api/admin/emails/{id}/preview', { params: { id: id ?? '' }, signal }),
  });
}
