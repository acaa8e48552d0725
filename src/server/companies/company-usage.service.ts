import type { CompanyUsage } from '../../shared/api/companies.js';
import { periodContaining, periodFigures, runningMinutesAt } from '../../shared/hours/index.js';
import { listRunningTimers } from '../dashboard/dashboard.repository.js';
import type { Executor } from '../db/database.js';
import { termsOf } from '../tasks/task-charge.js';
import {
  listActiveSubscriptionsOf,
  sumLedgerMinutesInPeriods,
} from './company-usage.repository.js';

/**
 * Each company's usage of its active packages in their current periods, for the staff
 * list: every package's figures by periodFigures (the ledger plus its running timers,
 * as everywhere else), then added up per company. A fixed three statements whatever
 * the number of companies (no query per company). Null for a company with no active package.
 */
export async function usageOfCompanies(
  db: Executor,
  companyIds: readonly string[],
  now: Date,
): Promise<Map<string, CompanyUsage>> {
  const rows = await listActiveSubscriptionsOf(db, companyIds);
  const current = rows.flatMap((row) => {
    const terms = termsOf(row.subscription, row.package);
    const period = periodContaining(terms, now, row.timeZone);
    return period ? [{ row, terms, period }] : [];
  });
  const ids = current.map(({ row }) => row.subscription.id);
  const [ledgerMinutes, timers] = await Promise.all([
    sumLedgerMinutesInPeriods(
      db,
      current.map(({ row, period }) => ({
        subscriptionId: row.subscription.id,
        start: period.start,
        end: period.end,
      })),
    ),
    listRunningTimers(db, ids),
  ]);
  const usage = new Map<string, CompanyUsage>();
  for (const { row, terms, period } of current) {
    const id = row.subscription.id;
    const running = runningMinutesAt(
      timers.filter((timer) => timer.subscriptionId === id),
      now,
      period,
    );
    const figures = periodFigures(terms.hoursPerPeriod, ledgerMinutes.get(id) ?? 0, running);
    const sum = usage.get(row.subscription.companyId) ?? {
      allowanceMinutes: 0,
      usedMinutes: 0,
      packageCount: 0,
    };
    usage.set(row.subscription.companyId, {
      allowanceMinutes: sum.allowanceMinutes + figures.allowanceMinutes,
      usedMinutes: sum.usedMinutes + figures.usedMinutes,
      packageCount: sum.packageCount + 1,
    });
  }
  return usage;
}
