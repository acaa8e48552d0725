import { and, asc, eq, sql } from 'drizzle-orm';
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

/** What a thread shows of a file: its row's other columns stay in the database. */
export interface ThreadAttachment {
  id: string;
  fileName: string;
  sizeBytes: number;
  contentType: string;
}

/**
 * A message's files, as a column of the messages' own statement (found by the
 * files' message index) rather than a round trip of their own.
 */
const filesOfMessage = sql<ThreadAttachment[]>`coalesce((
  select json_agg(json_build_object(
    'id', ${attachments.id}, 'fileName', ${attachments.fileName},
    'sizeBytes', ${attachments.sizeBytes}, 'contentType', ${attachments.contentType})
    order by ${attachments.createdAt}, ${attachments.id})
  from ${attachments} where ${attachments.messageId} = ${messages.id}), '[]'::json)`;

/**
 * A ticket's messages in order, each with its files; internal notes only when
 * asked for (staff), and so their files too. A prepared statement per audience:
 * a ticket's page is read far more than written.
 */
export async function listMessages(db: Database, ticketId: string, includeInternal: boolean) {
  const statement = preparedStatement(
    db,
    `thread-messages:${includeInternal ? 'staff' : 'customer'}`,
    (name) =>
      db
        .select({ message: messages, author, attachments: filesOfMessage })
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
