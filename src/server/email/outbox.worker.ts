import type { Database } from '../db/database.js';
import { findReplyToAddress } from '../inbound/mailboxes.repository.js';
import { createLeasedWorker, silentLog, type WorkerLog } from '../outbox/leased-worker.js';
import { withoutSecrets } from './email-kinds.js';
import type { MailTransport } from './mail-transport.js';
import {
  claimDueEmails,
  markEmailAttemptFailed,
  markEmailSent,
  type OutboxEmailRow,
  renewClaims,
} from './outbox.repository.js';
import { outgoingEmailOf } from './outgoing-email.js';
import type { SiteInfo } from './templates/layout.js';

export type { WorkerLog };

export interface OutboxWorkerOptions {
  db: Database;
  transport: MailTransport;
  from: string;
  site: SiteInfo;
  maxAttempts: number;
  /** How often to look for due emails when the queue is empty (default 5 s). */
  pollIntervalMs?: number;
  /**
   * Emails claimed per round (default 5): few, so that a round is short and
   * the emails it has not reached yet stay free for other processes.
   */
  batchSize?: number;
  /**
   * How long a claim holds an email before another worker may take it (default
   * 1 min): how long a crashed process's emails wait. A live worker renews it
   * every `heartbeatMs` while it sends, so a slow SMTP server never makes two
   * workers send one email.
   */
  leaseMs?: number;
  /** How often a round in progress renews its claims (default a third of the lease). */
  heartbeatMs?: number;
  /** Who claims, recorded on the emails it holds (default host, pid and a random part). */
  workerId?: string;
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
  readonly workerId: string;
  /** Claims and sends one batch of due emails. */
  runOnce(): Promise<RoundResult>;
  /** Renews the claims of the round in progress now (its timer does this every `heartbeatMs`). */
  heartbeat(): Promise<void>;
  /** Sends in the background until `stop()`. */
  start(): void;
  /** Stops polling and waits for the round in progress. */
  stop(): Promise<void>;
}

export const defaultRetryDelayMs = (attempt: number): number =>
  Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 60 * 60 * 1000);

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 1000);
}

/** The outbox worker: sends pending emails, retries with backoff, gives up after maxAttempts. */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? silentLog;
  const retryDelayMs = options.retryDelayMs ?? defaultRetryDelayMs;

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

  return createLeasedWorker({
    what: 'email',
    queue: {
      claim: (claim) => claimDueEmails(options.db, claim),
      renew: (workerId, ids, leaseUntil) => renewClaims(options.db, workerId, ids, leaseUntil),
    },
    // Asked each round: an admin may connect or change a support mailbox at any time.
    prepareRound: () => findReplyToAddress(options.db),
    handle: deliver,
    outcomes: ['sent', 'retrying', 'failed'],
    batchSize: options.batchSize ?? 5,
    leaseMs: options.leaseMs ?? 60 * 1000,
    heartbeatMs: options.heartbeatMs,
    pollIntervalMs: options.pollIntervalMs ?? 5000,
    workerId: options.workerId,
    now,
    log,
  });
}
