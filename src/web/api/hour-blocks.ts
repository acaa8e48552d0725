import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  HourBlock,
  HourBlockOffer,
  hourBlockGrantSchema,
  hourBlockListSchema,
  hourBlockOfferListSchema,
  hourBlockOfferRequestSchema,
  hourBlockOfferUpdateSchema,
} from '../../shared/api/hour-blocks';
import type { HoursAllocation } from '../../shared/api/hours-allocation';
import { apiGet, apiRequest } from './client';

export type HourBlockOfferRequest = z.input<typeof hourBlockOfferRequestSchema>;
export type HourBlockOfferUpdate = z.input<typeof hourBlockOfferUpdateSchema>;
export type HourBlockGrant = z.input<typeof hourBlockGrantSchema>;

// Keys of their own (not in query-keys.ts): everything here refreshes together.
const keys = {
  all: ['hour-blocks'] as const,
  offers: ['hour-blocks', 'offers'] as const,
  ofCompany: (companyId: string) => ['hour-blocks', 'company', companyId] as const,
  allocation: (companyId: string) => ['hour-blocks', 'allocation', companyId] as const,
};

/** A company's hours by where they come from, its blocks and the forecast. */
export function useHoursAllocation(companyId: string | undefined) {
  return useQuery({
    queryKey: keys.allocation(companyId ?? ''),
    queryFn: ({ signal }): Promise<HoursAllocation> =>
      apiGet('/api/companies/{id}/hours-allocation', { params: { id: companyId! }, signal }),
    enabled: companyId !== undefined,
    refetchInterval: 60_000,
  });
}

/** The catalogue (staff: all; customers: those offered now). */
export function useHourBlockOffers(enabled = true) {
  return useQuery({
    queryKey: keys.offers,
    queryFn: ({ signal }): Promise<z.infer<typeof hourBlockOfferListSchema>> =>
      apiGet('/api/hour-block-offers', { signal }),
    enabled,
  });
}

/** A company's blocks and requests. */
export function useCompanyHourBlocks(companyId: string) {
  return useQuery({
    queryKey: keys.ofCompany(companyId),
    queryFn: ({ signal }): Promise<z.infer<typeof hourBlockListSchema>> =>
      apiGet('/api/companies/{id}/hour-blocks', { params: { id: companyId }, signal }),
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: keys.all });
}

/** «Αγορά επιπλέον ωρών»: a company_admin asks for a block of the catalogue. */
export function useRequestHourBlock(companyId: string) {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (offerId: string): Promise<HourBlock> =>
      apiRequest('POST', '/api/companies/{id}/hour-block-requests', {
        params: { id: companyId },
        body: { offerId },
      }),
    onSuccess,
  });
}

/** Staff confirm a request: the block starts today. */
export function useConfirmHourBlock() {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (id: string): Promise<HourBlock> =>
      apiRequest('POST', '/api/hour-blocks/{id}/confirm', { params: { id }, body: {} }),
    onSuccess,
  });
}

/** Staff decline a request with a reason. */
export function useDeclineHourBlock() {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }): Promise<HourBlock> =>
      apiRequest('POST', '/api/hour-blocks/{id}/decline', { params: { id }, body: { reason } }),
    onSuccess,
  });
}

/** Staff add a block to a company directly. */
export function useGrantHourBlock(companyId: string) {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (body: HourBlockGrant): Promise<HourBlock> =>
      apiRequest('POST', '/api/companies/{id}/hour-blocks', { params: { id: companyId }, body }),
    onSuccess,
  });
}

/** Adds a block to the catalogue (admin). */
export function useCreateHourBlockOffer() {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (body: HourBlockOfferRequest): Promise<HourBlockOffer> =>
      apiRequest('POST', '/api/hour-block-offers', { body }),
    onSuccess,
  });
}

/** Edits or retires a block of the catalogue (admin). */
export function useUpdateHourBlockOffer() {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: HourBlockOfferUpdate & { id: string }): Promise<HourBlockOffer> =>
      apiRequest('PATCH', '/api/hour-block-offers/{id}', { params: { id }, body }),
    onSuccess,
  });
}
