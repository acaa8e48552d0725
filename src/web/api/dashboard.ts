import { useQuery } from '@tanstack/react-query';
import type { Dashboard } from '../../shared/api/dashboard';
import { apiGet } from './client';
import { pollWhileOffline } from './live';
import { queryKeys } from './query-keys';

/** How often the central screen asks for news without a change stream; the clocks and balance move on their own between. */
export const DASHBOARD_REFRESH_MS = 15_000;

/**
 * «Κεντρική οθόνη» in one request: packages and hours, running and past tasks,
 * usage per month, late corrections. Customers get their own company (no id);
 * staff name the company.
 */
export function useDashboard(companyId?: string) {
  const search = companyId ? `?companyId=${encodeURIComponent(companyId)}` : '';
  return useQuery({
    queryKey: queryKeys.dashboard.of(companyId),
    queryFn: ({ signal }) => apiGet<Dashboard>(`/api/dashboard${search}`, signal),
    refetchInterval: pollWhileOffline(DASHBOARD_REFRESH_MS),
    refetchOnWindowFocus: true,
  });
}
