import type { Task } from '../../shared/api/tasks.js';
import { incrementOf, measureTask, multipliedMinutes } from '../../shared/hours/index.js';
import type { TaskView } from './tasks.repository.js';

/**
 * A task as staff and its company's customers see it: no staff-only data exists
 * on a task, but the fields still leave the server by name only. A finished
 * task shows the billable minutes stored when it ended (the ledger's figure).
 */
export function presentTask(row: TaskView, now: Date): Task {
  const { task } = row;
  const measure = measureTask(task, incrementOf(task), now);
  return {
    id: task.id,
    ticket: { number: row.ticket.number, subject: row.ticket.subject },
    company: { id: task.companyId, name: row.companyName },
    subscriptionId: task.subscriptionId,
    packageName: row.packageName,
    staff: { id: row.staff.id, name: `${row.staff.firstName} ${row.staff.lastName}`.trim() },
    description: task.description,
    startedAt: task.startedAt.toISOString(),
    endedAt: task.endedAt?.toISOString() ?? null,
    isRunning: measure.isRunning,
    isBillable: task.isBillable,
    billingIncrementMinutes: task.billingIncrementMinutes,
    durationSeconds: measure.durationSeconds,
    billableMinutes: measure.isRunning
      ? multipliedMinutes(measure.billableMinutes, task.multiplier)
      : (task.billableMinutes ?? 0),
    multiplier: task.multiplier,
  };
}
