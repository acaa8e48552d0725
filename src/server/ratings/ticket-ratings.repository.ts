import { and, desc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { RatingValue } from '../../shared/api/ticket-ratings.js';
import { DEFAULT_TIME_ZONE } from '../../shared/hours/hours.types.js';
import type { Executor } from '../db/database.js';
import { companies, ticketRatings, tickets, users } from '../db/schema.js';

export type TicketRatingRow = typeof ticketRatings.$inferSelect;

/** Opens a closing to rating (in the closing's transaction). */
export async function insertTicketRating(
  db: Executor,
  values: typeof ticketRatings.$inferInsert,
): Promise<TicketRatingRow> {
  const [row] = await db.insert(ticketRatings).values(values).returning();
  return row!;
}

/** The latest closing of a ticket, with the agent's name, or undefined if never closed. */
export async function findLatestClosing(db: Executor, ticketId: string) {
  const [row] = await db
    .select({
      rating: ticketRatings,
      agentFirstName: users.firstName,
      agentLastName: users.lastName,
    })
    .from(ticketRatings)
    .leftJoin(users, eq(users.id, ticketRatings.agentId))
    .where(eq(ticketRatings.ticketId, ticketId))
    .orderBy(desc(ticketRatings.closedAt))
    .limit(1);
  return row;
}

/** A closing by the hash of its link's token, with its ticket's number, subject and state. */
export async function findClosingByTokenHash(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({
      rating: ticketRatings,
      ticketNumber: tickets.number,
      subject: tickets.subject,
      ticketStatus: tickets.status,
      ticketClosedAt: tickets.closedAt,
    })
    .from(ticketRatings)
    .innerJoin(tickets, eq(tickets.id, ticketRatings.ticketId))
    .where(eq(ticketRatings.tokenHash, tokenHash))
    .limit(1);
  return row;
}

/**
 * Records a rating on a closing only if nobody rated it first (two tabs, or the
 * portal and the email link at once); false when it was already rated.
 */
export async function recordRating(
  db: Executor,
  id: string,
  values: { rating: RatingValue; comment: string | null; ratedById: string; ratedAt: Date },
): Promise<TicketRatingRow | undefined> {
  const [row] = await db
    .update(ticketRatings)
    .set(values)
    .where(and(eq(ticketRatings.id, id), isNull(ticketRatings.rating)))
    .returning();
  return row;
}

/** Counts of good and bad ratings per month of closing and per company or agent. */
export async function countRatingsByMonth(
  db: Executor,
  by: 'company' | 'agent',
  filter: { companyId?: string; months: number },
) {
  // A literal, not a parameter: the month expression must be the same text in SELECT and
  // GROUP BY, and two parameters ($1, $3) would make PostgreSQL see two expressions.
  const zone = sql.raw(`'${DEFAULT_TIME_ZONE}'`);
  const month = sql<string>`to_char(${ticketRatings.closedAt} at time zone ${zone}, 'YYYY-MM')`;
  const since = sql`${ticketRatings.closedAt} >= (date_trunc('month', now() at time zone ${zone}) - make_interval(months => ${filter.months - 1}::int)) at time zone ${zone}`;
  const conditions: SQL[] = [isNotNull(ticketRatings.rating), since];
  if (filter.companyId) conditions.push(eq(ticketRatings.companyId, filter.companyId));
  const good = sql<number>`count(*) filter (where ${ticketRatings.rating} = 'good')::int`;
  const bad = sql<number>`count(*) filter (where ${ticketRatings.rating} = 'bad')::int`;
  if (by === 'company') {
    const name = sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})`;
    return db
      .select({ month, id: ticketRatings.companyId, name, good, bad })
      .from(ticketRatings)
      .innerJoin(companies, eq(companies.id, ticketRatings.companyId))
      .where(and(...conditions))
      .groupBy(month, ticketRatings.companyId, companies.tradeName, companies.legalName)
      .orderBy(desc(month), name);
  }
  const name = sql<string | null>`${users.firstName} || ' ' || ${users.lastName}`;
  return db
    .select({ month, id: ticketRatings.agentId, name, good, bad })
    .from(ticketRatings)
    .leftJoin(users, eq(users.id, ticketRatings.agentId))
    .where(and(...conditions))
    .groupBy(month, ticketRatings.agentId, users.firstName, users.lastName)
    .orderBy(desc(month), name);
}
