import { type QueryClient, type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { LiveArea } from '../../shared/api/live';
import { type LiveNews, openLiveStream } from './live-stream';
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

/** Records whether a stream is open; when none is any more, the pages start polling again. */
function setStreamOpen(open: boolean, queryClient: QueryClient): void {
  if (streamOpen === open) return;
  streamOpen = open;
  // Queries that stopped polling start again once they have been asked once more.
  if (!open) void queryClient.invalidateQueries();
}

function applyNews(news: LiveNews, queryClient: QueryClient): void {
  if (news.kind === 'change') refresh(queryClient, news.areas);
  else if (news.kind === 'state') setStreamOpen(news.open, queryClient);
  else void queryClient.invalidateQueries();
}

type TabMessage = LiveNews | { kind: 'hello' };

/**
 * Keeps a change stream open while someone is signed in, and refreshes what the
 * server says changed.
 *
 * One stream serves all the tabs of a browser: over HTTP/1.1 a browser keeps at most
 * six connections to a server, and a stream per tab would leave the seventh tab none.
 * The tab holding a Web Lock opens it and passes the news to the others on a
 * BroadcastChannel; when that tab closes, another takes the lock and opens its own.
 */
export function useLiveUpdates(signedInUserId: string | undefined): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!signedInUserId || typeof EventSource === 'undefined') return;
    const apply = (news: LiveNews) => applyNews(news, queryClient);
    const canShare =
      typeof BroadcastChannel !== 'undefined' && typeof navigator.locks?.request === 'function';
    if (!canShare) {
      const close = openLiveStream(apply);
      return () => {
        close();
        streamOpen = false;
      };
    }

    const name = `aitima-live-${signedInUserId}`;
    const channel = new BroadcastChannel(name);
    const leaving = new AbortController();
    let isLeader = false;
    channel.onmessage = (event: MessageEvent<TabMessage>) => {
      const message = event.data;
      if (message.kind === 'hello') {
        if (isLeader) channel.postMessage({ kind: 'state', open: streamOpen } satisfies LiveNews);
      } else if (!isLeader) {
        apply(message);
      }
    };
    navigator.locks
      .request(name, { signal: leaving.signal }, () => {
        isLeader = true;
        // A tab that followed another's stream may have missed what happened in between.
        const wasFollowing = streamOpen;
        let isFirstOpen = true;
        const tell = (news: LiveNews) => {
          if (news.kind === 'state' && news.open && isFirstOpen) {
            isFirstOpen = false;
            if (wasFollowing) tell({ kind: 'gap' });
          }
          apply(news);
          channel.postMessage(news);
        };
        const close = openLiveStream(tell);
        return new Promise<void>((release) => {
          leaving.signal.addEventListener('abort', () => {
            close();
            channel.postMessage({ kind: 'state', open: false } satisfies LiveNews);
            release();
          });
        });
      })
      // Aborted while still waiting for the lock: this tab never led.
      .catch(() => {});
    channel.postMessage({ kind: 'hello' } satisfies TabMessage);
    return () => {
      leaving.abort();
      channel.close();
      streamOpen = false;
    };
  }, [signedInUserId, queryClient]);
}
