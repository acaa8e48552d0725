import type { Database } from '../db/database.js';
import { decryptSecret } from '../inbound/mailbox-secret.js';
import {
  createLeasedWorker,
  type LeasedWorker,
  silentLog,
  type WorkerLog,
} from '../outbox/leased-worker.js';
import { type PostResult, postWebhook, type WebhookClientSettings } from './webhook-client.js';
import { DEFAULT_DELIVERY_RETENTION_DAYS, pruneWebhookDeliveries } from './webhook-pruning.js';
import { signatureHeaders } from './webhook-signing.js';
import {
  type AttemptRecord,
  claimDueDeliveries,
  findWebhookEndpoint,
  recordDeliveryAttempt,
  recordEndpointOutcome,
  renewDeliveryClaims,
  type WebhookDeliveryRow,
} from './webhooks.repository.js';

/** How deliveries go out: the client's settings, the tries, when an endpoint is turned off. */
export interface WebhookSettings extends WebhookClientSettings {
  /** Tries of one delivery before it is given up on (WEBHOOK_MAX_ATTEMPTS). */
  maxAttempts: number;
  /** Deliveries given up on in a row that turn the endpoint off (WEBHOOK_DISABLE_AFTER_FAILURES). */
  disableAfterFailures: number;
  /** Days a delivery's log line is kept (WEBHOOK_DELIVERY_RETENTION_DAYS; default 30). */
  deliveryRetentionDays?: number;
}

export const defaultWebhookSettings: WebhookSettings = {
  timeoutMs: 10_000,
  maxAttempts: 8,
  disableAfterFailures: 5,
  deliveryRetentionDays: DEFAULT_DELIVERY_RETENTION_DAYS,
};

export interface WebhookWorkerOptions {
  db: Database;
  /** The server's key, which encrypts the endpoints' signing secrets (shared with mailbox passwords). */
  secretKey: Buffer;
  settings: WebhookSettings;
  /** Wait before the next try after `attempt` tries failed (default: exponential with jitter). */
  retryDelayMs?: (attempt: number) => number;
  batchSize?: number;
  leaseMs?: number;
  pollIntervalMs?: number;
  workerId?: string;
  now?: () => Date;
  log?: WorkerLog;
  /** How often the delivery log is pruned while the worker runs (default hourly). */
  pruneIntervalMs?: number;
}

export const WEBHOOK_OUTCOMES = ['delivered', 'retrying', 'failed'] as const;
export type WebhookOutcome = (typeof WEBHOOK_OUTCOMES)[number];
export interface WebhookWorker extends LeasedWorker<WebhookOutcome> {
  /** Deletes the delivery log's lines past the retention now; returns how many. */
  pruneDeliveries(): Promise<number>;
}

/**
 * 30 s doubling per try, at most 6 h, each wait drawn between 75 % and 125 %:
 * receivers that went down together are not hit again all at the same moment.
 */
export function defaultWebhookRetryDelayMs(attempt: number): number {
  const base = Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 6 * 60 * 60 * 1000);
  return Math.round(base * (0.75 + Math.random() * 0.5));
}

/** Whether an answer or error is worth another try: timeouts, network errors, 408, 429, 5xx. */
export function isRetryable(result: PostResult): boolean {
  if (result.kind === 'error') return result.code === 'timeout' || result.code === 'network';
  return result.statusCode === 408 || result.statusCode === 429 || result.statusCode >= 500;
}

function attemptRecordOf(result: PostResult): AttemptRecord {
  if (result.kind === 'error') {
    return {
      statusCode: null,
      responseMs: result.responseMs,
      responseExcerpt: null,
      error: `${result.code}: ${result.message}`,
    };
  }
  const isSuccess = result.statusCode >= 200 && result.statusCode < 300;
  return {
    statusCode: result.statusCode,
    responseMs: result.responseMs,
    responseExcerpt: result.excerpt || null,
    error: isSuccess
      ? null
      : result.statusCode >= 300 && result.statusCode < 400
        ? `HTTP ${result.statusCode}: redirects are not followed`
        : `HTTP ${result.statusCode}`,
  };
}

/** The webhook outbox's worker: signs and posts due deliveries, retries with backoff, gives up after maxAttempts. */
export function createWebhookWorker(options: WebhookWorkerOptions): WebhookWorker {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? silentLog;
  const { settings } = options;
  const retryDelayMs = options.retryDelayMs ?? defaultWebhookRetryDelayMs;
  let workerId = '';

  async function giveUp(row: WebhookDeliveryRow, attempt: AttemptRecord): Promise<WebhookOutcome> {
    const isMine = await recordDeliveryAttempt(options.db, row.id, workerId, attempt, {
      status: 'failed',
    });
    if (isMine) {
      await recordEndpointOutcome(
        options.db,
        row.endpointId,
        false,
        settings.disableAfterFailures,
        `${settings.disableAfterFailures} deliveries in a row failed`,
      );
    }
    return 'failed';
  }

  async function deliver(row: WebhookDeliveryRow): Promise<WebhookOutcome> {
    const endpoint = await findWebhookEndpoint(options.db, row.endpointId);
    if (!endpoint?.isActive) {
      const error = 'endpoint_inactive: the endpoint was turned off before delivery';
      await recordDeliveryAttempt(
        options.db,
        row.id,
        workerId,
        { statusCode: null, responseMs: null, responseExcerpt: null, error },
        { status: 'failed' },
      );
      return 'failed';
    }
    let secret: string;
    try {
      secret = decryptSecret(options.secretKey, endpoint.secretEncrypted);
    } catch (error) {
      log.error({ err: error, endpointId: endpoint.id }, 'webhook secret cannot be decrypted');
      return giveUp(row, {
        statusCode: null,
        responseMs: null,
        responseExcerpt: null,
        error: 'secret_unreadable: the signing secret cannot be decrypted with this server key',
      });
    }
    const body = JSON.stringify(row.payload);
    const headers = signatureHeaders(secret, row.messageId, now(), body);
    const result = await postWebhook(settings, endpoint, headers, body);
    const attempt = attemptRecordOf(result);
    if (result.kind === 'response' && result.statusCode >= 200 && result.statusCode < 300) {
      const isMine = await recordDeliveryAttempt(options.db, row.id, workerId, attempt, {
        status: 'delivered',
        at: now(),
      });
      if (isMine) await recordEndpointOutcome(options.db, row.endpointId, true, 0, '');
      return 'delivered';
    }
    log.warn(
      {
        deliveryId: row.id,
        endpointId: row.endpointId,
        attempts: row.attempts,
        error: attempt.error,
      },
      'webhook delivery failed',
    );
    if (!isRetryable(result) || row.attempts >= settings.maxAttempts) return giveUp(row, attempt);
    await recordDeliveryAttempt(options.db, row.id, workerId, attempt, {
      status: 'pending',
      retryAt: new Date(now().getTime() + retryDelayMs(row.attempts)),
    });
    return 'retrying';
  }

  const worker = createLeasedWorker({
    what: 'webhook delivery',
    queue: {
      claim: (claim) => claimDueDeliveries(options.db, claim),
      renew: (id, ids, leaseUntil) => renewDeliveryClaims(options.db, id, ids, leaseUntil),
    },
    prepareRound: async () => undefined,
    handle: deliver,
    outcomes: WEBHOOK_OUTCOMES,
    batchSize: options.batchSize ?? 5,
    // Longer than the whole attempt, so a slow receiver never makes two workers post one delivery.
    leaseMs: options.leaseMs ?? Math.max(60_000, settings.timeoutMs * 3),
    pollIntervalMs: options.pollIntervalMs ?? 5000,
    workerId: options.workerId,
    now,
    log,
  });
  workerId = worker.workerId;

  const pruneDeliveries = () =>
    pruneWebhookDeliveries(options.db, {
      retentionDays: settings.deliveryRetentionDays ?? DEFAULT_DELIVERY_RETENTION_DAYS,
      now: now(),
    });
  let pruneTimer: NodeJS.Timeout | undefined;
  let pruning: Promise<unknown> | undefined;
  const pruneInBackground = () => {
    // Every process prunes: the same DELETE twice costs a little and needs no leader.
    pruning = pruneDeliveries().catch((error: unknown) =>
      log.error({ err: error }, 'webhook delivery log could not be pruned'),
    );
  };
  return {
    ...worker,
    pruneDeliveries,
    start: () => {
      worker.start();
      if (pruneTimer) return;
      pruneInBackground();
      pruneTimer = setInterval(pruneInBackground, options.pruneIntervalMs ?? 60 * 60 * 1000);
      pruneTimer.unref();
    },
    stop: async () => {
      clearInterval(pruneTimer);
      pruneTimer = undefined;
      await Promise.all([worker.stop(), pruning]);
    },
  };
}
