import { and, asc, count, desc, eq, isNull, ne, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TICKET_SORTS } from '../../shared/api/tickets.js';
import type { TicketStatus } from '../../shared/tickets/ticket-status.js';
import type { Executor } from '../db/database.js';
import { companies, packages, subscriptions, tickets, users } from '../db/schema.js';
import type { TicketScope } from '../policies/authorize.js';
import { searchCondition } from './ticket-search.repository.js';

export type TicketRow = typeof tickets.$inferSelect;

const assignees = alias(users, 'assignees');

/** A ticket with the names it is shown with. */
const summaryColumns = {
  ticket: tickets,
  companyName: sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})`,
  requester: {
    id: users.id,
    firstName: users.firstName,
    lastName: users.lastName,
    role: users.role,
  },
  assignee: {
    id: assignees.id,
    firstName: assignees.firstName,
    lastName: assignees.lastName,
    role: assignees.role,
  },
  packageName: packages.name,
};

function selectSummaries(db: Executor) {
  return db
    .select(summaryColumns)
    .from(tickets)
    .innerJoin(companies, eq(companies.id, tickets.companyId))
    .innerJoin(users, eq(users.id, tickets.requesterId))
    .leftJoin(assignees, eq(assignees.id, tickets.assigneeId))
    .leftJoin(subscriptions, eq(subscriptions.id, tickets.subscriptionId))
    .leftJoin(packages, eq(packages.id, subscriptions.packageId));
}

export type TicketSummaryRow = Awaited<ReturnType<typeof findTicketByNumber>> & {};

export async function insertTicket(
  db: Executor,
  values: typeof tickets.$inferInsert,
): Promise<TicketRow> {
  const [row] = await db.insert(tickets).values(values).returning();
  return row!;
}

/** One ticket by its number, with its names; the caller decides who may see it. */
export async function findTicketByNumber(db: Executor, number: number) {
  const [row] = await selectSummaries(db).where(eq(tickets.number, number)).limit(1);
  return row;
}

/** One ticket's own row by id (no names), e.g. for a reply that came by email. */
export async function findTicketRowById(db: Executor, id: string): Promise<TicketRow | undefined> {
  const [row] = await db.select().from(tickets).where(eq(tickets.id, id)).limit(1);
  return row;
}

/** One ticket's own row by number (no names). */
export async function findTicketRowByNumber(
  db: Executor,
  number: number,
): Promise<TicketRow | undefined> {
  const [row] = await db.select().from(tickets).where(eq(tickets.number, number)).limit(1);
  return row;
}

/** Locks a ticket's row for the rest of the transaction, so concurrent changes queue. */
export async function lockTicket(db: Executor, id: string): Promise<TicketRow> {
  const [row] = await db.select().from(tickets).where(eq(tickets.id, id)).for('update');
  return row!;
}

/** The ticket's state after a change, as a reply answers with it. */
export const ticketStateColumns = {
  number: tickets.number,
  status: tickets.status,
  closedAt: tickets.closedAt,
  lastActivityAt: tickets.lastActivityAt,
  assigneeId: tickets.assigneeId,
};
export type TicketState = { [K in keyof typeof ticketStateColumns]: TicketRow[K] };

/** Changes a ticket in one UPDATE and returns its new state. */
export async function updateTicket(
  db: Executor,
  id: string,
  values: Partial<
    Pick<
      TicketRow,
      | 'status'
      | 'priority'
      | 'assigneeId'
      | 'closedAt'
      | 'lastActivityAt'
      | 'subscriptionId'
      | 'needsPackage'
    >
  >,
): Promise<TicketState> {
  const [state] = await db
    .update(tickets)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(tickets.id, id))
    .returning(ticketStateColumns);
  return state!;
}

export interface TicketFilters {
  state: 'open' | 'closed' | 'all';
  status?: TicketStatus;
  /** Already folded with foldForSearch. */
  search?: string;
  companyId?: string;
  assigneeId?: string;
  subscriptionId?: string;
  unassigned?: boolean;
  sort: (typeof TICKET_SORTS)[number];
  direction: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

function scopeCondition(scope: TicketScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'company':
      return eq(tickets.companyId, scope.companyId);
    case 'requester':
      return and(
        eq(tickets.companyId, scope.companyId),
        eq(tickets.requesterId, scope.requesterId),
      );
  }
}

function filterConditions(filters: TicketFilters): (SQL | undefined)[] {
  return [
    filters.state === 'open' ? ne(tickets.status, 'closed') : undefined,
    filters.state === 'closed' ? eq(tickets.status, 'closed') : undefined,
    filters.status ? eq(tickets.status, filters.status) : undefined,
    filters.search ? searchCondition(filters.search) : undefined,
    filters.companyId ? eq(tickets.companyId, filters.companyId) : undefined,
    filters.assigneeId ? eq(tickets.assigneeId, filters.assigneeId) : undefined,
    filters.subscriptionId ? eq(tickets.subscriptionId, filters.subscriptionId) : undefined,
    filters.unassigned ? isNull(tickets.assigneeId) : undefined,
  ];
}

const sortColumns = {
  lastActivity: tickets.lastActivityAt,
  created: tickets.createdAt,
  number: tickets.number,
  subject: tickets.subject,
} as const;

/**
 * Counting stops here: past it a list says "more than 1,000" instead of scanning
 * every match (40 pages of 25 is more than anyone pages through; counting 10,000
 * matches cost ~40 ms on the embedded database, against ~4 ms for 1,000).
 */
export const TICKET_COUNT_CAP = 1_000;

/**
 * A page of the tickets in scope that match the filters, and how many match (up
 * to the cap). The page is chosen on the tickets table alone and only its rows
 * are joined to names, so a deep page does not join every row it skips.
 */
export async function listTickets(db: Executor, scope: TicketScope, filters: TicketFilters) {
  const where = and(scopeCondition(scope), ...filterConditions(filters));
  const order = filters.direction === 'asc' ? asc : desc;
  const ordering = [order(sortColumns[filters.sort]), order(tickets.number)];
  const page = db
    .select({ id: tickets.id })
    .from(tickets)
    .where(where)
    .orderBy(...ordering)
    .limit(filters.pageSize)
    .offset((filters.page - 1) * filters.pageSize)
    .as('page');
  const matches = db
    .select({ one: sql`1` })
    .from(tickets)
    .where(where)
    .limit(TICKET_COUNT_CAP + 1)
    .as('matches');
  const [items, [counted]] = await Promise.all([
    selectSummaries(db)
      .innerJoin(page, eq(page.id, tickets.id))
      .orderBy(...ordering),
    db.select({ value: count() }).from(matches),
  ]);
  const total = counted?.value ?? 0;
  return {
    items,
    total: Math.min(total, TICKET_COUNT_CAP),
    isTotalCapped: total > TICKET_COUNT_CAP,
  };
}
