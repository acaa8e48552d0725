import { and, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
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
    })
    .from(ledgerEntries)
    .where(
      and(
        inArray(ledgerEntries.subscriptionId, [...subscriptionIds]),
        gte(ledgerEntries.chargedAt, since),
        until ? lt(ledgerEntries.chargedAt, until) : undefined,
      ),
    );
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
 * since a moment, newest first; limited to the tickets in scope.
 */
export async function listLateLedgerEntries(
  db: Executor,
  companyId: string,
  scope: TicketScope,
  since: Date,
  limit: number,
) {
  return selectLedgerViews(db)
    .where(
      and(
        eq(ledgerEntries.companyId, companyId),
        eq(ledgerEntries.isLate, true),
        gte(ledgerEntries.createdAt, since),
        ledgerScopeCondition(scope),
      ),
    )
    .orderBy(desc(ledgerEntries.createdAt), desc(ledgerEntries.id))
    .limit(limit);
}
