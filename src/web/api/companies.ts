import { useQuery } from '@tanstack/react-query';
import type { Company } from '../../shared/api/companies';
import { apiGet } from './client';
import { queryKeys } from './query-keys';

/** One company: customers may read only their own, staff any. */
export function useCompany(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.company(id ?? ''),
    queryFn: ({ signal }) =>
      apiGet<Company>(`/api/companies/${encodeURIComponent(id ?? '')}`, signal),
    enabled: id !== undefined,
  });
}
