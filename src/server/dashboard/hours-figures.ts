import {
  allowanceMinutes,
  type BillingPeriod,
  type Interval,
  type IntervalUsage,
  type PeriodSummary,
  type TaskTiming,
  usageByInterval,
} from '../../shared/hours/index.js';
import { incrementOf } from '../tasks/task-charge.js';

/** A task as the hours math needs it, with the increment it was made with. */
export type ChargedTiming = TaskTiming & { billingIncrementMinutes: number };

/**
 * usageByInterval for tasks that may carry different increments: each task keeps
 * the increment copied from its package when it was made (a later change to the
 * package never re-rounds old work), so tasks are summed per increment.
 */
export function chargedUsage<I extends Interval>(
  intervals: readonly I[],
  tasks: readonly ChargedTiming[],
  now: Date,
): IntervalUsage<I>[] {
  const byIncrement = new Map<number, ChargedTiming[]>();
  for (const task of tasks) {
    const group = byIncrement.get(task.billingIncrementMinutes) ?? [];
    group.push(task);
    byIncrement.set(task.billingIncrementMinutes, group);
  }
  const totals = intervals.map((interval) => ({ interval, usedMinutes: 0, runningMinutes: 0 }));
  for (const group of byIncrement.values()) {
    usageByInterval(intervals, group, incrementOf(group[0]!), now).forEach((usage, i) => {
      totals[i]!.usedMinutes += usage.usedMinutes;
      totals[i]!.runningMinutes += usage.runningMinutes;
    });
  }
  return totals;
}

/**
 * A period's figures as summarizePeriod gives them, for tasks of mixed increments.
 * Staff and customers both get their numbers from here, so they agree to the minute.
 */
export function periodFigures(
  hoursPerPeriod: number,
  period: BillingPeriod,
  tasks: readonly ChargedTiming[],
  now: Date,
): PeriodSummary {
  const allowance = allowanceMinutes(hoursPerPeriod);
  const [usage] = chargedUsage([period], tasks, now);
  const usedMinutes = usage?.usedMinutes ?? 0;
  const remainingMinutes = allowance - usedMinutes;
  return {
    allowanceMinutes: allowance,
    usedMinutes,
    runningMinutes: usage?.runningMinutes ?? 0,
    remainingMinutes,
    overageMinutes: Math.max(0, -remainingMinutes),
    usedRatio: allowance === 0 ? null : usedMinutes / allowance,
  };
}
