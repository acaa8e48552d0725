import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { PoolStats } from '../db/client.js';
import type { Database } from '../db/database.js';
import type { AdmissionQueue } from '../http/admission-queue.js';
import type { LiveHub } from '../live/live-hub.js';
import { countEmailBacklog, countWebhookBacklog } from './metrics.repository.js';

/** What the gauges read when Prometheus scrapes; each is asked then, never per request. */
export interface MetricsSources {
  db: Database;
  live: Pick<LiveHub, 'stats'>;
  /** PostgreSQL's pool, when the database is a server. */
  poolStats?: () => PoolStats;
  /** The embedded database's line of requests, when the database is PGlite. */
  admission?: Pick<AdmissionQueue, 'activeCount' | 'waitingCount'>;
}

export interface AppMetrics {
  registry: Registry;
  /** One answered request: its route pattern (never the raw URL), method, status and seconds. */
  observeRequest(route: string, method: string, statusCode: number, seconds: number): void;
  /** Points the scrape-time gauges at this app's database, streams, pool and line. */
  watch(sources: MetricsSources): void;
}

// From a cached page (a few ms) to a slow report; past 10 s the client has given up anyway.
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** A registry of its own per app (tests build many apps in one process), with Node's defaults. */
export function createAppMetrics(): AppMetrics {
  const registry = new Registry();
  // Process CPU and memory, GC, and nodejs_eventloop_lag_* (event-loop delay percentiles).
  collectDefaultMetrics({ register: registry, prefix: 'aitima_' });
  let sources: MetricsSources | undefined;

  const requestDuration = new Histogram({
    name: 'aitima_http_request_duration_seconds',
    help: 'Time to answer a request, by route pattern, method and status class',
    labelNames: ['route', 'method', 'status_class'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const serverErrors = new Counter({
    name: 'aitima_http_server_errors_total',
    help: 'Requests answered with a 5xx status, by route pattern and method',
    labelNames: ['route', 'method'] as const,
    registers: [registry],
  });

  new Gauge({
    name: 'aitima_outbox_emails',
    help: 'Emails in the outbox still to send (pending) or given up on (failed)',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      if (!sources) return;
      const backlog = await countEmailBacklog(sources.db);
      this.set({ status: 'pending' }, backlog.pending);
      this.set({ status: 'failed' }, backlog.failed);
    },
  });
  new Gauge({
    name: 'aitima_outbox_webhook_deliveries',
    help: 'Webhook deliveries still to send (pending) or given up on (failed)',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      if (!sources) return;
      const backlog = await countWebhookBacklog(sources.db);
      this.set({ status: 'pending' }, backlog.pending);
      this.set({ status: 'failed' }, backlog.failed);
    },
  });
  new Gauge({
    name: 'aitima_live_streams_open',
    help: 'Server-sent event streams (/api/live) open on this process',
    registers: [registry],
    collect() {
      if (sources) this.set(sources.live.stats().openStreams);
    },
  });
  new Gauge({
    name: 'aitima_listen_reconnects',
    help: 'Times this process made its LISTEN connection to PostgreSQL again after losing it',
    registers: [registry],
    collect() {
      if (sources) this.set(sources.live.stats().listenReconnects);
    },
  });
  new Gauge({
    name: 'aitima_db_pool_clients',
    help: 'PostgreSQL pool: clients open (total), idle, and queries waiting for a client',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const pool = sources?.poolStats?.();
      if (!pool) return;
      this.set({ state: 'total' }, pool.total);
      this.set({ state: 'idle' }, pool.idle);
      this.set({ state: 'waiting' }, pool.waiting);
    },
  });
  new Gauge({
    name: 'aitima_embedded_db_requests',
    help: 'Embedded database (PGlite): API requests working on it (active) and waiting in line',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const line = sources?.admission;
      if (!line) return;
      this.set({ state: 'active' }, line.activeCount);
      this.set({ state: 'waiting' }, line.waitingCount);
    },
  });

  return {
    registry,
    observeRequest(route, method, statusCode, seconds) {
      const statusClass = `${Math.floor(statusCode / 100)}xx`;
      requestDuration.observe({ route, method, status_class: statusClass }, seconds);
      if (statusCode >= 500) serverErrors.inc({ route, method });
    },
    watch(next) {
      sources = next;
    },
  };
}
