import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { savedViews } from '../db/schema.js';

export type SavedViewRow = typeof savedViews.$inferSelect;

/** A person's saved views, oldest first (the order they made them in). */
export function listSavedViewsOf(db: Executor, userId: string): Promise<SavedViewRow[]> {
  return db
    .select()
    .from(savedViews)
    .where(eq(savedViews.userId, userId))
    .orderBy(asc(savedViews.createdAt), asc(savedViews.id));
}

export async function insertSavedView(
  db: Executor,
  values: typeof savedViews.$inferInsert,
): Promise<SavedViewRow> {
  const [row] = await db.insert(savedViews).values(values).returning();
  return row!;
}

/** Changes one of the person's views; undefined when they have none by that id. */
export async function updateSavedViewOf(
  db: Executor,
  userId: string,
  id: string,
  values: Partial<Pick<SavedViewRow, 'name' | 'query'>>,
): Promise<SavedViewRow | undefined> {
  const [row] = await db
    .update(savedViews)
    .set(values)
    .where(and(eq(savedViews.id, id), eq(savedViews.userId, userId)))
    .returning();
  return row;
}

/** Deletes one of the person's views; false when they have none by that id. */
export async function deleteSavedViewOf(db: Executor, userId: string, id: string) {
  const rows = await db
    .delete(savedViews)
    .where(and(eq(savedViews.id, id), eq(savedViews.userId, userId)))
    .returning({ id: savedViews.id });
  return rows.length > 0;
}
