import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { ledgerEntries } from '../db/schema.js';

/** A ledger line as the allocation reads it. */
export interface CompanyLedgerLine {
  id: string;
  subscriptionId: string;
  periodStartDate: string;
  chargedAt: Date;
  createdAt: Date;
  minutes: number;
  taskId: string | null;
}

/**
 * Every ledger line of a company, in the order it was written (the allocation's
 * order; lines of one transaction share an instant and are ordered by the allocation).
 */
export async function listCompanyLedgerLines(
  db: Executor,
  companyId: string,
): Promise<CompanyLedgerLine[]> {
  return db
    .select({
      id: ledgerEntries.id,
      subscriptionId: ledgerEntries.subscriptionId,
      periodStartDate: ledgerEntries.periodStartDate,
      chargedAt: ledgerEntries.chargedAt,
      createdAt: ledgerEntries.createdAt,
      minutes: ledgerEntries.minutes,
      taskId: ledgerEntries.taskId,
    })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.companyId, companyId))
    .orderBy(asc(ledgerEntries.createdAt), asc(ledgerEntries.id));
}
