import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { StatusMove } from '../../shared/targets/ticket-due.js';
import type { TicketStatus } from '../../shared/tickets/ticket-status.js';
import type { Executor } from '../db/database.js';
import { preparedStatement } from '../db/prepared-statements.js';
import { packages, subscriptions, ticketEvents, tickets } from '../db/schema.js';

/** What a package promises, for the ticket charged to a subscription of it. */
export async function packageTermsOfSubscription(db: Executor, subscriptionId: string) {
  const [row] = await db
    .select({
      firstResponseTargetHours: packages.firstResponseTargetHours,
      resolutionTargetHours: packages.resolutionTargetHours,
      businessHoursStart: packages.businessHoursStart,
      businessHoursEnd: packages.businessHoursEnd,
    })
    .from(subscriptions)
    .innerJoin(packages, eq(packages.id, subscriptions.packageId))
    .where(eq(subscriptions.id, subscriptionId))
    .limit(1);
  return row;
}

/** A ticket's status moves in the order they happened (the thread's status events). */
export async function statusMovesOfTicket(db: Executor, ticketId: string): Promise<StatusMove[]> {
  const rows = await db
    .select({ at: ticketEvents.createdAt, data: ticketEvents.data })
    .from(ticketEvents)
    .where(
      and(
        eq(ticketEvents.ticketId, ticketId),
        inArray(ticketEvents.kind, ['status_changed', 'closed', 'reopened']),
      ),
    )
    .orderBy(asc(ticketEvents.createdAt), asc(ticketEvents.seq));
  return rows.map((row) => ({
    at: row.at,
    from: row.data.from as TicketStatus,
    to: row.data.to as TicketStatus,
  }));
}

/** Writes a ticket's due instants. */
export async function writeTicketDueTimes(
  db: Executor,
  ticketId: string,
  due: { firstResponseDueAt: Date | null; resolutionDueAt: Date | null },
): Promise<void> {
  await db.update(tickets).set(due).where(eq(tickets.id, ticketId));
}

/** The ticket's own columns the due times are worked out from. */
export async function ticketTimingOf(db: Executor, ticketId: string) {
  // With its package's targets in the same statement: a status move of a busy ticket
  // pays one round trip for this, not two; prepared, as every status move asks.
  const statement = preparedStatement(db, 'ticket-timing', (name) =>
    db
      .select({
        createdAt: tickets.createdAt,
        subscriptionId: tickets.subscriptionId,
        firstResponseDueAt: tickets.firstResponseDueAt,
        resolutionDueAt: tickets.resolutionDueAt,
        firstResponseTargetHours: packages.firstResponseTargetHours,
        resolutionTargetHours: packages.resolutionTargetHours,
        businessHoursStart: packages.businessHoursStart,
        businessHoursEnd: packages.businessHoursEnd,
      })
      .from(tickets)
      .leftJoin(subscriptions, eq(subscriptions.id, tickets.subscriptionId))
      .leftJoin(packages, eq(packages.id, subscriptions.packageId))
      .where(eq(tickets.id, sql.placeholder('ticketId')))
      .prepare(name),
  );
  const [row] = await statement.execute({ ticketId });
  return row;
}

const ATHENS = sql.raw("'Europe/Athens'");
const monthOf = (column: AnyPgColumn) =>
  sql<string>`to_char(${column} at time zone ${ATHENS}, 'YYYY-MM')`;

/**
 * Each target as met or breached: met when answered (closed) by its due time; breached
 * when answered late or still unanswered past it (a resolution clock waiting for the
 * customer is paused, so not breached). Neither while it is still running in time.
 */
function targetOutcomes(now: Date) {
  const at = sql`${now.toISOString()}::timestamptz`;
  return {
    firstResponse: {
      due: tickets.firstResponseDueAt,
      metAt: sql<Date | null>`coalesce(${tickets.firstRespondedAt}, ${tickets.closedAt})`,
      isMet: sql`coalesce(${tickets.firstRespondedAt}, ${tickets.closedAt}) <= ${tickets.firstResponseDueAt}`,
      isBreached: sql`coalesce(${tickets.firstRespondedAt}, ${tickets.closedAt}, ${at}) > ${tickets.firstResponseDueAt}`,
    },
    resolution: {
      due: tickets.resolutionDueAt,
      metAt: sql<Date | null>`${tickets.closedAt}`,
      isMet: sql`${tickets.closedAt} <= ${tickets.resolutionDueAt}`,
      isBreached: sql`(${tickets.closedAt} > ${tickets.resolutionDueAt} or (${tickets.closedAt} is null and ${tickets.status} <> 'waiting_customer' and ${at} > ${tickets.resolutionDueAt}))`,
    },
  };
}

export type TargetKind = keyof ReturnType<typeof targetOutcomes>;
const TARGET_KINDS: TargetKind[] = ['firstResponse', 'resolution'];

/**
 * A package's targets met and breached per month (Athens time) of their due time,
 * over its subscriptions' tickets, from `fromMonth` ('YYYY-MM') on.
 */
export async function targetCountsOfPackage(
  db: Executor,
  packageId: string,
  fromMonth: string,
  now: Date,
) {
  const outcomes = targetOutcomes(now);
  const counts = await Promise.all(
    TARGET_KINDS.map(async (kind) => {
      const { due, isMet, isBreached } = outcomes[kind];
      const rows = await db
        .select({
          month: monthOf(due),
          met: sql<number>`count(*) filter (where ${isMet})`.mapWith(Number),
          breached: sql<number>`count(*) filter (where ${isBreached})`.mapWith(Number),
        })
        .from(tickets)
        .innerJoin(subscriptions, eq(subscriptions.id, tickets.subscriptionId))
        .where(and(eq(subscriptions.packageId, packageId), sql`${monthOf(due)} >= ${fromMonth}`))
        .groupBy(monthOf(due));
      return rows.map((row) => ({ kind, ...row }));
    }),
  );
  return counts.flat();
}

/** A company's targets breached with a due time in a month ('YYYY-MM', Athens time). */
export async function breachesOfCompany(db: Executor, companyId: string, month: string, now: Date) {
  const outcomes = targetOutcomes(now);
  const lists = await Promise.all(
    TARGET_KINDS.map(async (kind) => {
      const { due, metAt, isBreached } = outcomes[kind];
      const rows = await db
        .select({
          number: tickets.number,
          subject: tickets.subject,
          dueAt: sql<Date>`${due}`.mapWith(tickets.firstResponseDueAt),
          metAt: sql<Date | null>`${metAt}`.mapWith(tickets.firstResponseDueAt),
        })
        .from(tickets)
        .where(and(eq(tickets.companyId, companyId), sql`${monthOf(due)} = ${month}`, isBreached))
        .orderBy(asc(due));
      return rows.map((row) => ({ kind, ...row }));
    }),
  );
  return lists.flat().sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
