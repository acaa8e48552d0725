import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { companies, ledgerEntries, packages, subscriptions } from '../db/schema.js';

/** The active subscriptions of some companies, with their package and the company's clock. */
export function listActiveSubscriptionsOf(db: Executor, companyIds: readonly string[]) {
  if (companyIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      subscription: subscriptions,
      package: packages,
      timeZone: companies.timeZone,
    })
    .from(subscriptions)
    .innerJoin(packages, eq(packages.id, subscriptions.packageId))
    .innerJoin(companies, eq(companies.id, subscriptions.companyId))
    .where(
      and(inArray(subscriptions.companyId, [...companyIds]), eq(subscriptions.status, 'active')),
    );
}

/** One subscription's period, as the ledger sum needs it. */
export interface PeriodOfSubscription {
  subscriptionId: string;
  start: Date;
  end: Date | null;
}

/**
 * The ledger's minutes of each subscription within its own period, in one statement
 * (the periods as a VALUES list joined to the ledger): the same lines sumByInterval
 * would add up (start ≤ charged_at < end), without loading them.
 */
export async function sumLedgerMinutesInPeriods(
  db: Executor,
  periods: readonly PeriodOfSubscription[],
): Promise<Map<string, number>> {
  if (periods.length === 0) return new Map();
  const rows: SQL[] = periods.map(
    (period) =>
      sql`(${period.subscriptionId}::uuid, ${period.start.toISOString()}::timestamptz, ${period.end?.toISOString() ?? null}::timestamptz)`,
  );
  const result = await db
    .select({
      subscriptionId: sql<string>`p.subscription_id`,
      minutes: sql<number>`coalesce(sum(${ledgerEntries.minutes}), 0)::int`,
    })
    .from(sql`(values ${sql.join(rows, sql`, `)}) as p(subscription_id, period_start, period_end)`)
    .leftJoin(
      ledgerEntries,
      sql`${ledgerEntries.subscriptionId} = p.subscription_id and ${ledgerEntries.chargedAt} >= p.period_start and (p.period_end is null or ${ledgerEntries.chargedAt} < p.period_end)`,
    )
    .groupBy(sql`p.subscription_id`);
  return new Map(result.map((row) => [row.subscriptionId, Number(row.minutes)]));
}
