import { and, isNull } from 'drizzle-orm';
import { inUuidArray } from '../db/bare-placeholders.js';
import type { Executor } from '../db/database.js';
import { preparedStatement } from '../db/prepared-statements.js';
import { tasks } from '../db/schema.js';

/** The tasks running now (not deleted) on some subscriptions: the live part of their figures. */
export async function listRunningTimers(db: Executor, subscriptionIds: readonly string[]) {
  if (subscriptionIds.length === 0) return [];
  // Prepared (the central screen asks it on every view), the ids as one array.
  const statement = preparedStatement(db, 'running-timers', (name) =>
    db
      .select({
        subscriptionId: tasks.subscriptionId,
        startedAt: tasks.startedAt,
        isBillable: tasks.isBillable,
        billingIncrementMinutes: tasks.billingIncrementMinutes,
      })
      .from(tasks)
      .where(
        and(
          inUuidArray(tasks.subscriptionId, 'subscriptionIds'),
          isNull(tasks.endedAt),
          isNull(tasks.deletedAt),
        ),
      )
      .prepare(name),
  );
  return statement.execute({ subscriptionIds: [...subscriptionIds] });
}
