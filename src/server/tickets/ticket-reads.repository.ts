import { and, eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/database.js';
import { preparedStatement } from '../db/prepared-statements.js';
import { ticketReads } from '../db/schema.js';

/** Records that a person has seen a ticket as it was at `at` (never moves back in time). */
export async function markTicketRead(
  db: Executor,
  userId: string,
  ticketId: string,
  at: Date,
): Promise<void> {
  await db
    .insert(ticketReads)
    .values({ userId, ticketId, readAt: at })
    .onConflictDoUpdate({
      target: [ticketReads.userId, ticketReads.ticketId],
      set: { readAt: sql`greatest(${ticketReads.readAt}, excluded.read_at)` },
    });
}

/**
 * Until when a person has seen each of some tickets: their last look, or the day
 * unread marks began for them (`newsSince`, users.news_since), whichever is later.
 */
export async function seenUntil(
  db: Database,
  reader: { id: string; newsSince: Date },
  ticketIds: string[],
): Promise<(ticketId: string) => Date> {
  const { id: userId, newsSince: floor } = reader;
  const reads = ticketIds.length
    ? await preparedStatement(db, 'ticket-reads-of', (name) =>
        db
          .select({ ticketId: ticketReads.ticketId, readAt: ticketReads.readAt })
          .from(ticketReads)
          .where(
            and(
              eq(ticketReads.userId, sql.placeholder('userId')),
              // One array parameter, not one per ticket: the same statement for any page size.
              sql`${ticketReads.ticketId} = any(cast(${sql.placeholder('ticketIds')} as uuid[]))`,
            ),
          )
          .prepare(name),
      ).execute({ userId, ticketIds })
    : [];
  const readAt = new Map(reads.map((read) => [read.ticketId, read.readAt]));
  return (ticketId) => {
    const read = readAt.get(ticketId);
    return read && read > floor ? read : floor;
  };
}
