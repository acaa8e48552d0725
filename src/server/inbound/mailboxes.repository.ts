import { and, asc, count, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { inboundEmails, mailboxes } from '../db/schema.js';

export type MailboxRow = typeof mailboxes.$inferSelect;
export type NewMailbox = typeof mailboxes.$inferInsert;

/** Every mailbox with how many of its mails failed and wait for a retry; oldest first. */
export async function listMailboxes(db: Executor) {
  const failed = db
    .select({ mailboxId: inboundEmails.mailboxId, failedCount: count().as('failed_count') })
    .from(inboundEmails)
    .where(eq(inboundEmails.status, 'failed'))
    .groupBy(inboundEmails.mailboxId)
    .as('failed');
  return db
    .select({
      mailbox: mailboxes,
      failedCount: sql<number>`coalesce(${failed.failedCount}, 0)::int`,
    })
    .from(mailboxes)
    .leftJoin(failed, eq(failed.mailboxId, mailboxes.id))
    .orderBy(asc(mailboxes.createdAt), asc(mailboxes.id));
}

export async function listActiveMailboxIds(db: Executor): Promise<string[]> {
  const rows = await db
    .select({ id: mailboxes.id })
    .from(mailboxes)
    .where(eq(mailboxes.isActive, true))
    .orderBy(asc(mailboxes.createdAt));
  return rows.map((row) => row.id);
}

export async function findMailbox(db: Executor, id: string): Promise<MailboxRow | undefined> {
  const [row] = await db.select().from(mailboxes).where(eq(mailboxes.id, id)).limit(1);
  return row;
}

export async function insertMailbox(db: Executor, values: NewMailbox): Promise<MailboxRow> {
  const [row] = await db.insert(mailboxes).values(values).returning();
  return row!;
}

export async function updateMailbox(
  db: Executor,
  id: string,
  values: Partial<NewMailbox>,
): Promise<MailboxRow | undefined> {
  const [row] = await db
    .update(mailboxes)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(mailboxes.id, id))
    .returning();
  return row;
}

export async function deleteMailbox(db: Executor, id: string): Promise<boolean> {
  const rows = await db
    .delete(mailboxes)
    .where(eq(mailboxes.id, id))
    .returning({ id: mailboxes.id });
  return rows.length > 0;
}

/** Writes the IMAP_* mailbox (one row with source 'environment'), as the variables say now. */
export async function upsertEnvironmentMailbox(
  db: Executor,
  values: Omit<NewMailbox, 'source'>,
): Promise<void> {
  await db
    .insert(mailboxes)
    .values({ ...values, source: 'environment' })
    .onConflictDoUpdate({
      target: mailboxes.source,
      targetWhere: sql`${mailboxes.source} = 'environment'`,
      set: { ...values, updatedAt: new Date() },
    });
}

/** Removes the IMAP_* mailbox once the variables are gone. */
export async function deleteEnvironmentMailbox(db: Executor): Promise<void> {
  await db.delete(mailboxes).where(eq(mailboxes.source, 'environment'));
}

/**
 * The address customers' answers should go to (every email's Reply-To): the first
 * active mailbox's, the one from the environment first; null with no mailbox.
 */
export async function findReplyToAddress(db: Executor): Promise<string | null> {
  const [row] = await db
    .select({ address: mailboxes.address })
    .from(mailboxes)
    .where(eq(mailboxes.isActive, true))
    .orderBy(sql`${mailboxes.source} = 'environment' desc`, asc(mailboxes.createdAt))
    .limit(1);
  return row?.address ?? null;
}

/** Every mailbox's address: mail from one of them is our own, never a customer's. */
export async function listMailboxAddresses(db: Executor): Promise<string[]> {
  const rows = await db.select({ address: mailboxes.address }).from(mailboxes);
  return rows.map((row) => row.address.toLowerCase());
}

/**
 * Takes the right to poll a mailbox until `until`, unless another process holds
 * it: one UPDATE, so two processes never poll the same mailbox at once. Renewing
 * one's own lease is the same call.
 */
export async function claimPollLease(
  db: Executor,
  id: string,
  now: Date,
  until: Date,
  heldUntil: Date | null = null,
): Promise<boolean> {
  const rows = await db
    .update(mailboxes)
    .set({ pollLeaseUntil: until })
    .where(
      and(
        eq(mailboxes.id, id),
        eq(mailboxes.isActive, true),
        or(
          isNull(mailboxes.pollLeaseUntil),
          lt(mailboxes.pollLeaseUntil, now),
          heldUntil ? eq(mailboxes.pollLeaseUntil, heldUntil) : undefined,
        ),
      ),
    )
    .returning({ id: mailboxes.id });
  return rows.length > 0;
}

/** Ends a poll: frees the lease and records how it went (an error, or none). */
export async function finishPoll(
  db: Executor,
  id: string,
  now: Date,
  error: { code: string; detail: string } | null,
): Promise<void> {
  await db
    .update(mailboxes)
    .set({
      pollLeaseUntil: null,
      lastPolledAt: now,
      lastErrorCode: error?.code ?? null,
      lastErrorDetail: error?.detail ?? null,
      lastErrorAt: error ? now : null,
    })
    .where(eq(mailboxes.id, id));
}
