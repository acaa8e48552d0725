import type { BillingIncrement, Interval, TaskTiming } from './hours.types.js';
import { measureTask } from './measure-task.js';

/** The minutes charged to one interval (a billing period or a calendar month). */
export interface IntervalUsage<I extends Interval = Interval> {
  interval: I;
  /** Billable minutes of every task started in the interval, running ones included. */
  usedMinutes: number;
  /** The part of `usedMinutes` that comes from tasks still running at `now`. */
  runningMinutes: number;
}

/** Returns whether an instant lies in [start, end). */
export function isWithin(interval: Interval, instant: Date): boolean {
  const time = instant.getTime();
  return (
    time >= interval.start.getTime() && (interval.end === null || time < interval.end.getTime())
  );
}

/**
 * Buckets tasks by the interval that contains their START (a task crossing
 * midnight or a period boundary is charged whole to where it began) and sums
 * their billable minutes; tasks outside every interval are left out.
 */
export function usageByInterval<I extends Interval>(
  intervals: readonly I[],
  tasks: readonly TaskTiming[],
  increment: BillingIncrement,
  now: Date,
): IntervalUsage<I>[] {
  const usage = intervals.map((interval) => ({ interval, usedMinutes: 0, runningMinutes: 0 }));
  for (const task of tasks) {
    const bucket = usage.find((entry) => isWithin(entry.interval, task.startedAt));
    if (!bucket) continue;
    const measure = measureTask(task, increment, now);
    bucket.usedMinutes += measure.billableMinutes;
    if (measure.isRunning) bucket.runningMinutes += measure.billableMinutes;
  }
  return usage;
}
