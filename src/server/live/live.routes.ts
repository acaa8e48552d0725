import type { ServerResponse } from 'node:http';
import { LIVE_EVENTS, type LiveChangeMessage } from '../../shared/api/live.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor } from '../auth/auth.plugin.js';
import { tooManyRequests } from '../http/errors.js';
import type { App } from '../http/types.js';
import type { Actor } from '../policies/actor.js';
import { can } from '../policies/authorize.js';
import { createChangeCoalescer } from './change-coalescer.js';
import { databaseStreamSlots, memoryStreamSlots } from './live-stream-slots.js';

/** How the streams behave; tests shorten the times and lower the limit. */
export interface LiveStreamSettings {
  /**
   * The first change goes out at once; the rest within this time as one message (a reply
   * writes several rows), so a page asks again at most this often however busy the
   * instance (a staff queue hears of every company's changes).
   */
  coalesceMs: number;
  /** A comment line now and then, so proxies do not close a quiet stream. */
  heartbeatMs: number;
  /**
   * A stream ends after this long and the browser opens a new one (EventSource does so
   * by itself): its session is checked again then, so a deactivated user hears nothing
   * for longer than this.
   */
  lifetimeMs: number;
  /** Streams one user may hold open (tabs, devices); beyond, a page polls instead. */
  maxPerUser: number;
}

export const defaultLiveStreamSettings: LiveStreamSettings = {
  coalesceMs: 1000,
  heartbeatMs: 25_000,
  lifetimeMs: 5 * 60_000,
  maxPerUser: 20,
};

/** How long the browser waits before it opens a dropped stream again. */
const RECONNECT_MS = 3000;

function mayHear(actor: Actor, companyId: string | null): boolean {
  // A gap (messages missed) concerns everyone: all they are told is to ask again.
  return companyId === null || can(actor, 'live.receive', { id: companyId });
}

export function registerLiveRoutes(app: App, deps: AppDeps): void {
  const settings = { ...defaultLiveStreamSettings, ...deps.liveStreams };
  // Open streams never finish on their own; the server ends them when it closes.
  const openStreams = new Set<() => void>();
  // On PostgreSQL a user's streams may be open on several processes: counted in the
  // database, with a lease each process renews on every heartbeat.
  const slots =
    deps.engine === 'postgres'
      ? databaseStreamSlots(deps.db, 2 * settings.heartbeatMs + 15_000)
      : memoryStreamSlots();
  app.addHook('preClose', async () => {
    for (const end of [...openStreams]) end();
  });

  app.get(
    '/api/live',
    {
      schema: {
        tags: ['live'],
        summary:
          'Server-sent events: `change` with the areas (tickets, tasks, subscriptions) that changed among what the user may see',
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const taken = await slots.take(actor.userId, settings.maxPerUser);
      // EventSource gives up on an error status, and the page falls back to polling.
      if (!taken) throw tooManyRequests('too_many_requests', 60);
      const slot = taken;
      reply.hijack();
      const out: ServerResponse = reply.raw;
      // The security headers the hooks set so far; a hijacked reply would drop them.
      for (const [name, value] of Object.entries(reply.getHeaders())) {
        if (value !== undefined) out.setHeader(name, value);
      }
      out.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-store, no-transform',
        // nginx and similar proxies would otherwise hold the events back.
        'x-accel-buffering': 'no',
      });
      out.write(`retry: ${RECONNECT_MS}\n\n`);

      const changes = createChangeCoalescer((areas) => {
        const message: LiveChangeMessage = { areas };
        out.write(`event: ${LIVE_EVENTS.change}\ndata: ${JSON.stringify(message)}\n\n`);
      }, settings.coalesceMs);
      const unsubscribe = deps.live.subscribe((change) => {
        if (mayHear(actor, change.companyId)) changes.push(change.areas);
      });
      const heartbeat = setInterval(() => {
        out.write(': ping\n\n');
        slot
          .renew()
          .catch((error: unknown) =>
            request.log.warn({ err: error }, 'live stream lease not renewed'),
          );
      }, settings.heartbeatMs);
      const lifetime = setTimeout(() => end(), settings.lifetimeMs);

      function end(): void {
        if (!openStreams.delete(end)) return;
        slot
          .release()
          .catch((error: unknown) =>
            request.log.warn({ err: error }, 'live stream lease not released'),
          );
        unsubscribe();
        changes.stop();
        clearInterval(heartbeat);
        clearTimeout(lifetime);
        out.end();
      }
      openStreams.add(end);
      request.raw.on('close', end);
      out.on('close', end);
      // The client may have gone while its place was being taken.
      if (out.destroyed) end();
    },
  );
}
