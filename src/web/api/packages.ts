import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Package,
  packageListSchema,
  packageRequestSchema,
  packageUpdateSchema,
  Subscription,
  subscriptionRequestSchema,
  subscriptionUpdateSchema,
} from '../../shared/api/packages';
import { apiGet, apiRequest } from './client';
import { queryKeys } from './query-keys';

export type PackageRequest = z.input<typeof packageRequestSchema>;
export type PackageUpdate = z.input<typeof packageUpdateSchema>;
export type SubscriptionRequest = z.input<typeof subscriptionRequestSchema>;
export type SubscriptionUpdate = z.input<typeof subscriptionUpdateSchema>;

/** «Πακέτα»: the catalog, retired packages too (staff). */
export function usePackages(enabled = true) {
  return useQuery({
    queryKey: queryKeys.packages,
    queryFn: ({ signal }): Promise<z.infer<typeof packageListSchema>> =>
      apiGet('/api/packages', { signal }),
    enabled,
  });
}

/** A package's change shows in the catalog and in every company's packages. */
function useRefreshPackages() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.packages });
    // A company's subscriptions live under its key, not under the list's.
    void queryClient.invalidateQueries({ queryKey: queryKeys.companiesAll });
    void queryClient.invalidateQueries({ queryKey: queryKeys.dashboard.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.tickets.formOptions });
  };
}

/** «Νέο πακέτο» (admin). */
export function useCreatePackage() {
  const refresh = useRefreshPackages();
  return useMutation({
    mutationFn: (body: PackageRequest): Promise<Package> =>
      apiRequest('POST', '/api/packages', { body }),
    onSuccess: refresh,
  });
}

/** Edits a package, or retires it with `isActive: false` (admin). */
export function useUpdatePackage() {
  const refresh = useRefreshPackages();
  return useMutation({
    mutationFn: ({ id, ...body }: PackageUpdate & { id: string }): Promise<Package> =>
      apiRequest('PATCH', '/api/packages/{id}', { params: { id }, body }),
    onSuccess: refresh,
  });
}

/** Gives a company a package (admin). */
export function useCreateSubscription(companyId: string) {
  const refresh = useRefreshPackages();
  return useMutation({
    mutationFn: (body: SubscriptionRequest): Promise<Subscription> =>
      apiRequest('POST', '/api/companies/{id}/subscriptions', {
        params: { id: companyId },
        body,
      }),

    onSuccess: refresh,
  });
}

/** Pauses, resumes, ends, or changes the end date or hours of a company's package (admin). */
export function useUpdateSubscription() {
  const refresh = useRefreshPackages();
  return useMutation({
    mutationFn: ({ id, ...body }: SubscriptionUpdate & { id: string }): Promise<Subscription> =>
      apiRequest('PATCH', '/api/subscriptions/{id}', { params: { id }, body }),
    onSuccess: refresh,
  });
}
