import { and, count, desc, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { companies, inboundEmails, mailboxes, tickets, users } from '../db/schema.js';

export type InboundEmailRow = typeof inboundEmails.$inferSelect;
export type NewInboundEmail = typeof inboundEmails.$inferInsert;

/** The record of a mail already read from this mailbox folder (the same UID within its UIDVALIDITY). */
export async function findInboundEmailByUid(
  db: Executor,
  mailboxId: string,
  uidValidity: number,
  uid: number,
): Promise<InboundEmailRow | undefined> {
  const [row] = await db
    .select()
    .from(inboundEmails)
    .where(
      and(
        eq(inboundEmails.mailboxId, mailboxId),
        eq(inboundEmails.uidValidity, uidValidity),
        eq(inboundEmails.uid, uid),
      ),
    )
    .limit(1);
  return row;
}

/** The mail that was acted on with this Message-ID (not a copy, not a failure), if any. */
export async function findActedOnByMessageId(
  db: Executor,
  messageIdHeader: string,
): Promise<InboundEmailRow | undefined> {
  const [row] = await db
    .select()
    .from(inboundEmails)
    .where(
      and(
        eq(inboundEmails.messageIdHeader, messageIdHeader),
        ne(inboundEmails.outcome, 'duplicate'),
        ne(inboundEmails.status, 'failed'),
      ),
    )
    .limit(1);
  return row;
}

/** Tickets that mails with these Message-IDs opened or replied to (a reply to a customer's own mail). */
export async function findTicketIdsOfInboundMessageIds(
  db: Executor,
  messageIds: string[],
): Promise<string[]> {
  if (messageIds.length === 0) return [];
  const rows = await db
    .select({ ticketId: inboundEmails.ticketId })
    .from(inboundEmails)
    .where(
      and(
        inArray(inboundEmails.messageIdHeader, messageIds),
        sql`${inboundEmails.ticketId} is not null`,
      ),
    );
  return rows.map((row) => row.ticketId!);
}

export async function insertInboundEmail(
  db: Executor,
  values: NewInboundEmail,
): Promise<InboundEmailRow> {
  const [row] = await db.insert(inboundEmails).values(values).returning();
  return row!;
}

export async function updateInboundEmail(
  db: Executor,
  id: string,
  values: Partial<NewInboundEmail>,
): Promise<void> {
  await db
    .update(inboundEmails)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(inboundEmails.id, id));
}

/** Records a mail that could not be processed: it stays in the mailbox until an admin retries it. */
export async function recordFailedInboundEmail(
  db: Executor,
  values: Omit<NewInboundEmail, 'status' | 'outcome'> & {
    mailboxId: string;
    uidValidity: number;
    uid: number;
  },
): Promise<void> {
  await db
    .insert(inboundEmails)
    .values({ ...values, status: 'failed', outcome: 'error' })
    .onConflictDoUpdate({
      target: [inboundEmails.mailboxId, inboundEmails.uidValidity, inboundEmails.uid],
      targetWhere: sql`${inboundEmails.uid} is not null`,
      set: {
        error: values.error,
        attempts: sql`${inboundEmails.attempts} + 1`,
        updatedAt: new Date(),
      },
    });
}

/** How many tickets a sender opened by email since a moment: the flood limit counts these. */
export async function countNewTicketsFrom(
  db: Executor,
  fromAddress: string,
  since: Date,
): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(inboundEmails)
    .where(
      and(
        eq(inboundEmails.fromAddress, fromAddress),
        eq(inboundEmails.outcome, 'new_ticket'),
        gte(inboundEmails.createdAt, since),
      ),
    );
  return row?.value ?? 0;
}

/** Held or failed mails, newest first, with their mailbox, ticket and a contact known by the address. */
export async function listInboundEmails(db: Executor, status: 'held' | 'failed', limit: number) {
  return db
    .select({
      email: inboundEmails,
      mailboxName: mailboxes.name,
      ticketNumber: tickets.number,
      contact: {
        id: users.id,
        firstName: users.firstName,
        lastName: users.lastName,
        companyId: users.companyId,
        companyName: sql<string | null>`coalesce(${companies.tradeName}, ${companies.legalName})`,
      },
    })
    .from(inboundEmails)
    .leftJoin(mailboxes, eq(mailboxes.id, inboundEmails.mailboxId))
    .leftJoin(tickets, eq(tickets.id, inboundEmails.ticketId))
    .leftJoin(
      users,
      and(
        sql`lower(${users.email}) = ${inboundEmails.fromAddress}`,
        sql`${users.companyId} is not null`,
      ),
    )
    .leftJoin(companies, eq(companies.id, users.companyId))
    .where(eq(inboundEmails.status, status))
    .orderBy(desc(inboundEmails.createdAt), desc(inboundEmails.id))
    .limit(limit);
}

export async function countInboundEmailsByStatus(db: Executor) {
  const rows = await db
    .select({ status: inboundEmails.status, value: count() })
    .from(inboundEmails)
    .where(inArray(inboundEmails.status, ['held', 'failed']))
    .groupBy(inboundEmails.status);
  return {
    held: rows.find((row) => row.status === 'held')?.value ?? 0,
    failed: rows.find((row) => row.status === 'failed')?.value ?? 0,
  };
}

export async function findInboundEmail(
  db: Executor,
  id: string,
): Promise<InboundEmailRow | undefined> {
  const [row] = await db.select().from(inboundEmails).where(eq(inboundEmails.id, id)).limit(1);
  return row;
}

/** Locks a held mail for a decision, so two staff cannot attach it twice. */
export async function lockHeldInboundEmail(
  db: Executor,
  id: string,
): Promise<InboundEmailRow | undefined> {
  const [row] = await db
    .select()
    .from(inboundEmails)
    .where(and(eq(inboundEmails.id, id), eq(inboundEmails.status, 'held')))
    .for('update')
    .limit(1);
  return row;
}

/** Forgets a failed mail's record, so that the next poll reads it again from the mailbox. */
export async function deleteFailedInboundEmail(db: Executor, id: string): Promise<boolean> {
  const rows = await db
    .delete(inboundEmails)
    .where(and(eq(inboundEmails.id, id), eq(inboundEmails.status, 'failed')))
    .returning({ id: inboundEmails.id });
  return rows.length > 0;
}
