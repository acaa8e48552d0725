import { billableMinutes } from './billable-minutes.js';
import type { BillingIncrement, TaskTiming } from './hours.types.js';

/** A task's figures as shown in its ticket: how long it ran and what it bills. */
export interface TaskMeasure {
  /** Whole seconds worked, for billable and non-billable tasks alike. */
  durationSeconds: number;
  /** Rounded up to the increment; 0 for a non-billable task. */
  billableMinutes: number;
  isRunning: boolean;
}

/**
 * Measures a task; a running one counts up to `now`, rounded up like any task,
 * so the customer's remaining hours move while staff work.
 */
export function measureTask(task: TaskTiming, increment: BillingIncrement, now: Date): TaskMeasure {
  const isRunning = task.endedAt === null;
  // A browser clock a little behind the server's can put `now` before the start: count that as 0.
  const end = task.endedAt ?? new Date(Math.max(now.getTime(), task.startedAt.getTime()));
  const durationMs = end.getTime() - task.startedAt.getTime();
  // A row with unreadable or backwards dates (stored before dates were bounded) counts as
  // nothing rather than failing every list that shows it; the API refuses such dates now.
  if (!Number.isFinite(durationMs) || durationMs < 0) {
    return { durationSeconds: 0, billableMinutes: 0, isRunning };
  }
  return {
    durationSeconds: Math.floor((end.getTime() - task.startedAt.getTime()) / 1000),
    billableMinutes: billableMinutes(task.startedAt, end, increment, task.isBillable),
    isRunning,
  };
}
