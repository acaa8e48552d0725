import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { preparedStatement } from '../db/prepared-statements.js';
import { packages, subscriptions } from '../db/schema.js';

export type PackageRow = typeof packages.$inferSelect;
export type SubscriptionRow = typeof subscriptions.$inferSelect;

export async function listPackages(db: Executor): Promise<PackageRow[]> {
  return db.select().from(packages).orderBy(desc(packages.isActive), asc(packages.name));
}

export async function findPackage(db: Executor, id: string): Promise<PackageRow | undefined> {
  const [row] = await db.select().from(packages).where(eq(packages.id, id)).limit(1);
  return row;
}

export async function insertPackage(
  db: Executor,
  values: typeof packages.$inferInsert,
): Promise<PackageRow> {
  const [row] = await db.insert(packages).values(values).returning();
  return row!;
}

export async function updatePackage(
  db: Executor,
  id: string,
  values: Partial<typeof packages.$inferInsert>,
): Promise<PackageRow | undefined> {
  const [row] = await db
    .update(packages)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(packages.id, id))
    .returning();
  return row;
}

/** A company's subscriptions with their packages, newest first. */
export async function listSubscriptionsOfCompany(db: Executor, companyId: string) {
  // Prepared: the central screen and the hours allocation ask it on every view.
  const statement = preparedStatement(db, 'subscriptions-of-company', (name) =>
    db
      .select({ subscription: subscriptions, package: packages })
      .from(subscriptions)
      .innerJoin(packages, eq(packages.id, subscriptions.packageId))
      .where(eq(subscriptions.companyId, sql.placeholder('companyId')))
      .orderBy(desc(subscriptions.startDate))
      .prepare(name),
  );
  return statement.execute({ companyId });
}

export async function findSubscription(db: Executor, id: string) {
  const [row] = await db
    .select({ subscription: subscriptions, package: packages })
    .from(subscriptions)
    .innerJoin(packages, eq(packages.id, subscriptions.packageId))
    .where(eq(subscriptions.id, id))
    .limit(1);
  return row;
}

export async function insertSubscription(
  db: Executor,
  values: typeof subscriptions.$inferInsert,
): Promise<SubscriptionRow> {
  const [row] = await db.insert(subscriptions).values(values).returning();
  return row!;
}

export async function updateSubscription(
  db: Executor,
  id: string,
  values: Partial<typeof subscriptions.$inferInsert>,
): Promise<void> {
  await db
    .update(subscriptions)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(subscriptions.id, id));
}
