import type { QueryClient } from '@tanstack/react-query';
import { fetchMe, ME_STALE_MS } from './auth';
import { fetchDashboard } from './dashboard';
import { queryKeys } from './query-keys';

/**
 * Starts the central screen's requests while the app is still starting (its
 * translations loading, its first render): who is signed in, and for a customer
 * the hours of the central screen, instead of after the page has rendered and
 * asked. The pages' own queries then find the answers in the cache.
 */
export function prefetchFirstScreen(queryClient: QueryClient, pathname: string): void {
  if (pathname !== '/') return;
  void queryClient
    .fetchQuery({ queryKey: queryKeys.me, queryFn: fetchMe, staleTime: ME_STALE_MS })
    .then((me) => {
      // Only a customer's «/» is the central screen (staff go to the console, visitors see the landing page).
      if (!me?.company || me.abilities.useStaffConsole) return;
      return queryClient.prefetchQuery({
        queryKey: queryKeys.dashboard.of(undefined),
        queryFn: ({ signal }) => fetchDashboard(undefined, signal),
      });
    })
    // The pages ask again and show the error themselves.
    .catch(() => undefined);
}
