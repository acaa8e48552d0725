import type { MailboxPollResult } from '../../shared/api/mailboxes.js';
import type { WorkerLog } from '../email/outbox.worker.js';
import {
  ImapMailboxError,
  type ImapMailboxSession,
  type ImapSettings,
  openImapMailbox,
} from './imap-mailbox.js';
import {
  findInboundEmailByUid,
  recordFailedInboundEmail,
  updateInboundEmail,
} from './inbound-emails.repository.js';
import { type InboundDeps, processInboundEmail } from './inbound-processor.js';
import { decryptSecret } from './mailbox-secret.js';
import {
  claimPollLease,
  findMailbox,
  finishPoll,
  listActiveMailboxIds,
  type MailboxRow,
} from './mailboxes.repository.js';

/** Larger mails are not downloaded (a whole mail is read into memory): they wait for an admin. */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

/** How long one poll may hold a mailbox before another process may take over (renewed per mail). */
const LEASE_MS = 5 * 60 * 1000;

export interface PollerDeps extends InboundDeps {
  /** Opens a mailbox; tests put a session in between (one that fails at a chosen step). */
  openMailbox?: (settings: ImapSettings) => Promise<ImapMailboxSession>;
  log?: WorkerLog;
  now?: () => Date;
  /** Mails above this size are left in the mailbox as failed (default MAX_MESSAGE_BYTES). */
  maxMessageBytes?: number;
}

/** The IMAP settings of a stored mailbox, its password decrypted with the server's key. */
export function imapSettingsOf(mailbox: MailboxRow, secretKey: Buffer): ImapSettings {
  return {
    host: mailbox.host,
    port: mailbox.port,
    security: mailbox.security,
    user: mailbox.username,
    password: decryptSecret(secretKey, mailbox.passwordEncrypted),
    folder: mailbox.folder,
    processedFolder: mailbox.processedFolder,
  };
}

const describe = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, 1000);

const emptyResult = (polled: boolean): MailboxPollResult => ({
  polled,
  processed: 0,
  ignored: 0,
  held: 0,
  failed: 0,
  error: null,
});

/**
 * Reads a mailbox once. Each mail is processed and committed, then moved to the
 * processed folder; a mail whose record exists (a crash came between the two)
 * is only moved. A mail that fails is recorded and left in the mailbox until an
 * admin retries it. Only one process polls a mailbox at a time (a lease).
 */
export async function pollMailbox(deps: PollerDeps, mailboxId: string): Promise<MailboxPollResult> {
  const now = deps.now ?? (() => new Date());
  let leaseUntil = new Date(now().getTime() + LEASE_MS);
  if (!(await claimPollLease(deps.db, mailboxId, now(), leaseUntil))) return emptyResult(false);
  const result = emptyResult(true);
  let session: ImapMailboxSession | undefined;
  try {
    const mailbox = await findMailbox(deps.db, mailboxId);
    if (!mailbox) return result;
    const open = deps.openMailbox ?? openImapMailbox;
    session = await open(imapSettingsOf(mailbox, deps.config.inbound.secretKey));
    const uidValidity = Number(session.uidValidity);
    for (const { uid, size } of await session.list()) {
      const renewed = new Date(now().getTime() + LEASE_MS);
      if (!(await claimPollLease(deps.db, mailboxId, now(), renewed, leaseUntil))) break;
      leaseUntil = renewed;
      await readOne(deps, session, { mailboxId, uidValidity, uid, size }, result, now);
    }
    await finishPoll(deps.db, mailboxId, now(), null);
  } catch (error) {
    const failure =
      error instanceof ImapMailboxError
        ? { code: error.code, detail: error.detail }
        : { code: 'unknown' as const, detail: describe(error) };
    result.error = failure;
    deps.log?.warn({ mailboxId, err: error }, 'mailbox poll failed');
    await finishPoll(deps.db, mailboxId, now(), failure).catch(() => {});
  } finally {
    await session?.close().catch(() => {});
  }
  return result;
}

async function readOne(
  deps: PollerDeps,
  session: ImapMailboxSession,
  { size, ...source }: { mailboxId: string; uidValidity: number; uid: number; size: number },
  result: MailboxPollResult,
  now: () => Date,
): Promise<void> {
  const known = await findInboundEmailByUid(
    deps.db,
    source.mailboxId,
    source.uidValidity,
    source.uid,
  );
  if (known?.status === 'failed') return; // waits for an admin's retry
  const maxBytes = deps.maxMessageBytes ?? MAX_MESSAGE_BYTES;
  if (!known && size > maxBytes) {
    result.failed += 1;
    await recordFailedInboundEmail(deps.db, {
      ...source,
      error: `The mail is larger than ${maxBytes} bytes; it stays in the mailbox`,
      rawSizeBytes: size,
    });
    return;
  }
  if (!known) {
    // A lost connection throws out of the poll: the mail is untouched and read next time.
    const raw = await session.fetchSource(source.uid);
    try {
      const processed = await processInboundEmail(deps, source, raw, now());
      const bucket = processed.status === 'rejected' ? 'held' : processed.status;
      result[bucket] += 1;
    } catch (error) {
      result.failed += 1;
      deps.log?.error({ ...source, err: error }, 'an incoming email could not be processed');
      // If even this fails (the database is away), nothing is recorded and the mail is read again.
      await recordFailedInboundEmail(deps.db, {
        ...source,
        error: describe(error),
        rawSizeBytes: raw.length,
      }).catch(() => {});
      return;
    }
  }
  await session.moveToProcessed(source.uid);
  const record =
    known ??
    (await findInboundEmailByUid(deps.db, source.mailboxId, source.uidValidity, source.uid));
  if (record) await updateInboundEmail(deps.db, record.id, { movedAt: now() });
}

/** Polls every active mailbox in turn, every `intervalMs`, until stopped. */
export function createMailboxPoller(deps: PollerDeps & { intervalMs: number }) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let isStopped = true;

  async function pollAll(): Promise<void> {
    for (const id of await listActiveMailboxIds(deps.db)) {
      if (isStopped) return;
      await pollMailbox(deps, id);
    }
  }

  function schedule(delayMs: number): void {
    if (isStopped) return;
    timer = setTimeout(() => {
      running = pollAll()
        .catch((error: unknown) => deps.log?.error({ err: error }, 'mailbox polling failed'))
        .finally(() => schedule(deps.intervalMs));
    }, delayMs);
    timer.unref();
  }

  return {
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
