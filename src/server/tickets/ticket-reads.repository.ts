import { type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/database.js';
import { preparedStatement } from '../db/prepared-statements.js';
import { ticketReads } from '../db/schema.js';

/** Records that a person has seen a ticket as it was at `at` (never moves back in time). */
export async function markTicketRead(
  db: Executor,
  userId: string,
  ticketId: string,
  at: Date,
): Promise<void> {
  // Prepared: every message and every look at a ticket writes one.
  const statement = preparedStatement(db, 'ticket-read', (name) =>
    db
      .insert(ticketReads)
      .values({
        userId: sql.placeholder('userId'),
        ticketId: sql.placeholder('ticketId'),
        readAt: sql.placeholder('at'),
      })
      .onConflictDoUpdate({
        target: [ticketReads.userId, ticketReads.ticketId],
        set: { readAt: sql`greatest(${ticketReads.readAt}, excluded.read_at)` },
      })
      .prepare(name),
  );
  await statement.execute({ userId, ticketId, at });
}

/** Until when a person has seen a ticket, given their last look at it (null: never). */
export function seenAt(reader: { newsSince: Date }, readAt: Date | null): Date {
  return readAt && readAt > reader.newsSince ? readAt : reader.newsSince;
}

/**
 * When a person last looked at each row's ticket, as a column of a list's own
 * statement (their read of it, found by its primary key).
 */
export function readAtOfTicket(ticketId: AnyPgColumn, userId: SQL | Placeholder | string) {
  return sql<Date | null>`(select ${ticketReads.readAt} from ${ticketReads} where ${ticketReads.userId} = ${userId} and ${ticketReads.ticketId} = ${ticketId})`.mapWith(
    ticketReads.readAt,
  );
}
