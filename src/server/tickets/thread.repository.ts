import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { messages, ticketEvents, users } from '../db/schema.js';

export type MessageRow = typeof messages.$inferSelect;
export type TicketEventRow = typeof ticketEvents.$inferSelect;

export async function insertMessage(
  db: Executor,
  values: typeof messages.$inferInsert,
): Promise<MessageRow> {
  const [row] = await db.insert(messages).values(values).returning();
  return row!;
}

export async function insertTicketEvent(
  db: Executor,
  values: typeof ticketEvents.$inferInsert,
): Promise<TicketEventRow> {
  const [row] = await db.insert(ticketEvents).values(values).returning();
  return row!;
}

const author = {
  id: users.id,
  firstName: users.firstName,
  lastName: users.lastName,
  role: users.role,
};

/** A ticket's messages in order; internal notes only when asked for (staff). */
export async function listMessages(db: Executor, ticketId: string, includeInternal: boolean) {
  return db
    .select({ message: messages, author })
    .from(messages)
    .innerJoin(users, eq(users.id, messages.authorId))
    .where(
      and(
        eq(messages.ticketId, ticketId),
        includeInternal ? undefined : eq(messages.isInternal, false),
      ),
    )
    .orderBy(asc(messages.createdAt), asc(messages.id));
}

export async function listTicketEvents(db: Executor, ticketId: string) {
  return db
    .select({ event: ticketEvents, actor: author })
    .from(ticketEvents)
    .leftJoin(users, eq(users.id, ticketEvents.actorId))
    .where(eq(ticketEvents.ticketId, ticketId))
    .orderBy(asc(ticketEvents.createdAt), asc(ticketEvents.seq));
}
