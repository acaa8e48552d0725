import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { ledgerDisputeMessages, ledgerDisputes, users } from '../db/schema.js';

export type DisputeRow = typeof ledgerDisputes.$inferSelect;

const author = {
  id: users.id,
  firstName: users.firstName,
  lastName: users.lastName,
  role: users.role,
};

/** The disputes of some ledger lines, with who opened them. */
export async function listDisputesOfEntries(db: Executor, entryIds: readonly string[]) {
  if (entryIds.length === 0) return [];
  return db
    .select({ dispute: ledgerDisputes, openedBy: author })
    .from(ledgerDisputes)
    .leftJoin(users, eq(users.id, ledgerDisputes.openedById))
    .where(inArray(ledgerDisputes.entryId, [...entryIds]));
}

/** The messages of some disputes, oldest first. */
export async function listDisputeMessages(db: Executor, disputeIds: readonly string[]) {
  if (disputeIds.length === 0) return [];
  return db
    .select({ message: ledgerDisputeMessages, author })
    .from(ledgerDisputeMessages)
    .leftJoin(users, eq(users.id, ledgerDisputeMessages.authorId))
    .where(inArray(ledgerDisputeMessages.disputeId, [...disputeIds]))
    .orderBy(asc(ledgerDisputeMessages.createdAt), asc(ledgerDisputeMessages.id));
}

/** One dispute, locked for its change. */
export async function lockDispute(tx: Executor, id: string): Promise<DisputeRow | undefined> {
  const [row] = await tx
    .select()
    .from(ledgerDisputes)
    .where(eq(ledgerDisputes.id, id))
    .for('update');
  return row;
}

export async function findDispute(db: Executor, id: string): Promise<DisputeRow | undefined> {
  const [row] = await db.select().from(ledgerDisputes).where(eq(ledgerDisputes.id, id)).limit(1);
  return row;
}

/** Opens a dispute; undefined when the line already has one (the unique index decides races). */
export async function insertDispute(tx: Executor, values: typeof ledgerDisputes.$inferInsert) {
  const [row] = await tx.insert(ledgerDisputes).values(values).onConflictDoNothing().returning();
  return row;
}

export async function insertDisputeMessage(
  tx: Executor,
  values: typeof ledgerDisputeMessages.$inferInsert,
) {
  await tx.insert(ledgerDisputeMessages).values(values);
}

export async function updateDispute(
  tx: Executor,
  id: string,
  values: Partial<typeof ledgerDisputes.$inferInsert>,
) {
  await tx.update(ledgerDisputes).set(values).where(eq(ledgerDisputes.id, id));
}

/** The staff queue: disputes in a status, oldest first (open) or newest first (closed). */
export async function listDisputeIdsByStatus(
  db: Executor,
  status: DisputeRow['status'],
  limit: number,
) {
  return db
    .select({ id: ledgerDisputes.id, entryId: ledgerDisputes.entryId })
    .from(ledgerDisputes)
    .where(and(eq(ledgerDisputes.status, status)))
    .orderBy(status === 'open' ? asc(ledgerDisputes.createdAt) : desc(ledgerDisputes.updatedAt))
    .limit(limit);
}
