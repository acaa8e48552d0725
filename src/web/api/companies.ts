import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Company,
  companyListQuerySchema,
  companyListSchema,
} from '../../shared/api/companies';
import type { CompanyDetailsInput } from '../../shared/company/company-details.schema';
import { apiGet, apiRequest } from './client';
import { queryKeys } from './query-keys';

/** The staff list's filters: a search on name or ΑΦΜ, and active / archived / all. */
export type CompanyListFilter = z.output<typeof companyListQuerySchema>;

export const companyPath = (id: string) => `/api/companies/${encodeURIComponent(id)}`;

/** One company: customers may read only their own, staff any. */
export function useCompany(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.company(id ?? ''),
    queryFn: ({ signal }) => apiGet<Company>(companyPath(id ?? ''), signal),
    enabled: id !== undefined,
  });
}

/** «Επιχειρήσεις» (staff): companies matching the filter; the previous list stays while typing. */
export function useCompanyList(filter: CompanyListFilter, enabled = true) {
  return useQuery({
    queryKey: queryKeys.companyList(filter),
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ archived: filter.archived });
      if (filter.q) params.set('q', filter.q);
      return apiGet<z.infer<typeof companyListSchema>>(`/api/companies?${params}`, signal);
    },
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Caches a changed company and marks the lists (and the signed-in user's company name) stale. */
function useStoreCompany() {
  const queryClient = useQueryClient();
  return (company: Company) => {
    queryClient.setQueryData(queryKeys.company(company.id), company);
    void queryClient.invalidateQueries({ queryKey: queryKeys.companies });
    void queryClient.invalidateQueries({ queryKey: queryKeys.me });
  };
}

/** «Νέα επιχείρηση» (staff). */
export function useCreateCompany() {
  const storeCompany = useStoreCompany();
  return useMutation({
    mutationFn: (body: CompanyDetailsInput) =>
      apiRequest<Company>('POST', '/api/companies', { body }),
    onSuccess: storeCompany,
  });
}

/** Saves a company's details (its company_admins, or staff). */
export function useUpdateCompany(id: string) {
  const storeCompany = useStoreCompany();
  return useMutation({
    mutationFn: (body: CompanyDetailsInput) =>
      apiRequest<Company>('PUT', companyPath(id), { body }),
    onSuccess: storeCompany,
  });
}

/** Archives a company (its people can no longer log in) or restores it (staff). */
export function useSetCompanyArchived(id: string) {
  const storeCompany = useStoreCompany();
  return useMutation({
    mutationFn: (isArchived: boolean) =>
      apiRequest<Company>('POST', `${companyPath(id)}/archive`, { body: { isArchived } }),
    onSuccess: storeCompany,
  });
}
