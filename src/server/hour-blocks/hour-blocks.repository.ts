import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/database.js';
import { preparedStatement } from '../db/prepared-statements.js';
import { hourBlockOffers, hourBlocks, users } from '../db/schema.js';

export type HourBlockOfferRow = typeof hourBlockOffers.$inferSelect;
export type HourBlockRow = typeof hourBlocks.$inferSelect;

/** The catalogue, active offers first; `onlyActive` for customers choosing one. */
export async function listHourBlockOffers(
  db: Executor,
  onlyActive: boolean,
): Promise<HourBlockOfferRow[]> {
  return db
    .select()
    .from(hourBlockOffers)
    .where(onlyActive ? eq(hourBlockOffers.isActive, true) : undefined)
    .orderBy(desc(hourBlockOffers.isActive), asc(hourBlockOffers.hours), asc(hourBlockOffers.name));
}

export async function findHourBlockOffer(
  db: Executor,
  id: string,
): Promise<HourBlockOfferRow | undefined> {
  const [row] = await db.select().from(hourBlockOffers).where(eq(hourBlockOffers.id, id)).limit(1);
  return row;
}

export async function insertHourBlockOffer(
  db: Executor,
  values: typeof hourBlockOffers.$inferInsert,
): Promise<HourBlockOfferRow> {
  const [row] = await db.insert(hourBlockOffers).values(values).returning();
  return row!;
}

export async function updateHourBlockOffer(
  db: Executor,
  id: string,
  values: Partial<typeof hourBlockOffers.$inferInsert>,
): Promise<HourBlockOfferRow | undefined> {
  const [row] = await db
    .update(hourBlockOffers)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(hourBlockOffers.id, id))
    .returning();
  return row;
}

const requester = alias(users, 'requester');
const decider = alias(users, 'decider');

/** A company's blocks with who asked and who decided, newest first (scoped to the company). */
export async function listHourBlocksOfCompany(db: Executor, companyId: string) {
  // Prepared: the central screen and the hours allocation ask it on every view.
  const statement = preparedStatement(db, 'hour-blocks-of-company', (name) =>
    selectBlockViews(db)
      .where(eq(hourBlocks.companyId, sql.placeholder('companyId')))
      .orderBy(desc(hourBlocks.createdAt))
      .prepare(name),
  );
  return statement.execute({ companyId });
}

/** One block with its people. */
export async function findHourBlockView(db: Executor, id: string) {
  const [row] = await selectBlockViews(db).where(eq(hourBlocks.id, id)).limit(1);
  return row;
}

function selectBlockViews(db: Executor) {
  return db
    .select({
      block: hourBlocks,
      requester: { id: requester.id, firstName: requester.firstName, lastName: requester.lastName },
      decider: { id: decider.id, firstName: decider.firstName, lastName: decider.lastName },
    })
    .from(hourBlocks)
    .leftJoin(requester, eq(requester.id, hourBlocks.requestedByUserId))
    .leftJoin(decider, eq(decider.id, hourBlocks.decidedByUserId));
}
export type HourBlockView = NonNullable<Awaited<ReturnType<typeof findHourBlockView>>>;

/** A company's active blocks, as the allocation needs them. */
export async function listActiveHourBlocks(db: Executor, companyId: string) {
  return db
    .select()
    .from(hourBlocks)
    .where(and(eq(hourBlocks.companyId, companyId), eq(hourBlocks.status, 'active')));
}

export async function insertHourBlock(
  db: Executor,
  values: typeof hourBlocks.$inferInsert,
): Promise<HourBlockRow> {
  const [row] = await db.insert(hourBlocks).values(values).returning();
  return row!;
}

/**
 * Decides a request (active or declined) only while it is still a request: the
 * `where` makes two staff deciding at once safe (the second finds nothing).
 */
export async function decideHourBlockRequest(
  db: Executor,
  id: string,
  values: Partial<typeof hourBlocks.$inferInsert>,
): Promise<HourBlockRow | undefined> {
  const [row] = await db
    .update(hourBlocks)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(hourBlocks.id, id), eq(hourBlocks.status, 'requested')))
    .returning();
  return row;
}
