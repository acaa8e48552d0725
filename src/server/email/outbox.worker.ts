import type { Database } from '../db/database.js';
import { findReplyToAddress } from '../inbound/mailboxes.repository.js';
import { withoutSecrets } from './email-kinds.js';
import type { MailTransport } from './mail-transport.js';
import {
  claimDueEmails,
  markEmailAttemptFailed,
  markEmailSent,
  type OutboxEmailRow,
} from './outbox.repository.js';
import { outgoingEmailOf } from './outgoing-email.js';
import type { SiteInfo } from './templates/layout.js';

/** The few log calls the worker makes (Fastify's logger fits). */
export interface WorkerLog {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

export interface OutboxWorkerOptions {
  db: Database;
  transport: MailTransport;
  from: string;
  site: SiteInfo;
  maxAttempts: number;
  /** How often to look for due emails when the queue is empty (default 5 s). */
  pollIntervalMs?: number;
  /** Emails claimed per round (default 20). */
  batchSize?: number;
  /** How long a claim holds an email before another worker may take it (default 10 min, far above SMTP timeouts). */
  leaseMs?: number;
  /** Wait before the next try after `attempt` tries failed (default 30 s doubling, at most 1 h). */
  retryDelayMs?: (attempt: number) => number;
  /** The clock; tests move it to make retries due. */
  now?: () => Date;
  log?: WorkerLog;
}

export interface RoundResult {
  sent: number;
  /** Failed this time, to be tried again later. */
  retrying: number;
  /** Failed for the last time: now shown as failed to admins. */
  failed: number;
}

export interface OutboxWorker {
  /** Claims and sends one batch of due emails. */
  runOnce(): Promise<RoundResult>;
  /** Sends in the background until `stop()`. */
  start(): void;
  /** Stops polling and waits for the round in progress. */
  stop(): Promise<void>;
}

export const defaultRetryDelayMs = (attempt: number): number =>
  Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 60 * 60 * 1000);

const silentLog: WorkerLog = { info: () => {}, warn: () => {}, error: () => {} };

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 1000);
}

/** The outbox worker: sends pending emails, retries with backoff, gives up after maxAttempts. */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? silentLog;
  const batchSize = options.batchSize ?? 20;
  const leaseMs = options.leaseMs ?? 10 * 60 * 1000;
  const retryDelayMs = options.retryDelayMs ?? defaultRetryDelayMs;
  const pollIntervalMs = options.pollIntervalMs ?? 5000;

  async function deliver(row: OutboxEmailRow, replyTo: string | null): Promise<keyof RoundResult> {
    const email = outgoingEmailOf(row, options.from, options.site, replyTo);
    try {
      await options.transport.send(email);
    } catch (error) {
      const isLastTry = row.attempts >= options.maxAttempts;
      const retryAt = isLastTry ? null : new Date(now().getTime() + retryDelayMs(row.attempts));
      await markEmailAttemptFailed(options.db, row.id, describeError(error), retryAt);
      log.warn(
        { emailId: row.id, kind: row.kind, attempts: row.attempts, err: error },
        isLastTry ? 'email failed for the last time' : 'email failed, will retry',
      );
      return isLastTry ? 'failed' : 'retrying';
    }
    // A file transport keeps the whole message on disk anyway; over SMTP a one-time link leaves the database.
    const data = options.transport.kind === 'smtp' ? withoutSecrets(row.kind, row.data) : row.data;
    await markEmailSent(options.db, row.id, {
      now: now(),
      data,
      via: options.transport.kind,
      messageIdHeader: email.messageId.slice(1, -1),
    });
    return 'sent';
  }

  async function runOnce(): Promise<RoundResult> {
    const at = now();
    const rows = await claimDueEmails(options.db, at, new Date(at.getTime() + leaseMs), batchSize);
    const result: RoundResult = { sent: 0, retrying: 0, failed: 0 };
    if (rows.length === 0) return result;
    // Asked each round: an admin may connect or change a support mailbox at any time.
    const replyTo = await findReplyToAddress(options.db);
    for (const row of rows) result[await deliver(row, replyTo)] += 1;
    return result;
  }

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let isStopped = true;

  function schedule(delayMs: number): void {
    if (isStopped) return;
    timer = setTimeout(() => {
      running = runOnce().then(
        (result) =>
          schedule(result.sent + result.retrying + result.failed >= batchSize ? 0 : pollIntervalMs),
        (error: unknown) => {
          // The database may be away for a moment; the emails wait in the outbox meanwhile.
          log.error({ err: error }, 'outbox worker round failed');
          schedule(pollIntervalMs);
        },
      );
    }, delayMs);
  }

  return {
    runOnce,
    start: () => {
      if (!isStopped) return;
      isStopped = false;
      schedule(0);
    },
    stop: async () => {
      isStopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
