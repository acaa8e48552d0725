import { eq } from 'drizzle-orm';
import type { Database } from '../../src/server/db/database.js';
import { ledgerEntries, packages } from '../../src/server/db/schema.js';
import { createCustomer, createSubscription } from '../../test/support/factories.js';
import { HOUR, monthlyPeriodsOfAPackage } from '../../test/support/periods.js';

/**
 * A company on a 2-hour monthly package that rolls up to 1 unused hour into the next
 * month, whose last month used 1 of its 2 hours: this month starts with 1 rolled hour.
 */
export async function companyWithRolledHour(db: Database, packageName: string) {
  const { company, admin } = await createCustomer(db);
  const { current, previous, startDate } = monthlyPeriodsOfAPackage();
  const { package: pkg, subscription } = await createSubscription(db, company.id, {
    name: packageName,
    hoursPerPeriod: 2,
    startDate,
  });
  await db
    .update(packages)
    .set({ rolloverPeriods: 1, rolloverCapHours: 1 })
    .where(eq(packages.id, pkg.id));
  const inPrevious = new Date(previous.start.getTime() + 24 * HOUR);
  await db.insert(ledgerEntries).values({
    companyId: company.id,
    subscriptionId: subscription.id,
    kind: 'adjustment',
    minutes: 60,
    chargedAt: inPrevious,
    periodStartDate: previous.startDate,
    periodLastDate: previous.lastDate,
    reason: 'Εργασία',
    createdAt: inPrevious,
  });
  return { company, admin, subscription, current };
}
