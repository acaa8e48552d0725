import { and, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/database.js';
import { preparedStatement } from '../db/prepared-statements.js';
import { ledgerEntries, packages, subscriptions, tickets, users } from '../db/schema.js';
import type { TicketScope } from '../policies/authorize.js';

export type LedgerEntryRow = typeof ledgerEntries.$inferSelect;
export type NewLedgerEntryRow = typeof ledgerEntries.$inferInsert;

/** Writes ledger lines, in the caller's transaction (the change's own). */
export async function insertLedgerEntries(
  tx: Executor,
  rows: readonly NewLedgerEntryRow[],
): Promise<LedgerEntryRow[]> {
  if (rows.length === 0) return [];
  return tx
    .insert(ledgerEntries)
    .values([...rows])
    .returning();
}

/** The signed minutes of some subscriptions placed at or after `since` (and before `until`). */
export async function listLedgerMinutes(
  db: Executor,
  subscriptionIds: readonly string[],
  since: Date,
  until?: Date,
) {
  if (subscriptionIds.length === 0) return [];
  return db
    .select({
      subscriptionId: ledgerEntries.subscriptionId,
      at: ledgerEntries.chargedAt,
      minutes: ledgerEntries.minutes,
      periodStartDate: ledgerEntries.periodStartDate,
    })
    .from(ledgerEntries)
    .where(placedBetween(subscriptionIds, since, until));
}

/** Lines of some subscriptions placed at or after `since` (and before `until`). */
const placedBetween = (subscriptionIds: readonly string[], since: Date, until?: Date) =>
  and(
    inArray(ledgerEntries.subscriptionId, [...subscriptionIds]),
    gte(ledgerEntries.chargedAt, since),
    until ? lt(ledgerEntries.chargedAt, until) : undefined,
  );

/**
 * Like listLedgerMinutes for every subscription of a company, but only the lines
 * placed at or after `itemizedFrom` one by one: those before (down to `since`) come
 * summed per subscription and period label, placed at the earliest of them. For a
 * chart of periods that also measures its latest ones by instant: years of lines
 * need not travel one by one.
 */
export async function listCompanyLedgerMinutesSummedBefore(
  db: Executor,
  companyId: string,
  since: Date,
  itemizedFrom: Date,
) {
  // Prepared (the central screen asks it on every view). The subscriptions are the
  // company's, found in SQL: given as an array of ids, PostgreSQL priced a plan for
  // the ids at hand below its generic one and planned the statement on every view.
  const statement = preparedStatement(db, 'ledger-minutes-summed-before', (name) => {
    const itemized = sql`case when ${ledgerEntries.chargedAt} >= ${sql.placeholder('itemizedFrom')} then ${ledgerEntries.id} end`;
    return db
      .select({
        subscriptionId: ledgerEntries.subscriptionId,
        at: sql<Date>`min(${ledgerEntries.chargedAt})`.mapWith(ledgerEntries.chargedAt),
        minutes: sql<number>`sum(${ledgerEntries.minutes})`.mapWith(Number),
        periodStartDate: ledgerEntries.periodStartDate,
      })
      .from(ledgerEntries)
      .where(
        and(
          inArray(
            ledgerEntries.subscriptionId,
            db
              .select({ id: subscriptions.id })
              .from(subscriptions)
              .where(eq(subscriptions.companyId, sql.placeholder('companyId'))),
          ),
          gte(ledgerEntries.chargedAt, sql.placeholder('since')),
        ),
      )
      .groupBy(ledgerEntries.subscriptionId, ledgerEntries.periodStartDate, itemized)
      .prepare(name);
  });
  return statement.execute({
    companyId,
    since: since.toISOString(),
    itemizedFrom: itemizedFrom.toISOString(),
  });
}

/** The ledger lines of one task, oldest first (the test support moves them with the task). */
export async function listLedgerEntriesOfTask(db: Executor, taskId: string) {
  return db
    .select()
    .from(ledgerEntries)
    .where(eq(ledgerEntries.taskId, taskId))
    .orderBy(ledgerEntries.createdAt);
}

/** The ledger lines of the tickets in scope (a member: the tickets they opened). */
export function ledgerScopeCondition(scope: TicketScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'company':
      return eq(ledgerEntries.companyId, scope.companyId);
    case 'requester':
      return and(
        eq(ledgerEntries.companyId, scope.companyId),
        eq(tickets.requesterId, scope.requesterId),
      );
  }
}

/** A ledger line with the names it is shown with. */
export const ledgerViewColumns = {
  entry: ledgerEntries,
  ticket: { number: tickets.number, subject: tickets.subject, requesterId: tickets.requesterId },
  packageName: packages.name,
  actor: { id: users.id, firstName: users.firstName, lastName: users.lastName, role: users.role },
};

export function selectLedgerViews(db: Executor) {
  return db
    .select(ledgerViewColumns)
    .from(ledgerEntries)
    .leftJoin(tickets, eq(tickets.id, ledgerEntries.ticketId))
    .innerJoin(subscriptions, eq(subscriptions.id, ledgerEntries.subscriptionId))
    .innerJoin(packages, eq(packages.id, subscriptions.packageId))
    .leftJoin(users, eq(users.id, ledgerEntries.actorUserId));
}
export type LedgerView = Awaited<ReturnType<typeof listLateLedgerEntries>>[number];

/**
 * Lines written after their period had ended (late corrections) of one company
 * since a moment, newest first; limited to the tickets in scope. Prepared once per
 * kind of scope and limit: the central screen asks it on every view.
 */
export async function listLateLedgerEntries(
  db: Database,
  companyId: string,
  scope: TicketScope,
  since: Date,
  limit: number,
) {
  const statement = preparedStatement(db, `late-ledger-lines:${scope.kind}:${limit}`, (name) =>
    selectLedgerViews(db)
      .where(
        and(
          eq(ledgerEntries.companyId, sql.placeholder('companyId')),
          eq(ledgerEntries.isLate, true),
          gte(ledgerEntries.createdAt, sql.placeholder('since')),
          scope.kind === 'requester'
            ? eq(tickets.requesterId, sql.placeholder('requesterId'))
            : undefined,
        ),
      )
      .orderBy(desc(ledgerEntries.createdAt), desc(ledgerEntries.id))
      // In the text: a generic plan prices an unknown LIMIT as a tenth of the table.
      .limit(sql.raw(String(Math.trunc(limit))) as unknown as number)
      .prepare(name),
  );
  // The company is the scope's for a customer (ledgerScopeCondition), the one asked for by staff.
  if (scope.kind !== 'all' && scope.companyId !== companyId) return [];
  return statement.execute({
    companyId,
    since: since.toISOString(),
    requesterId: scope.kind === 'requester' ? scope.requesterId : undefined,
  });
}

/** What «Κίνηση ωρών» may be filtered by; the company and the scope always apply. */
export interface LedgerFilter {
  companyId: string;
  scope: TicketScope;
  subscriptionId?: string | undefined;
  periodStartDate?: string | undefined;
  ticketNumber?: number | undefined;
}

function ledgerConditions(filter: LedgerFilter) {
  return and(
    eq(ledgerEntries.companyId, filter.companyId),
    ledgerScopeCondition(filter.scope),
    filter.subscriptionId ? eq(ledgerEntries.subscriptionId, filter.subscriptionId) : undefined,
    filter.periodStartDate ? eq(ledgerEntries.periodStartDate, filter.periodStartDate) : undefined,
    filter.ticketNumber ? eq(tickets.number, filter.ticketNumber) : undefined,
  );
}

/** A page of lines, newest first, with how many match and their net minutes. */
export async function listLedgerViews(
  db: Executor,
  filter: LedgerFilter,
  page: { limit: number; offset: number },
) {
  const where = ledgerConditions(filter);
  const [items, [totals]] = await Promise.all([
    selectLedgerViews(db)
      .where(where)
      .orderBy(desc(ledgerEntries.createdAt), desc(ledgerEntries.chargedAt), desc(ledgerEntries.id))
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({
        total: sql<number>`count(*)::int`,
        minutes: sql<number>`coalesce(sum(${ledgerEntries.minutes}), 0)::int`,
      })
      .from(ledgerEntries)
      .leftJoin(tickets, eq(tickets.id, ledgerEntries.ticketId))
      .where(where),
  ]);
  return { items, total: totals?.total ?? 0, totalMinutes: totals?.minutes ?? 0 };
}

/** The periods that have lines in scope, newest first, for the filter. */
export async function listLedgerPeriods(db: Executor, companyId: string, scope: TicketScope) {
  return db
    .selectDistinct({
      subscriptionId: ledgerEntries.subscriptionId,
      packageName: packages.name,
      periodStartDate: ledgerEntries.periodStartDate,
      periodLastDate: ledgerEntries.periodLastDate,
    })
    .from(ledgerEntries)
    .leftJoin(tickets, eq(tickets.id, ledgerEntries.ticketId))
    .innerJoin(subscriptions, eq(subscriptions.id, ledgerEntries.subscriptionId))
    .innerJoin(packages, eq(packages.id, subscriptions.packageId))
    .where(and(eq(ledgerEntries.companyId, companyId), ledgerScopeCondition(scope)))
    .orderBy(desc(ledgerEntries.periodStartDate), packages.name);
}

/** One line with its names; the caller decides who may see it. */
export async function findLedgerView(db: Executor, id: string) {
  const [row] = await selectLedgerViews(db).where(eq(ledgerEntries.id, id)).limit(1);
  return row;
}
