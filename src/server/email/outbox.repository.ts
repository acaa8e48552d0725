import { and, desc, eq, inArray } from 'drizzle-orm';
import type { MailTransportKind } from '../../shared/api/emails.js';
import type { Locale } from '../../shared/roles.js';
import { barePlaceholders, jsonText, suffixedValues } from '../db/bare-placeholders.js';
import type { Executor } from '../db/database.js';
import { preparedStatementIfRoom } from '../db/prepared-statements.js';
import { outboxEmails } from '../db/schema.js';
import { type ClaimRequest, dueNow, leasedQueries } from '../outbox/leased-queries.js';
import type { EmailData, EmailKind } from './email-kinds.js';

export type OutboxEmailRow = typeof outboxEmails.$inferSelect;
export type OutboxEmailStatus = OutboxEmailRow['status'];

/** One email to queue: typed data for its kind. */
export interface QueuedEmail<K extends EmailKind = EmailKind> {
  kind: K;
  recipientUserId: string | null;
  toAddress: string;
  locale: Locale;
  data: EmailData[K];
  /** The ticket it is about, so that it is threaded to it and an answer to it lands there. */
  ticketId?: string;
}

/** Up to this many emails at once go as a prepared statement (one for each count). */
const MOST_PREPARED_ROWS = 4;
const outboxColumns = [
  'nextAttemptAt',
  'kind',
  'recipientUserId',
  'toAddress',
  'locale',
  'data',
  'ticketId',
] as const;

/** Writes emails to the outbox, in the caller's transaction. */
export async function insertOutboxEmails(db: Executor, emails: QueuedEmail[]): Promise<void> {
  if (emails.length === 0) return;
  const nextAttemptAt = dueNow();
  const rows = emails.map((email) => ({
    nextAttemptAt,
    kind: email.kind,
    recipientUserId: email.recipientUserId,
    toAddress: email.toAddress,
    locale: email.locale,
    data: email.data as unknown as Record<string, unknown>,
    ticketId: email.ticketId ?? null,
  }));
  // Prepared, one statement for each count of emails (a reply's are few).
  const statement =
    rows.length <= MOST_PREPARED_ROWS
      ? preparedStatementIfRoom(db, `insert-outbox-emails:${rows.length}`, (name) =>
          db
            .insert(outboxEmails)
            .values(rows.map((_, index) => barePlaceholders(outboxColumns, `_${index}`)))
            .prepare(name),
        )
      : undefined;
  if (!statement) {
    await db.insert(outboxEmails).values(rows);
    return;
  }
  const values = rows.map((row, index) =>
    suffixedValues({ ...row, data: jsonText(row.data) }, `_${index}`),
  );
  await statement.execute(Object.assign({}, ...values));
}

const queries = leasedQueries(outboxEmails);

/** Claims up to `limit` due emails for one worker until `leaseUntil` (see leasedQueries). */
export const claimDueEmails = (db: Executor, claim: ClaimRequest): Promise<OutboxEmailRow[]> =>
  queries.claimDue(db, claim);

/** Extends the worker's lease on those of `ids` it still holds, and returns them. */
export const renewClaims = queries.renew;

/** At start on the embedded database (one process only): every claim is a dead process's. */
export const releaseAllClaims = queries.releaseAll;

/** Records a delivery (with the data to keep, secrets removed, and the Message-ID it left with). */
export async function markEmailSent(
  db: Executor,
  id: string,
  sent: {
    now: Date;
    data: Record<string, unknown>;
    via: MailTransportKind;
    messageIdHeader: string;
  },
): Promise<void> {
  await db
    .update(outboxEmails)
    .set({
      status: 'sent',
      claimedBy: null,
      sentAt: sent.now,
      sentVia: sent.via,
      lastError: null,
      data: sent.data,
      messageIdHeader: sent.messageIdHeader,
    })
    .where(eq(outboxEmails.id, id));
}

/** The sent emails with these Message-IDs (without <>), e.g. to find the ticket a reply answers. */
export async function findSentEmailsByMessageIds(
  db: Executor,
  messageIds: string[],
): Promise<Pick<OutboxEmailRow, 'id' | 'ticketId' | 'messageIdHeader' | 'toAddress'>[]> {
  if (messageIds.length === 0) return [];
  return db
    .select({
      id: outboxEmails.id,
      ticketId: outboxEmails.ticketId,
      messageIdHeader: outboxEmails.messageIdHeader,
      toAddress: outboxEmails.toAddress,
    })
    .from(outboxEmails)
    .where(inArray(outboxEmails.messageIdHeader, messageIds));
}

/** A bounce came back: the emails it names show as bounced, with the server's reason. */
export async function markEmailsBounced(
  db: Executor,
  ids: string[],
  reason: string,
): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db
    .update(outboxEmails)
    .set({ status: 'bounced', bounceReason: reason.slice(0, 1000) })
    .where(inArray(outboxEmails.id, ids))
    .returning({ id: outboxEmails.id });
  return rows.length;
}

/** Records a failed attempt: tried again at `retryAt`, or given up on when that is null. */
export async function markEmailAttemptFailed(
  db: Executor,
  id: string,
  error: string,
  retryAt: Date | null,
): Promise<void> {
  await db
    .update(outboxEmails)
    .set(
      retryAt
        ? { lastError: error, nextAttemptAt: retryAt, claimedBy: null }
        : { lastError: error, status: 'failed', claimedBy: null },
    )
    // Another worker may have sent it meanwhile (this one stalled past its lease): that stands.
    .where(and(eq(outboxEmails.id, id), eq(outboxEmails.status, 'pending')));
}

/** The newest emails of a status (or all), for the admin page. */
export async function listOutboxEmails(
  db: Executor,
  status: OutboxEmailStatus | undefined,
  limit: number,
): Promise<OutboxEmailRow[]> {
  return db
    .select()
    .from(outboxEmails)
    .where(status ? eq(outboxEmails.status, status) : undefined)
    .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
    .limit(limit);
}

export async function findOutboxEmail(
  db: Executor,
  id: string,
): Promise<OutboxEmailRow | undefined> {
  const [row] = await db.select().from(outboxEmails).where(eq(outboxEmails.id, id)).limit(1);
  return row;
}

/** Puts a failed email back in the queue with fresh attempts; undefined unless it had failed. */
export async function requeueFailedEmail(
  db: Executor,
  id: string,
  now: Date,
): Promise<OutboxEmailRow | undefined> {
  const [row] = await db
    .update(outboxEmails)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: now, claimedBy: null })
    .where(and(eq(outboxEmails.id, id), eq(outboxEmails.status, 'failed')))
    .returning();
  return row;
}
