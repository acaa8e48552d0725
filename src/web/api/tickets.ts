import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { z } from 'zod';
import type { companyListSchema } from '../../shared/api/companies';
import type { subscriptionListSchema } from '../../shared/api/packages';
import type {
  CreateTicketRequest,
  ReplyRequest,
  ReplyResult,
  staffMemberListSchema,
  TicketDetail,
  TicketFormOptions,
  TicketList,
  TicketListQuery,
  updateTicketRequestSchema,
} from '../../shared/api/tickets';
import { apiGet, apiRequest, isApiError } from './client';
import { pollWhileOffline } from './live';
import { queryKeys } from './query-keys';
import { useSubmissionKey } from './submission-key';

/** How often an open ticket page asks for news (staff replies, status changes) without a change stream. */
export const TICKET_REFRESH_MS = 10_000;

/** The tickets the user may see; the previous page stays on screen while the next one loads. */
export function useTickets(query: TicketListQuery, { enabled = true } = {}) {
  return useQuery({
    queryKey: queryKeys.tickets.list(query),
    queryFn: ({ signal }): Promise<TicketList> => apiGet('/api/tickets', { query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One ticket and its thread, as its page asks for it (and caches it). */
export const ticketDetailQuery = (number: number) => ({
  queryKey: queryKeys.tickets.detail(number),
  queryFn: ({ signal }: { signal?: AbortSignal }): Promise<TicketDetail> =>
    apiGet('/api/tickets/{number}', { params: { number }, signal }),
});

/** One ticket and its thread, refreshed when the server says it changed (or polled) and on window focus. */
export function useTicket(number: number) {
  return useQuery({
    ...ticketDetailQuery(number),
    refetchInterval: pollWhileOffline(TICKET_REFRESH_MS),
    refetchOnWindowFocus: true,
  });
}

/**
 * The company's active packages and the upload limits, for «Υποβολή αιτήματος».
 * Staff opening a ticket for a contact name the company (nothing is asked until they do).
 */
export function useTicketFormOptions(forCompanyId?: string | null) {
  const isForCompany = forCompanyId !== undefined;
  return useQuery({
    queryKey: isForCompany
      ? queryKeys.tickets.formOptionsFor(forCompanyId ?? '')
      : queryKeys.tickets.formOptions,
    queryFn: ({ signal }): Promise<TicketFormOptions> =>
      apiGet('/api/tickets/form-options', {
        query: isForCompany ? { companyId: forCompanyId ?? '' } : {},
        signal,
      }),
    staleTime: 5 * 60_000,
    enabled: !isForCompany || Boolean(forCompanyId),
    // Another company chosen: the form stays on screen (and keeps what was typed) meanwhile.
    placeholderData: isForCompany ? keepPreviousData : undefined,
  });
}

/** Active staff, to assign tickets to (staff only). */
export function useStaffMembers(enabled = true) {
  return useQuery({
    queryKey: queryKeys.staffMembers,
    queryFn: ({ signal }): Promise<z.infer<typeof staffMemberListSchema>> =>
      apiGet('/api/staff-members', { signal }),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** Every customer company, archived ones too (their tickets stay), for the queue's filter (staff). */
export function useCompanies(enabled = true) {
  return useQuery({
    queryKey: queryKeys.companies,
    queryFn: ({ signal }): Promise<z.infer<typeof companyListSchema>> =>
      apiGet('/api/companies', { query: { archived: 'all' }, signal }),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** A company's packages, for the queue's package filter once a company is chosen (staff). */
export function useCompanySubscriptions(companyId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.companySubscriptions(companyId ?? ''),
    queryFn: ({ signal }): Promise<z.infer<typeof subscriptionListSchema>> =>
      apiGet('/api/companies/{id}/subscriptions', { params: { id: companyId ?? '' }, signal }),
    enabled: companyId !== undefined,
    staleTime: 5 * 60_000,
  });
}

/** Puts a fresh ticket in the cache and marks every list as stale. */
function useStoreTicket() {
  const queryClient = useQueryClient();
  return (ticket: TicketDetail) => {
    queryClient.setQueryData(queryKeys.tickets.detail(ticket.number), ticket);
    void queryClient.invalidateQueries({ queryKey: queryKeys.tickets.lists });
  };
}

/**
 * A failed reply or new ticket is tried again when the server never answered or
 * failed on its side: its Idempotency-Key makes that safe (it is never posted twice).
 */
const retryUnanswered = (failureCount: number, error: unknown) =>
  isApiError(error) && error.isServerSide && failureCount < 2;

/** «Υποβολή αιτήματος»: opens a ticket with already uploaded files, once however often it is sent. */
export function useCreateTicket() {
  const storeTicket = useStoreTicket();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (body: CreateTicketRequest) =>
      apiRequest('POST', '/api/tickets', {
        body,
        headers: { 'idempotency-key': submission.keyFor(body) },
      }),
    retry: retryUnanswered,
    onSuccess: (ticket) => {
      submission.done();
      storeTicket(ticket);
    },
  });
}

/** Adds what a reply wrote to the thread already on screen, instead of fetching it all again. */
export function withReply(ticket: TicketDetail, answer: ReplyResult): TicketDetail {
  const known = new Set(ticket.thread.map((item) => item.id));
  const added = [answer.message, ...answer.events].filter((item) => !known.has(item.id));
  return {
    ...ticket,
    status: answer.status,
    closedAt: answer.closedAt,
    lastActivityAt: answer.lastActivityAt,
    thread: [...ticket.thread, ...added],
  };
}

/** «Απάντηση», or a staff internal note; the server moves the status by its rules. */
export function useReplyToTicket(number: number) {
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (body: ReplyRequest) =>
      apiRequest('POST', '/api/tickets/{number}/messages', {
        params: { number },
        body,
        headers: { 'idempotency-key': submission.keyFor(body) },
      }),
    retry: retryUnanswered,
    onSuccess: (answer) => {
      submission.done();
      queryClient.setQueryData<TicketDetail>(queryKeys.tickets.detail(number), (ticket) =>
        ticket ? withReply(ticket, answer) : ticket,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.tickets.lists });
    },
  });
}

/** «Κλείσιμο αιτήματος» (staff), with an optional last message. */
export function useCloseTicket(number: number) {
  const storeTicket = useStoreTicket();
  return useMutation({
    mutationFn: (body: { body?: string }) =>
      apiRequest('POST', '/api/tickets/{number}/close', { params: { number }, body }),
    onSuccess: storeTicket,
  });
}

/** «Επαναφορά» of a closed ticket (staff). */
export function useReopenTicket(number: number) {
  const storeTicket = useStoreTicket();
  return useMutation({
    mutationFn: () => apiRequest('POST', '/api/tickets/{number}/reopen', { params: { number } }),
    onSuccess: storeTicket,
  });
}

/** Status, priority, assignee or package: the route's own body schema, so the two cannot drift. */
export type TicketPatch = z.input<typeof updateTicketRequestSchema>;

/** Status, priority, assignee, or the package of a ticket without one (staff). */
export function useUpdateTicket(number: number) {
  const storeTicket = useStoreTicket();
  return useMutation({
    mutationFn: (body: TicketPatch) =>
      apiRequest('PATCH', '/api/tickets/{number}', { params: { number }, body }),
    onSuccess: storeTicket,
  });
}

/**
 * Tells the server the person has seen the ticket as shown (its «Νέο» mark goes from
 * the lists): whenever its activity changes on screen, and only while the page is in
 * view; a page left in a background tab does so when it is looked at again.
 */
export function useMarkTicketSeen(number: number, lastActivityAt: string | undefined) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!lastActivityAt) return;
    const markSeen = () =>
      apiRequest('POST', '/api/tickets/{number}/read', { params: { number } }).then(
        () => queryClient.invalidateQueries({ queryKey: queryKeys.tickets.lists }),
        // Nothing to tell the user: at worst the mark stays until the next visit.
        () => undefined,
      );
    if (document.visibilityState === 'visible') {
      void markSeen();
      return;
    }
    const onVisible = () => {
      if (document.visibilityState !== 'visible') return;
      document.removeEventListener('visibilitychange', onVisible);
      void markSeen();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [number, lastActivityAt, queryClient]);
}
