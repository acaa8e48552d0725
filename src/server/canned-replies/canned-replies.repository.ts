import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { cannedReplies } from '../db/schema.js';

export type CannedReplyRow = typeof cannedReplies.$inferSelect;

/** The shared canned replies and the reader's own, shared first, by title. */
export function listCannedRepliesFor(db: Executor, userId: string): Promise<CannedReplyRow[]> {
  return db
    .select()
    .from(cannedReplies)
    .where(or(isNull(cannedReplies.ownerId), eq(cannedReplies.ownerId, userId)))
    .orderBy(asc(cannedReplies.ownerId), asc(cannedReplies.title), asc(cannedReplies.id));
}

/** One canned reply by id; the caller decides who may see it. */
export async function findCannedReply(db: Executor, id: string) {
  const [row] = await db.select().from(cannedReplies).where(eq(cannedReplies.id, id)).limit(1);
  return row;
}

/** One canned reply the reader may insert: shared, or their own. */
export async function findUsableCannedReply(db: Executor, id: string, userId: string) {
  const [row] = await db
    .select()
    .from(cannedReplies)
    .where(
      and(
        eq(cannedReplies.id, id),
        or(isNull(cannedReplies.ownerId), eq(cannedReplies.ownerId, userId)),
      ),
    )
    .limit(1);
  return row;
}

export async function insertCannedReply(
  db: Executor,
  values: typeof cannedReplies.$inferInsert,
): Promise<CannedReplyRow> {
  const [row] = await db.insert(cannedReplies).values(values).returning();
  return row!;
}

export async function updateCannedReply(
  db: Executor,
  id: string,
  values: Pick<CannedReplyRow, 'title' | 'body' | 'language'>,
): Promise<CannedReplyRow> {
  const [row] = await db
    .update(cannedReplies)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(cannedReplies.id, id))
    .returning();
  return row!;
}

export async function deleteCannedReply(db: Executor, id: string): Promise<void> {
  await db.delete(cannedReplies).where(eq(cannedReplies.id, id));
}
