import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetchFirstScreen } from './first-screen-prefetch';
import { queryKeys } from './query-keys';

const customer = {
  id: 'u1',
  company: { id: 'c1', name: 'Αρτοποιεία' },
  abilities: { useStaffConsole: false },
};
const staff = { id: 'u2', company: null, abilities: { useStaffConsole: true } };
const dashboard = { subscriptions: [], periodUsage: { series: [] } };

/** A fetch that answers /api/session with `me` (null for a visitor) and /api/dashboard with a dashboard. */
function serve(me: unknown) {
  const fetchMock = vi.fn(async (path: string) => {
    if (path === '/api/session') return Response.json({ me });
    if (path === '/api/dashboard') return Response.json(dashboard);
    return new Response(null, { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** Lets the chained requests settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('prefetchFirstScreen', () => {
  it("fetches a customer's user and then their central screen into the cache, once each", async () => {
    const fetchMock = serve(customer);
    const queryClient = new QueryClient();
    prefetchFirstScreen(queryClient, '/');
    await vi.waitFor(() =>
      expect(queryClient.getQueryData(queryKeys.dashboard.of(undefined))).toEqual(dashboard),
    );
    expect(queryClient.getQueryData(queryKeys.me)).toEqual(customer);
    expect(fetchMock.mock.calls.map(([path]) => path)).toEqual(['/api/session', '/api/dashboard']);
  });

  it('asks staff and visitors only who they are: their «/» is not the central screen', async () => {
    for (const me of [staff, null]) {
      const fetchMock = serve(me);
      const queryClient = new QueryClient();
      prefetchFirstScreen(queryClient, '/');
      await vi.waitFor(() => expect(queryClient.getQueryData(queryKeys.me)).toEqual(me));
      await settle();
      expect(fetchMock.mock.calls.map(([path]) => path)).toEqual(['/api/session']);
      vi.unstubAllGlobals();
    }
  });

  it('leaves other pages to ask for their own data', async () => {
    const fetchMock = serve(customer);
    prefetchFirstScreen(new QueryClient(), '/tickets');
    await settle();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
