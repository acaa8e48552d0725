import { type QueryClient, type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { LIVE_EVENTS, type LiveArea, type LiveChangeMessage } from '../../shared/api/live';
import { queryKeys } from './query-keys';

/**
 * Whether the server's change stream (/api/live) is open. While it is, pages ask
 * again only when told something changed; while it is not, they poll.
 */
let streamOpen = false;

/** A `refetchInterval` that polls only while the change stream is not open. */
export function pollWhileOffline(intervalMs: number): () => number | false {
  return () => (streamOpen ? false : intervalMs);
}

/** What to ask for again when an area changes. */
const KEYS_OF_AREA: Record<LiveArea, QueryKey[]> = {
  // The central screen lists recent requests; a ticket page shows its status and thread.
  tickets: [queryKeys.tickets.all, queryKeys.dashboard.all],
  // Tasks move the hours, the running clocks and a ticket's status.
  tasks: [queryKeys.tasks.all, queryKeys.tickets.all, queryKeys.dashboard.all],
  // Packages paused, ended or given: the central screen, the company page, the request form.
  subscriptions: [queryKeys.dashboard.all, queryKeys.companiesAll, queryKeys.tickets.all],
};

/** The query keys to refresh for some changed areas, each once. */
export function keysToRefresh(areas: readonly LiveArea[]): QueryKey[] {
  const byText = new Map<string, QueryKey>();
  for (const area of areas) {
    for (const key of KEYS_OF_AREA[area] ?? []) byText.set(JSON.stringify(key), key);
  }
  return [...byText.values()];
}

function refresh(queryClient: QueryClient, areas: readonly LiveArea[]): void {
  for (const queryKey of keysToRefresh(areas)) void queryClient.invalidateQueries({ queryKey });
}

/** A dropped stream gets this long to come back before the pages start polling. */
const GRACE_MS = 5000;

/**
 * Keeps a change stream open while someone is signed in, and refreshes what the
 * server says changed. EventSource reopens a dropped stream by itself; whatever
 * was said while it was closed is lost, so everything is asked for again then.
 */
export function useLiveUpdates(signedInUserId: string | undefined): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!signedInUserId || typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/live');
    let wasOpen = false;
    let offlineTimer: ReturnType<typeof setTimeout> | undefined;

    source.onopen = () => {
      clearTimeout(offlineTimer);
      offlineTimer = undefined;
      streamOpen = true;
      if (wasOpen) void queryClient.invalidateQueries();
      wasOpen = true;
    };
    source.onerror = () => {
      offlineTimer ??= setTimeout(() => {
        streamOpen = false;
        // Queries that stopped polling start again once they have been asked once more.
        void queryClient.invalidateQueries();
      }, GRACE_MS);
    };
    source.addEventListener(LIVE_EVENTS.change, (event) => {
      const message = JSON.parse((event as MessageEvent<string>).data) as LiveChangeMessage;
      refresh(queryClient, message.areas);
    });
    return () => {
      clearTimeout(offlineTimer);
      source.close();
      streamOpen = false;
    };
  }, [signedInUserId, queryClient]);
}
