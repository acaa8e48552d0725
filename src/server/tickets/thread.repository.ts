import { and, asc, eq, sql } from 'drizzle-orm';
import { foldForSearch } from '../../shared/tickets/search-text.js';
import type { NewAuditEntry } from '../audit/audit.repository.js';
import { barePlaceholders, jsonText, suffixedValues } from '../db/bare-placeholders.js';
import type { Database, Executor } from '../db/database.js';
import { preparedStatement } from '../db/prepared-statements.js';
import {
  attachments,
  auditEntries,
  messages,
  ticketEvents,
  ticketReads,
  ticketSearch,
  users,
} from '../db/schema.js';
import { writingWithQuery } from '../db/writing-with-query.js';

export type MessageRow = typeof messages.$inferSelect;
export type TicketEventRow = typeof ticketEvents.$inferSelect;

const newMessageColumns = [
  'ticketId',
  'companyId',
  'authorId',
  'body',
  'isInternal',
  'inboundEmailId',
  'refusedFiles',
  'mentionedUserIds',
  'createdAt',
] as const;

/** A message as a ticket's thread receives it: every column it may set, null when unset. */
export type NewMessage = Pick<MessageRow, (typeof newMessageColumns)[number]>;

export async function insertMessage(
  db: Executor,
  values: typeof messages.$inferInsert,
): Promise<MessageRow> {
  const [row] = await db.insert(messages).values(values).returning();
  return row!;
}

/**
 * Writes a message with what always comes with it, in one statement rather than a
 * round trip each: its text made findable, folded as search folds (not an internal
 * note's: customers would find tickets by words they cannot see), and the author's
 * read mark (one's own message is no news to oneself).
 */
export async function insertMessageSeenAndFound(
  db: Executor,
  values: NewMessage,
): Promise<MessageRow> {
  const statement = preparedStatement(db, 'insert-message-seen-and-found', (name) => {
    const { searchText } = barePlaceholders(['searchText']);
    const written = db
      .$with('written')
      .as(db.insert(messages).values(barePlaceholders(newMessageColumns)).returning());
    // Column names written out: these are two fixed statements, easier read as SQL.
    const found = db.$with('found').as(
      writingWithQuery(sql`
        insert into ${ticketSearch} (ticket_id, company_id, message_id, text)
        select ticket_id, company_id, id, ${searchText}::text from ${written}
        where ${searchText}::text is not null`),
    );
    const seen = db.$with('seen').as(
      writingWithQuery(sql`
        insert into ${ticketReads} (user_id, ticket_id, read_at)
        select author_id, ticket_id, created_at from ${written}
        on conflict (user_id, ticket_id)
        do update set read_at = greatest(${ticketReads.readAt}, excluded.read_at)`),
    );
    return db.with(written, found, seen).select().from(written).prepare(name);
  });
  const [row] = await statement.execute({
    ...values,
    refusedFiles: jsonText(values.refusedFiles),
    searchText: values.isInternal ? null : foldForSearch(values.body),
  });
  return row!;
}

export async function insertTicketEvent(
  db: Executor,
  values: typeof ticketEvents.$inferInsert,
): Promise<TicketEventRow> {
  const [row] = await db.insert(ticketEvents).values(values).returning();
  return row!;
}

const auditedEventColumns = [
  'ticketId',
  'companyId',
  'actorId',
  'kind',
  'data',
  'createdAt',
] as const;
const eventAuditColumns = [
  'action',
  'actorUserId',
  'companyId',
  'entityType',
  'entityId',
  'data',
  'ip',
  'userAgent',
  'apiTokenId',
] as const;

/** A ticket's event as written with its audit entry: every column it sets. */
export type AuditedTicketEvent = Pick<TicketEventRow, (typeof auditedEventColumns)[number]>;
/** Its audit entry: every column it sets, null when unset. */
export type EventAuditEntry = {
  [K in (typeof eventAuditColumns)[number]]-?: Exclude<NewAuditEntry[K], undefined> | null;
} & { action: NewAuditEntry['action'] };

/**
 * Writes a ticket's event and its audit entry in one statement (one round trip,
 * not one each), prepared: every status change sends the same one.
 */
export async function insertAuditedTicketEvent(
  db: Executor,
  event: AuditedTicketEvent,
  audit: EventAuditEntry,
): Promise<TicketEventRow> {
  const statement = preparedStatement(db, 'insert-audited-ticket-event', (name) => {
    const written = db
      .$with('written_event')
      .as(
        db.insert(ticketEvents).values(barePlaceholders(auditedEventColumns, '_event')).returning(),
      );
    const audited = db
      .$with('written_audit')
      .as(
        writingWithQuery(
          db.insert(auditEntries).values(barePlaceholders(eventAuditColumns, '_audit')),
        ),
      );
    return db.with(written, audited).select().from(written).prepare(name);
  });
  const [row] = await statement.execute({
    ...suffixedValues({ ...event, data: jsonText(event.data) }, '_event'),
    ...suffixedValues({ ...audit, data: jsonText(audit.data) }, '_audit'),
  });
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
