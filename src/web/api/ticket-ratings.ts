import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  RatingInput,
  RatingLinkInfo,
  RatingReportQuery,
} from '../../shared/api/ticket-ratings';
import { apiGet, apiRequest, isApiError } from './client';

/** The ratings' cache keys (kept here: nothing else reads them). */
export const ratingKeys = {
  ofTicket: (number: number) => ['ratings', 'ticket', number] as const,
  link: (token: string) => ['ratings', 'link', token] as const,
  report: (query: Partial<RatingReportQuery>) => ['ratings', 'report', query] as const,
};

/** The rating of a closed ticket's latest closing, and whether the reader may give it. */
export function useTicketRating(number: number, enabled: boolean) {
  return useQuery({
    queryKey: ratingKeys.ofTicket(number),
    queryFn: ({ signal }) => apiGet('/api/tickets/{number}/rating', { params: { number }, signal }),
    enabled,
  });
}

/** «Πώς τα πήγαμε;» from the portal. */
export function useRateTicket(number: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RatingInput) =>
      apiRequest('POST', '/api/tickets/{number}/rating', { params: { number }, body }),
    onSuccess: (rating) => queryClient.setQueryData(ratingKeys.ofTicket(number), rating),
  });
}

const LINK_NOT_FOUND: RatingLinkInfo = {
  state: 'not_found',
  ticketNumber: null,
  subject: null,
  rating: null,
};

/** What a rating link is about (a GET that changes nothing); a malformed token is no link. */
export function useRatingLink(token: string) {
  return useQuery({
    queryKey: ratingKeys.link(token),
    queryFn: async ({ signal }) => {
      try {
        return await apiGet('/api/rating-links/{token}', { params: { token }, signal });
      } catch (error) {
        if (isApiError(error) && error.status === 400) return LINK_NOT_FOUND;
        throw error;
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

/** The button on a rating link's page; a refusal re-reads the link to show why. */
export function useRateByLink(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RatingInput) =>
      apiRequest('POST', '/api/rating-links/{token}', { params: { token }, body }),
    onSuccess: (info) => queryClient.setQueryData(ratingKeys.link(token), info),
    onError: () => queryClient.invalidateQueries({ queryKey: ratingKeys.link(token) }),
  });
}

/** Good and bad per month, by company or agent (staff). */
export function useRatingReport(query: Partial<RatingReportQuery>) {
  return useQuery({
    queryKey: ratingKeys.report(query),
    queryFn: ({ signal }) => apiGet('/api/ticket-ratings', { query, signal }),
  });
}
