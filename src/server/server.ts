import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { buildApp, loggerOptions } from './app.js';
import type { AppDeps } from './app-deps.js';
import { deleteLoginFailuresBefore } from './auth/login-throttle.repository.js';
import type { LoadedConfig } from './config/config.js';
import { openDatabase } from './db/client.js';
import { type DataDirLock, lockDataDir } from './db/data-dir-lock.js';
import { runMigrations } from './db/migrate.js';
import { createMailTransport, mailSettingsOf } from './email/mail-transport.js';
import { releaseAllClaims } from './email/outbox.repository.js';
import { createOutboxWorker } from './email/outbox.worker.js';
import { createReadiness } from './health/readiness.js';
import type { App } from './http/types.js';
import { createMailboxPoller } from './inbound/mailbox-poller.js';
import { syncEnvironmentMailbox } from './inbound/mailboxes.service.js';
import { backfillLedger } from './ledger/ledger-backfill.js';
import { startLiveHub } from './live/live-hub.js';
import { createAppMetrics } from './metrics/app-metrics.js';
import { startMetricsServer } from './metrics/metrics.routes.js';
import { projectRoot } from './project-root.js';
import { deleteLapsedCounters } from './rate-limits/rate-limit-counters.repository.js';
import { deleteRetiredSecrets } from './secrets/server-secrets.repository.js';
import { type SessionKeyRing, startSessionKeyRing } from './secrets/session-key-ring.js';
import { withSharedSecrets } from './secrets/shared-secrets.js';
import { productionAuthSettings, productionRateLimits } from './security-settings.js';
import { needsSetup } from './setup/setup.service.js';
import { memorySetupCode, sharedSetupCode } from './setup/setup-code.js';
import { issueDueStatements } from './statements/statement-issue.js';
import { configuredFileStorage } from './storage/configured-storage.js';
import { deleteExpiredIdempotencyKeys } from './tickets/idempotency.repository.js';
import { sweepStorage } from './uploads/storage-sweep.js';
import { createWebhookWorker, defaultWebhookSettings } from './webhooks/webhook.worker.js';
import { releaseAllDeliveryClaims } from './webhooks/webhooks.repository.js';

export const defaultWebRoot = path.join(projectRoot, 'dist', 'web');

export interface RunningServer {
  url: string;
  /** Set while the instance has no administrator: the code the setup screen asks for. */
  setupCode: string | undefined;
  log: FastifyBaseLogger;
  /** GET /metrics on METRICS_PORT, when set. */
  metricsUrl: string | undefined;
  stop(): Promise<void>;
}

/**
 * Opens the database (locking DATA_DIR when it is embedded), applies pending
 * migrations, prints the setup code when no admin exists yet, and listens.
 * `beforeListen` runs on the migrated database (the demo fills it there).
 */
export async function startServer(
  loadedConfig: LoadedConfig,
  hooks: { beforeListen?: (deps: AppDeps) => Promise<void> } = {},
): Promise<RunningServer> {
  // The public port opens only after migrations; until the workers run too, and from the
  // moment stop begins, /api/health/ready answers 503 (liveness stays 200).
  const readiness = createReadiness('starting');
  let lock: DataDirLock | undefined;
  if (!loadedConfig.databaseUrl) lock = lockDataDir(loadedConfig.dataDir);
  const connection = await openDatabase(loadedConfig).catch((error: unknown) => {
    lock?.release();
    throw error;
  });
  await runMigrations(connection);
  await backfillLedger(connection.db);
  // Secrets no variable gave come from the database, the same for every process on it.
  const config = await withSharedSecrets(loadedConfig, connection.db);
  let app: App;
  const sessionKeys: SessionKeyRing | undefined = config.sessionSecret
    ? undefined
    : await startSessionKeyRing(connection.db, (error) =>
        app.log.warn(
          { err: error },
          'could not read the session keys again; keeping the ones known',
        ),
      );

  const deps: AppDeps = {
    db: connection.db,
    engine: connection.engine,
    config,
    auth: productionAuthSettings(config),
    rateLimits: productionRateLimits(config),
    setupCode: memorySetupCode(''),
    ...(sessionKeys ? { sessionKeys } : {}),
    // One bucket for every process when S3 is configured; else this machine's disk.
    storage: configuredFileStorage(config),
    mail: mailSettingsOf(config),
    // The hub starts before the app (whose logger it would use) exists.
    live: await startLiveHub(connection, (error) =>
      app.log.warn({ err: error }, 'live changes: the database connection was lost; reconnecting'),
    ),
    webRoot: defaultWebRoot,
    ...(config.metrics ? { metrics: createAppMetrics() } : {}),
    ...(connection.poolStats ? { poolStats: connection.poolStats } : {}),
    readiness,
  };
  await hooks.beforeListen?.(deps);

  app = await buildApp(deps, { logger: loggerOptions(config.logLevel) });
  let setupCode: string | undefined;
  if (await needsSetup(deps.db)) {
    const setup = await sharedSetupCode(deps.db, config.dataDir);
    setupCode = setup.code;
    deps.setupCode = setup.store;
    app.log.warn(
      `No administrator yet. Open ${config.publicUrl}/setup and enter the setup code ${setup.code} (also in ${setup.file}).`,
    );
  }
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const isLoopback = ['0.0.0.0', '127.0.0.1', '::', '::1'].includes(config.host);
  const url = `http://${isLoopback ? 'localhost' : config.host}:${port}`;
  app.log.info(`Aitima is ready at ${url} (database: ${connection.engine})`);
  const metricsPort = config.metrics?.port;
  const metricsServer =
    deps.metrics && metricsPort !== undefined
      ? await startMetricsServer(deps.metrics, { port: metricsPort, token: config.metrics?.token })
      : undefined;
  if (metricsServer) app.log.info(`Metrics at ${metricsServer.url}`);

  // Emails leave from the outbox after their transaction commits; any number of processes may run this.
  // The embedded database is this process's alone (DATA_DIR is locked): a claim found there is a dead process's.
  if (connection.engine === 'pglite') {
    const released = await releaseAllClaims(deps.db, new Date());
    if (released > 0) app.log.info(`${released} emails claimed before a crash are due again`);
    await releaseAllDeliveryClaims(deps.db, new Date());
  }
  const transport = createMailTransport(deps.mail);
  const outboxWorker = createOutboxWorker({
    db: deps.db,
    transport,
    from: deps.mail.from,
    site: { companyName: config.companyName, publicUrl: config.publicUrl },
    maxAttempts: deps.mail.maxAttempts,
    log: app.log,
  });
  outboxWorker.start();
  // Webhooks leave from their own outbox the same way: signed, retried, any number of processes.
  const webhookWorker = createWebhookWorker({
    db: deps.db,
    secretKey: config.inbound.secretKey,
    settings: config.webhooks ?? defaultWebhookSettings,
    log: app.log,
  });
  webhookWorker.start();
  if (!deps.mail.smtp) {
    app.log.info(
      `No SMTP configured: emails are written to ${deps.mail.fileDir} (admins see them at /staff/emails)`,
    );
  }

  // Support mailboxes: read every IMAP_POLL_SECONDS; one process at a time per mailbox (a lease).
  await syncEnvironmentMailbox(deps.db, config);
  const mailboxPoller = createMailboxPoller({
    db: deps.db,
    storage: deps.storage,
    config,
    intervalMs: config.inbound.pollIntervalMs,
    log: app.log,
  });
  mailboxPoller.start();

  // Leftovers in file storage (uploads never sent, half-written files, files whose row is gone): now and every hour.
  const sweep = () =>
    sweepStorage(deps.db, deps.storage).then(
      (swept) => {
        if (swept.abandonedUploads + swept.unfinishedWrites + swept.unreferencedFiles > 0) {
          app.log.info(swept, 'file storage swept');
        }
        if (swept.databaseNamesNoFile) {
          app.log.warn(
            "The database names no uploaded file: files in the uploads folder are kept, not swept (another database's?)",
          );
        }
      },
      (error: unknown) => app.log.error({ err: error }, 'could not sweep file storage'),
    );
  void sweep();
  const uploadCleanup = setInterval(sweep, 60 * 60 * 1000);
  uploadCleanup.unref();

  // Idempotency keys past their day: taken over lazily anyway, forgotten every hour to stay small.
  // So are rate-limit windows that ended and cookie keys that retired.
  const forgetKeys = () =>
    Promise.all([
      deleteExpiredIdempotencyKeys(deps.db, new Date()),
      deleteLoginFailuresBefore(deps.db, new Date(Date.now() - 24 * 60 * 60 * 1000)),
      deleteLapsedCounters(deps.db, new Date()),
      deleteRetiredSecrets(deps.db, new Date()),
    ]).catch((error: unknown) =>
      app.log.error(
        { err: error },
        'could not forget expired idempotency keys, login failures, rate-limit windows or retired keys',
      ),
    );
  const keySweep = setInterval(forgetKeys, 60 * 60 * 1000);
  keySweep.unref();

  // Statements of periods that ended (on each company's clock): issued now and every hour, once each.
  const issueStatements = () =>
    issueDueStatements(deps.db).catch((error: unknown) =>
      app.log.error({ err: error }, 'could not issue statements'),
    );
  void issueStatements();
  const statementJob = setInterval(issueStatements, 60 * 60 * 1000);
  statementJob.unref();
  readiness.moveTo('ready');

  return {
    url,
    setupCode,
    log: app.log,
    metricsUrl: metricsServer?.url,
    stop: async () => {
      // First, so a load balancer stops sending requests while the workers wind down.
      readiness.moveTo('stopping');
      clearInterval(uploadCleanup);
      sessionKeys?.stop();
      clearInterval(keySweep);
      await mailboxPoller.stop();
      clearInterval(statementJob);
      await outboxWorker.stop();
      await webhookWorker.stop();
      transport.close();
      await app.close();
      await metricsServer?.close();
      await deps.live.close();
      await connection.close();
      lock?.release();
    },
  };
}

/** Stops the server cleanly on Ctrl-C or a TERM signal. */
export function stopOnSignals(server: RunningServer): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.log.info(`${signal} received, stopping`);
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        server.log.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}
