import { and, eq, gt, isNotNull, isNull, notExists, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { ledgerEntries, tasks } from '../db/schema.js';
import { ledgerChargeOf, loadChargeTarget } from '../tasks/task-charge.js';
import { insertLedgerEntries } from './ledger.repository.js';
import { movementRows, movementsOf } from './task-movements.js';

/**
 * Work charged before the ledger existed: a finished, billable, undeleted task
 * with minutes and no ledger line at all. Once backfilled none is left, and a
 * task charged since always has a line, so this finds nothing on later starts.
 */
async function listUnledgeredTasks(db: Database) {
  return db
    .select()
    .from(tasks)
    .where(
      and(
        isNotNull(tasks.endedAt),
        isNull(tasks.deletedAt),
        isNotNull(tasks.subscriptionId),
        eq(tasks.isBillable, true),
        gt(tasks.billableMinutes, 0),
        notExists(
          db.select({ one: sql`1` }).from(ledgerEntries).where(eq(ledgerEntries.taskId, tasks.id)),
        ),
      ),
    );
}

/**
 * Gives tasks charged before the ledger existed their «task_charged» line, as
 * stopping them would have written it (at the time they ended), in one
 * transaction, so figures read from the ledger equal those read from the tasks
 * before the upgrade. Runs after the migrations; returns how many lines it wrote.
 */
export async function backfillLedger(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    const pending = await listUnledgeredTasks(tx as unknown as Database);
    let written = 0;
    for (const task of pending) {
      const target = await loadChargeTarget(tx, task);
      const rows = movementRows(movementsOf(null, ledgerChargeOf(target, task)), {
        taskId: task.id,
        actorUserId: task.staffId,
        reason: null,
        details: { backfilled: true },
        now: task.endedAt ?? task.updatedAt,
        isTimerStop: true,
      });
      written += (await insertLedgerEntries(tx, rows)).length;
    }
    return written;
  });
}
