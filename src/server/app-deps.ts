import type { AuthSettings } from './auth/auth.service.js';
import type { Config } from './config/config.js';
import type { PoolStats } from './db/client.js';
import type { Database } from './db/database.js';
import type { MailSettings } from './email/mail-transport.js';
import type { Readiness } from './health/readiness.js';
import type { LiveStreamSettings } from './live/live.routes.js';
import type { LiveHub } from './live/live-hub.js';
import type { AppMetrics } from './metrics/app-metrics.js';
import type { SessionKeyRing } from './secrets/session-key-ring.js';
import type { SetupCodeStore } from './setup/setup-code.js';
import type { FileStorage } from './storage/file-storage.js';

/** Per-IP request limits; the benchmark and tests set their own. */
export interface RateLimits {
  /** Requests a minute to the API from one address. */
  apiPerMinute: number;
  /** Login attempts a minute from one address. */
  loginPerMinute: number;
  /** Requests a minute made with one API token, wherever they come from. */
  apiTokenPerMinute: number;
}

/** What the server is built from: everything outside the code that it needs. */
export interface AppDeps {
  db: Database;
  engine: 'pglite' | 'postgres';
  config: Config;
  auth: AuthSettings;
  rateLimits: RateLimits;
  setupCode: SetupCodeStore;
  /** The cookie keys from the database (shared, rotatable); unused when SESSION_SECRET is set. */
  sessionKeys?: SessionKeyRing;
  storage: FileStorage;
  /** How emails leave: SMTP settings or the .eml folder, the From address, the tries. */
  mail: MailSettings;
  /** Changes announced by the database, for the /api/live streams. */
  live: LiveHub;
  /** Tests shorten the live streams' times and lower their limit; the defaults suit a server. */
  liveStreams?: Partial<LiveStreamSettings>;
  /** Where the built web app is, if it is to be served. */
  webRoot?: string;
  /** Prometheus metrics (when METRICS_TOKEN or METRICS_PORT is set); no request is timed without. */
  metrics?: AppMetrics;
  /** The PostgreSQL pool's figures, for the metrics. */
  poolStats?: () => PoolStats;
  /** Starting, ready or stopping, for /api/health/ready; absent means ready (tests). */
  readiness?: Readiness;
}
