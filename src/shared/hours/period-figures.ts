import type { BillingIncrement, Interval } from './hours.types.js';
import { isBillingIncrement } from './hours.types.js';
import { measureTask } from './measure-task.js';
import { allowanceMinutes, type PeriodSummary } from './period-summary.js';
import { isWithin } from './usage-by-interval.js';

/**
 * A task's own billing increment (copied from its package when it was made, so a
 * later change to the package never re-rounds old work). Throws for a value no
 * package may have: that is a broken row, not something to round around.
 */
export function incrementOf(task: { billingIncrementMinutes: number }): BillingIncrement {
  const increment = task.billingIncrementMinutes;
  if (!isBillingIncrement(increment)) {
    throw new RangeError(`A task with a billing increment of ${increment} minutes`);
  }
  return increment;
}

/** A task running now, as the live figure needs it. */
export interface RunningTimer {
  startedAt: Date;
  isBillable: boolean;
  billingIncrementMinutes: number;
}

/** What the running timers started in `interval` bill at `now`, each rounded up like any task. */
export function runningMinutesAt(
  timers: readonly RunningTimer[],
  now: Date,
  interval?: Interval,
): number {
  return timers
    .filter((timer) => !interval || isWithin(interval, timer.startedAt))
    .reduce(
      (sum, timer) =>
        sum + measureTask({ ...timer, endedAt: null }, incrementOf(timer), now).billableMinutes,
      0,
    );
}

/**
 * The one place a period's figures are made: the minutes the ledger holds for it
 * (finished work and corrections) plus what its running timers bill now.
 * Staff, customers, emails and statements all read their numbers from here.
 */
export function periodFigures(
  hoursPerPeriod: number,
  ledgerMinutes: number,
  runningMinutes: number,
): PeriodSummary {
  const allowance = allowanceMinutes(hoursPerPeriod);
  const usedMinutes = ledgerMinutes + runningMinutes;
  const remainingMinutes = allowance - usedMinutes;
  return {
    allowanceMinutes: allowance,
    usedMinutes,
    runningMinutes,
    remainingMinutes,
    overageMinutes: Math.max(0, -remainingMinutes),
    usedRatio: allowance === 0 ? null : usedMinutes / allowance,
  };
}

/**
 * The figures at a later instant, from figures the server made at its `now`:
 * the running part is measured again, so the balance moves while staff work
 * (DESIGN.md, Hours: running tasks count live).
 */
export function liveFigures(
  summary: PeriodSummary,
  timers: readonly RunningTimer[],
  now: Date,
): PeriodSummary {
  const hours = summary.allowanceMinutes / 60;
  const ledgerMinutes = summary.usedMinutes - summary.runningMinutes;
  return periodFigures(hours, ledgerMinutes, runningMinutesAt(timers, now));
}

/** A signed amount of minutes placed at an instant (a ledger line, as sums need it). */
export interface PlacedMinutes {
  at: Date;
  minutes: number;
}

/** Sums placed minutes by the interval containing their instant; those outside every interval are left out. */
export function sumByInterval(
  intervals: readonly Interval[],
  lines: readonly PlacedMinutes[],
): number[] {
  const sums = intervals.map(() => 0);
  for (const line of lines) {
    const index = intervals.findIndex((interval) => isWithin(interval, line.at));
    if (index >= 0) sums[index]! += line.minutes;
  }
  return sums;
}

/** A task as the API sends it (ISO strings), for its figures at a later instant. */
export interface TaskFiguresInput {
  isRunning: boolean;
  startedAt: string;
  isBillable: boolean;
  billingIncrementMinutes: number;
  durationSeconds: number;
  billableMinutes: number;
}

/** A task's seconds and billable minutes at `now` (a finished task keeps its own figures). */
export function liveTaskMeasure(task: TaskFiguresInput, now: Date) {
  if (!task.isRunning) {
    return { durationSeconds: task.durationSeconds, billableMinutes: task.billableMinutes };
  }
  const timing = {
    startedAt: new Date(task.startedAt),
    endedAt: null,
    isBillable: task.isBillable,
  };
  return measureTask(timing, incrementOf(task), now);
}

/** A package's running timers as the API sends them (ISO strings). */
export const timersFromApi = (
  timers: readonly { startedAt: string; isBillable: boolean; billingIncrementMinutes: number }[],
): RunningTimer[] => timers.map((timer) => ({ ...timer, startedAt: new Date(timer.startedAt) }));
