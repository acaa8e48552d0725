import type { DashboardSubscription } from '../../../shared/api/dashboard';
import type { Task } from '../../../shared/api/tasks';
import { measureTask } from '../../../shared/hours';
import { incrementOf } from './hours-format';

/** A package's figures at an instant, in whole minutes (see DashboardSubscription.runningTimers). */
export interface LiveFigures {
  allowance: number;
  used: number;
  remaining: number;
  overage: number;
  /** used / allowance, or null when the allowance is 0. */
  ratio: number | null;
}

/** What the running timers of a package bill at `now`, each rounded up like any task. */
function runningMinutesAt(subscription: DashboardSubscription, now: Date): number {
  return subscription.runningTimers.reduce(
    (sum, timer) =>
      sum +
      measureTask(
        { startedAt: new Date(timer.startedAt), endedAt: null, isBillable: timer.isBillable },
        incrementOf(timer.billingIncrementMinutes),
        now,
      ).billableMinutes,
    0,
  );
}

/**
 * The package's hours at `now`: the server's figures with its running part
 * replaced by the running timers measured again, so the balance moves while
 * staff work (DESIGN.md, Hours: running tasks count live).
 */
export function liveFigures(subscription: DashboardSubscription, now: Date): LiveFigures {
  const { summary } = subscription;
  const running = runningMinutesAt(subscription, now);
  const used = summary.usedMinutes - summary.runningMinutes + running;
  const remaining = summary.remainingMinutes + summary.runningMinutes - running;
  return {
    allowance: summary.allowanceMinutes,
    used,
    remaining,
    overage: Math.max(0, -remaining),
    ratio: summary.allowanceMinutes === 0 ? null : used / summary.allowanceMinutes,
  };
}

/** A task's seconds and billable minutes at `now` (a finished task keeps its own figures). */
export function liveTaskMeasure(task: Task, now: Date) {
  if (!task.isRunning) {
    return { durationSeconds: task.durationSeconds, billableMinutes: task.billableMinutes };
  }
  return measureTask(
    { startedAt: new Date(task.startedAt), endedAt: null, isBillable: task.isBillable },
    incrementOf(task.billingIncrementMinutes),
    now,
  );
}
