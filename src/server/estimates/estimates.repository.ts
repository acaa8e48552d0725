import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { tasks, ticketEstimates } from '../db/schema.js';

export type EstimateRow = typeof ticketEstimates.$inferSelect;
export type NewEstimateRow = typeof ticketEstimates.$inferInsert;

export async function insertEstimate(db: Executor, values: NewEstimateRow): Promise<EstimateRow> {
  const [row] = await db.insert(ticketEstimates).values(values).returning();
  return row!;
}

/** A ticket's estimates, oldest first. */
export function listEstimatesOfTicket(db: Executor, ticketId: string): Promise<EstimateRow[]> {
  return db
    .select()
    .from(ticketEstimates)
    .where(eq(ticketEstimates.ticketId, ticketId))
    .orderBy(asc(ticketEstimates.createdAt), asc(ticketEstimates.id));
}

export async function findEstimate(db: Executor, id: string): Promise<EstimateRow | undefined> {
  const [row] = await db.select().from(ticketEstimates).where(eq(ticketEstimates.id, id));
  return row;
}

export async function findEstimateByTokenHash(
  db: Executor,
  tokenHash: string,
): Promise<EstimateRow | undefined> {
  const [row] = await db
    .select()
    .from(ticketEstimates)
    .where(eq(ticketEstimates.tokenHash, tokenHash));
  return row;
}

export async function updateEstimate(
  db: Executor,
  id: string,
  values: Partial<NewEstimateRow>,
): Promise<EstimateRow> {
  const [row] = await db
    .update(ticketEstimates)
    .set(values)
    .where(eq(ticketEstimates.id, id))
    .returning();
  return row!;
}

/** The ticket's billable tasks that are not deleted: finished ones with their minutes, running ones live. */
export function listBillableTasksOfTicket(db: Executor, ticketId: string) {
  return db
    .select({
      id: tasks.id,
      startedAt: tasks.startedAt,
      endedAt: tasks.endedAt,
      billableMinutes: tasks.billableMinutes,
      billingIncrementMinutes: tasks.billingIncrementMinutes,
      multiplier: tasks.multiplier,
    })
    .from(tasks)
    .where(and(eq(tasks.ticketId, ticketId), eq(tasks.isBillable, true), isNull(tasks.deletedAt)));
}
