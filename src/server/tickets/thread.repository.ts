import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/database.js';
import { preparedStatement } from '../db/prepared-statements.js';
import { attachments, messages, ticketEvents, users } from '../db/schema.js';

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

/**
 * A ticket's messages in order; internal notes only when asked for (staff). A
 * prepared statement per audience: a ticket's page is read far more than written.
 */
export async function listMessages(db: Database, ticketId: string, includeInternal: boolean) {
  const statement = preparedStatement(
    db,
    `thread-messages:${includeInternal ? 'staff' : 'customer'}`,
    (name) =>
      db
        .select({ message: messages, author })
        .from(messages)
        .innerJoin(users, eq(users.id, messages.authorId))
        .where(
          and(
            eq(messages.ticketId, sql.placeholder('ticketId')),
            // Written into the statement: the audience is its shape, not a parameter.
            includeInternal ? undefined : sql`${messages.isInternal} = false`,
          ),
        )
        .orderBy(asc(messages.createdAt), asc(messages.id))
        .prepare(name),
  );
  return statement.execute({ ticketId });
}

/** A ticket's events (status changes, assignments…) in order. */
export async function listTicketEvents(db: Database, ticketId: string) {
  const statement = preparedStatement(db, 'thread-events', (name) =>
    db
      .select({ event: ticketEvents, actor: author })
      .from(ticketEvents)
      .leftJoin(users, eq(users.id, ticketEvents.actorId))
      .where(eq(ticketEvents.ticketId, sql.placeholder('ticketId')))
      .orderBy(asc(ticketEvents.createdAt), asc(ticketEvents.seq))
      .prepare(name),
  );
  return statement.execute({ ticketId });
}

/**
 * The files of a ticket's messages, by the ticket (so it runs beside the messages,
 * not after them); the caller keeps those of the messages the reader may see.
 */
export async function listThreadAttachments(db: Database, ticketId: string) {
  const statement = preparedStatement(db, 'thread-attachments', (name) =>
    db
      .select()
      .from(attachments)
      .where(
        and(
          eq(attachments.ticketId, sql.placeholder('ticketId')),
          isNotNull(attachments.messageId),
        ),
      )
      .prepare(name),
  );
  return statement.execute({ ticketId });
}
