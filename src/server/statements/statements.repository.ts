import { and, desc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { companies, ledgerEntries, packages, statements, subscriptions } from '../db/schema.js';
import { selectLedgerViews } from '../ledger/ledger.repository.js';

export type StatementRow = typeof statements.$inferSelect;

/** Every subscription with its package and company, for the statement job. */
export async function listSubscriptionsForStatements(db: Executor) {
  return db
    .select({
      subscription: subscriptions,
      package: packages,
      company: {
        id: companies.id,
        name: sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})`,
        timeZone: companies.timeZone,
      },
    })
    .from(subscriptions)
    .innerJoin(packages, eq(packages.id, subscriptions.packageId))
    .innerJoin(companies, eq(companies.id, subscriptions.companyId));
}

/** Creates the statement of a period; undefined when it already exists (issued once, whoever races). */
export async function insertStatement(tx: Executor, values: typeof statements.$inferInsert) {
  const [row] = await tx.insert(statements).values(values).onConflictDoNothing().returning();
  return row;
}

export async function setStatementFigures(
  tx: Executor,
  id: string,
  figures: Record<string, unknown>,
): Promise<void> {
  await tx.update(statements).set({ figures }).where(eq(statements.id, id));
}

/**
 * Gives a statement every line of its subscription not yet on one, up to its
 * period: the period's own lines and later corrections of earlier periods.
 */
export async function claimLinesForStatement(
  tx: Executor,
  statementId: string,
  subscriptionId: string,
  periodStartDate: string,
): Promise<void> {
  await tx
    .update(ledgerEntries)
    .set({ statementId })
    .where(
      and(
        eq(ledgerEntries.subscriptionId, subscriptionId),
        isNull(ledgerEntries.statementId),
        lte(ledgerEntries.periodStartDate, periodStartDate),
      ),
    );
}

/** The lines a statement carries, with their tickets, in the order they were written. */
export async function listStatementLines(db: Executor, statementId: string) {
  return selectLedgerViews(db)
    .where(eq(ledgerEntries.statementId, statementId))
    .orderBy(ledgerEntries.createdAt, ledgerEntries.chargedAt, ledgerEntries.id);
}

export async function findStatementById(db: Executor, id: string) {
  const [row] = await db.select().from(statements).where(eq(statements.id, id)).limit(1);
  return row;
}

export async function findStatementOfPeriod(
  db: Executor,
  subscriptionId: string,
  periodStartDate: string,
) {
  const [row] = await db
    .select()
    .from(statements)
    .where(
      and(
        eq(statements.subscriptionId, subscriptionId),
        eq(statements.periodStartDate, periodStartDate),
      ),
    )
    .limit(1);
  return row;
}

/** A company's statements, newest period first. */
export async function listStatementsOfCompany(db: Executor, companyId: string) {
  return db
    .select()
    .from(statements)
    .where(eq(statements.companyId, companyId))
    .orderBy(desc(statements.periodStartDate), desc(statements.issuedAt));
}
