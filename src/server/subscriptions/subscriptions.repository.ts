import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { packages, subscriptions } from '../db/schema.js';

/** A company's subscriptions that can take new tickets on a given local date ('YYYY-MM-DD'). */
export async function listActiveSubscriptions(db: Executor, companyId: string, today: string) {
  return db
    .select({ subscription: subscriptions, package: packages })
    .from(subscriptions)
    .innerJoin(packages, eq(packages.id, subscriptions.packageId))
    .where(
      and(
        eq(subscriptions.companyId, companyId),
        eq(subscriptions.status, 'active'),
        lte(subscriptions.startDate, today),
        or(isNull(subscriptions.endDate), gte(subscriptions.endDate, today)),
      ),
    )
    .orderBy(packages.name);
}
