import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Database } from '../db/database.js';
import { countHit, readHits } from './rate-limit-counters.repository.js';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * Limits at least this generous (the API's 600 a minute) are counted in memory and
 * written to the shared row about once a second; tighter ones (sign-in, password
 * resets: a few a minute, against guessing) are written on every hit, exactly.
 */
export const BATCHED_FROM_MAX = 100;
/** How stale another process's hits may be in a batched count. */
export const FLUSH_AFTER_MS = 1_000;
/** Past this many keys in memory, lapsed ones are forgotten. */
const SWEEP_ABOVE_KEYS = 10_000;

/** A key's count in this process: the shared count as last read, and hits since. */
interface LocalCount {
  shared: number;
  pending: number;
  windowEndsAt: number;
  syncedAt: number;
  isFlushing: boolean;
}

export interface RateLimitStoreOptions {
  /** The clock batching runs on (tests move it). */
  now?: () => number;
}

/**
 * A store for @fastify/rate-limit whose counters are rows in PostgreSQL, so that every
 * process behind a load balancer counts against one budget per address, per route and
 * per API token. Fixed windows, like the plugin's own in-memory store; the routes here
 * use neither `continueExceeding` nor backoff.
 *
 * A generous limit is counted in memory between writes: one upsert a second per key
 * and process instead of one per request. Every read request used to write (and
 * commit) a row, and all requests from one address — a company behind one NAT, the
 * bench — queued on that row's lock. Within a process the count stays exact; another
 * process's hits arrive within FLUSH_AFTER_MS, and a crash forgets at most that much.
 */
export function databaseRateLimitStore(
  db: Database,
  options: RateLimitStoreOptions = {},
): FastifyRateLimitStoreCtor {
  const now = options.now ?? Date.now;
  const counts = new Map<string, LocalCount>();

  const sweep = () => {
    const at = now();
    for (const [key, count] of counts) {
      if (count.windowEndsAt <= at && !count.isFlushing) counts.delete(key);
    }
  };

  /** Writes a key's pending hits and takes the shared count back (in the background). */
  const flush = (key: string, count: LocalCount, windowMs: number) => {
    const hits = count.pending;
    count.pending = 0;
    count.isFlushing = true;
    count.syncedAt = now();
    countHit(db, key, windowMs, hits).then(
      (shared) => {
        count.shared = shared.hits;
        count.windowEndsAt = now() + shared.ttlMs;
        count.isFlushing = false;
      },
      () => {
        // Not lost: counted again with the next flush.
        count.pending += hits;
        count.isFlushing = false;
      },
    );
  };

  const countBatched = (key: string, windowMs: number, callback: Callback) => {
    const at = now();
    const count = counts.get(key);
    if (!count || count.windowEndsAt <= at) {
      // A new window: counted in the database, which says where the shared one stands.
      countHit(db, key, windowMs).then(({ hits, ttlMs }) => {
        if (counts.size >= SWEEP_ABOVE_KEYS) sweep();
        counts.set(key, {
          shared: hits,
          pending: 0,
          windowEndsAt: now() + ttlMs,
          syncedAt: now(),
          isFlushing: false,
        });
        callback(null, { current: hits, ttl: ttlMs });
      }, callback);
      return;
    }
    count.pending += 1;
    const current = count.shared + count.pending;
    if (at - count.syncedAt >= FLUSH_AFTER_MS && !count.isFlushing) flush(key, count, windowMs);
    callback(null, { current, ttl: Math.max(0, count.windowEndsAt - at) });
  };

  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    constructor(
      _options: unknown,
      private readonly prefix = 'global-',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number, max?: number): void {
      if (max !== undefined && max >= BATCHED_FROM_MAX) {
        countBatched(this.prefix + key, timeWindow, callback);
        return;
      }
      countHit(db, this.prefix + key, timeWindow).then(
        ({ hits, ttlMs }) => callback(null, { current: hits, ttl: ttlMs }),
        (error: Error) => callback(error),
      );
    }

    read(key: string, callback: Callback): void {
      const local = counts.get(this.prefix + key);
      const pending = local && local.windowEndsAt > now() ? local.pending : 0;
      readHits(db, this.prefix + key).then(
        ({ hits, ttlMs }) => callback(null, { current: hits + pending, ttl: ttlMs }),
        (error: Error) => callback(error),
      );
    }

    /** A route with its own limit counts apart, as in the plugin's own stores. */
    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      // The plugin passes the route as `routeInfo` (empty for createRateLimit's limiters).
      const route =
        (routeOptions as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo ?? {};
      return new DatabaseRateLimitStore(
        routeOptions,
        `${String(route.method ?? '')}${String(route.url ?? '')}-`,
      );
    }
  }
  return DatabaseRateLimitStore;
}
