import { and, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { tasks } from '../db/schema.js';

/** The tasks running now (not deleted) on some subscriptions: the live part of their figures. */
export async function listRunningTimers(db: Executor, subscriptionIds: readonly string[]) {
  if (subscriptionIds.length === 0) return [];
  return db
    .select({
      subscriptionId: tasks.subscriptionId,
      startedAt: tasks.startedAt,
      isBillable: tasks.isBillable,
      billingIncrementMinutes: tasks.billingIncrementMinutes,
    })
    .from(tasks)
    .where(
      and(
        inArray(tasks.subscriptionId, [...subscriptionIds]),
        isNull(tasks.endedAt),
        isNull(tasks.deletedAt),
      ),
    );
}
