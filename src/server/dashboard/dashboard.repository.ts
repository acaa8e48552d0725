import { and, desc, eq, gte, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { auditEntries, tasks, tickets, users } from '../db/schema.js';
import type { TicketScope } from '../policies/authorize.js';
import { taskScopeCondition } from '../tasks/tasks.repository.js';

/** The tasks (not deleted) charged to some subscriptions that started since a moment. */
export async function listChargedTasks(
  db: Executor,
  subscriptionIds: readonly string[],
  since: Date,
) {
  if (subscriptionIds.length === 0) return [];
  return db
    .select({
      subscriptionId: tasks.subscriptionId,
      startedAt: tasks.startedAt,
      endedAt: tasks.endedAt,
      isBillable: tasks.isBillable,
      billingIncrementMinutes: tasks.billingIncrementMinutes,
    })
    .from(tasks)
    .where(
      and(
        inArray(tasks.subscriptionId, [...subscriptionIds]),
        isNull(tasks.deletedAt),
        gte(tasks.startedAt, since),
      ),
    );
}

/**
 * Audit entries of task changes that corrected periods which had already ended,
 * for one company since a moment, newest first; limited to the tasks in scope.
 */
export async function listLateCorrectionEntries(
  db: Executor,
  companyId: string,
  scope: TicketScope,
  since: Date,
  limit: number,
) {
  return db
    .select({
      id: auditEntries.id,
      createdAt: auditEntries.createdAt,
      action: auditEntries.action,
      taskId: tasks.id,
      data: auditEntries.data,
      actor: { id: users.id, firstName: users.firstName, lastName: users.lastName },
    })
    .from(auditEntries)
    .innerJoin(tasks, eq(sql`${tasks.id}::text`, auditEntries.entityId))
    .innerJoin(tickets, eq(tickets.id, tasks.ticketId))
    .leftJoin(users, eq(users.id, auditEntries.actorUserId))
    .where(
      and(
        eq(auditEntries.companyId, companyId),
        eq(auditEntries.entityType, 'task'),
        gte(auditEntries.createdAt, since),
        isNotNull(sql`${auditEntries.data} -> 'lateCorrections'`),
        taskScopeCondition(scope),
      ),
    )
    .orderBy(desc(auditEntries.createdAt), desc(auditEntries.id))
    .limit(limit);
}
