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

/** One company: customers may read only their own, staff any. */
export function useCompany(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.company(id ?? ''),
    queryFn: ({ signal }): Promise<Company> =>
      apiGet('/api/companies/{id}', { params: { id: id ?? '' }, signal }),
    enabled: id !== undefined,
  });
}

/** «Επιχειρήσεις» (staff): companies matching the filter; the previous list stays while typing. */
export function useCompanyList(filter: CompanyListFilter, enabled = true) {
  return useQuery({
    queryKey: queryKeys.companyList(filter),
    queryFn: ({ signal }): Promise<z.infer<typeof companyListSchema>> =>
      apiGet('/api/companies', { query: { archived: filter.archived, q: filter.q }, signal }),
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
    mutationFn: (body: CompanyDetailsInput): Promise<Company> =>
      apiRequest('POST', '/api/companies', { body }),
    onSuccess: storeCompany,
  });
}

/** Saves a company's details (its company_admins, or staff). */
export function useUpdateCompany(id: string) {
  const storeCompany = useStoreCompany();
  return useMutation({
    mutationFn: (body: CompanyDetailsInput): Promise<Company> =>
      apiRequest('PUT', '/api/companies/{id}', { params: { id }, body }),
    onSuccess: storeCompany,
  });
}

/** Archives a company (its people can no longer log in) or restores it (staff). */
export function useSetCompanyArchived(id: string) {
  const storeCompany = useStoreCompany();
  return useMutation({
    mutationFn: (isArchived: boolean): Promise<Company> =>
      apiRequest('POST', '/api/companies/{id}/archive', { params: { id }, body: { isArchived } }),
    onSuccess: storeCompany,
  });
}
