import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppDeps, RateLimits } from '../../src/server/app-deps.js';
import type { AuthSettings } from '../../src/server/auth/auth.service.js';
import { type Config, DEFAULT_EMBEDDED_QUEUE } from '../../src/server/config/config.js';
import type { DatabaseConnection } from '../../src/server/db/client.js';
import type { Database } from '../../src/server/db/database.js';
import { type MailSettings, mailSettingsOf } from '../../src/server/email/mail-transport.js';
import type { Readiness } from '../../src/server/health/readiness.js';
import type { App } from '../../src/server/http/types.js';
import type { LiveStreamSettings } from '../../src/server/live/live.routes.js';
import { startLiveHub } from '../../src/server/live/live-hub.js';
import type { AppMetrics } from '../../src/server/metrics/app-metrics.js';
import type { SessionKeyRing } from '../../src/server/secrets/session-key-ring.js';
import { memorySetupCode } from '../../src/server/setup/setup-code.js';
import type { FileStorage } from '../../src/server/storage/file-storage.js';
import { localFileStorage } from '../../src/server/storage/local-file-storage.js';
import { buildApp } from './app-under-test.js';
import { createTestDatabase } from './test-database.js';

export const TEST_ORIGIN = 'http://localhost:3000';
export const TEST_SETUP_CODE = 'TEST-CODE-0001';

/** A configuration for tests: no environment is read, files go to a temporary folder. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'aitima-test-')),
    databaseUrl: undefined,
    publicUrl: TEST_ORIGIN,
    isHttps: false,
    sessionSecret: 'test-secret-test-secret-test-secret-123',
    sessionDays: 14,
    sessionMaxDays: 30,
    logLevel: 'silent',
    rateLimitPerMinute: 100_000,
    // The embedded database's admission line as in production, but a request may wait its
    // turn for a minute, not a second: tests share a loaded machine, and a burst of eight
    // requests waiting over a second there is not what they test (the admission tests set
    // their own limits).
    embeddedQueue: { ...DEFAULT_EMBEDDED_QUEUE, maxWaitMs: 60_000 },
    smtp: undefined,
    mailFrom: 'Aitima <no-reply@localhost>',
    mailMaxAttempts: 10,
    companyName: 'Aitima',
    uploads: { maxFileBytes: 20 * 1024 * 1024, maxFiles: 10 },
    inbound: {
      secretKey: Buffer.alloc(32, 7),
      pollIntervalMs: 60_000,
      maxNewTicketsPerSenderPerHour: 10,
      environmentMailbox: undefined,
    },
    ...overrides,
  };
}

export interface TestApp {
  app: App;
  db: Database;
  deps: AppDeps;
  close(): Promise<void>;
}

export interface TestAppOptions {
  config?: Partial<Config>;
  auth?: Partial<AuthSettings>;
  rateLimits?: Partial<RateLimits>;
  webRoot?: string;
  /** Email settings (e.g. a test SMTP server); by default .eml files in the test's folder. */
  mail?: Partial<MailSettings>;
  /** Shorter /api/live times and a lower limit, to see a stream end or be refused. */
  liveStreams?: Partial<LiveStreamSettings>;
  /** Reuse a database (e.g. to restart the app on the same data). */
  connection?: DatabaseConnection;
  /** Prometheus metrics (with `config.metrics` for the endpoint). */
  metrics?: AppMetrics;
  /** A start/stop phase for /api/health/ready; without it the app counts as ready. */
  readiness?: Readiness;
  /** Where uploads go; by default the test's folder on local disk. */
  storage?: FileStorage;
  /** Cookie keys from the database instead of the configuration's fixed secret. */
  sessionKeys?: SessionKeyRing;
}

/** The whole server on a fresh database, ready for `app.inject`. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const connection = options.connection ?? (await createTestDatabase());
  const config = testConfig({
    ...(options.sessionKeys ? { sessionSecret: undefined } : {}),
    ...options.config,
  });
  const deps: AppDeps = {
    db: connection.db,
    engine: connection.engine,
    config,
    auth: {
      sessionDays: 14,
      sessionMaxDays: 30,
      maxLoginFailures: 5,
      maxAddressFailures: 30,
      loginFailureWindowSeconds: 900,
      loginFirstDelaySeconds: 30,
      ...options.auth,
    },
    rateLimits: {
      apiPerMinute: 100_000,
      loginPerMinute: 100_000,
      apiTokenPerMinute: 100_000,
      ...options.rateLimits,
    },
    setupCode: memorySetupCode(TEST_SETUP_CODE),
    ...(options.sessionKeys ? { sessionKeys: options.sessionKeys } : {}),
    storage: options.storage ?? localFileStorage(path.join(config.dataDir, 'uploads')),
    mail: { ...mailSettingsOf(config), ...options.mail },
    live: await startLiveHub(connection),
    ...(options.liveStreams ? { liveStreams: options.liveStreams } : {}),
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(options.readiness ? { readiness: options.readiness } : {}),
    ...(connection.poolStats ? { poolStats: connection.poolStats } : {}),
  };
  const app = await buildApp(deps, { checkResponsesAgainstZod: true });
  await app.ready();
  return {
    app,
    db: connection.db,
    deps,
    close: async () => {
      await app.close();
      await deps.live.close();
      if (!options.connection) await connection.close();
    },
  };
}
