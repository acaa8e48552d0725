import { useQuery } from '@tanstack/react-query';
import type { Dashboard } from '../../shared/api/dashboard';
import { apiGet } from './client';
import { pollWhileOffline } from './live';
import { queryKeys } from './query-keys';

/** How often the central screen asks for news without a change stream; the clocks and balance move on their own between. */
export const DASHBOARD_REFRESH_MS = 15_000;

/** GET /api/dashboard: the customer's own company (no id), or the company staff name. */
export function fetchDashboard(
  companyId: string | undefined,
  signal?: AbortSignal,
): Promise<Dashboard> {
  return apiGet('/api/dashboard', { query: { companyId }, signal });
}

/**
 * «Κεντρική οθόνη» in one request: packages and hours, running and past tasks,
 * usage per month, late corrections. Customers get their own company (no id);
 * staff name the company.
 */
export function useDashboard(companyId?: string) {
  return useQuery({
    queryKey: queryKeys.dashboard.of(companyId),
    queryFn: ({ signal }) => fetchDashboard(companyId, signal),
    refetchInterval: pollWhileOffline(DASHBOARD_REFRESH_MS),
    refetchOnWindowFocus: true,
  });
}
