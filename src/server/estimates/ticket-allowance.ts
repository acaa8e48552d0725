import type { EstimateStatus } from '../../shared/api/estimates.js';
import {
  billableMinutes,
  incrementOf,
  multipliedMinutes,
  type WorkMultiplier,
} from '../../shared/hours/index.js';

/**
 * How much billable work a ticket may take (docs/estimates.md):
 * - once a ticket has an estimate (pending, approved or declined — not withdrawn),
 *   its billable work stops at the sum of the APPROVED ones (0 while none is);
 * - otherwise the company's «Όριο ωρών ανά αίτημα χωρίς έγκριση», when set;
 * - otherwise nothing limits it (null).
 */
export interface Allowance {
  limitMinutes: number | null;
  source: 'estimates' | 'company_cap' | null;
}

export function allowanceOf(
  estimates: ReadonlyArray<{ status: EstimateStatus; minutes: number }>,
  companyCapMinutes: number | null,
): Allowance {
  const counted = estimates.filter((estimate) => estimate.status !== 'withdrawn');
  if (counted.length > 0) {
    const approved = counted.filter((estimate) => estimate.status === 'approved');
    return {
      limitMinutes: approved.reduce((sum, estimate) => sum + estimate.minutes, 0),
      source: 'estimates',
    };
  }
  if (companyCapMinutes !== null) return { limitMinutes: companyCapMinutes, source: 'company_cap' };
  return { limitMinutes: null, source: null };
}

/** A billable task as the allowance counts it. */
export interface BillableTask {
  id: string;
  startedAt: Date;
  endedAt: Date | null;
  billableMinutes: number | null;
  billingIncrementMinutes: number;
  multiplier: WorkMultiplier;
}

/** What a task takes of the allowance: its stored minutes, or a running one's minutes so far. */
export function minutesTakenBy(task: BillableTask, now: Date): number {
  if (task.endedAt !== null) return task.billableMinutes ?? 0;
  const end = new Date(Math.max(now.getTime(), task.startedAt.getTime()));
  const rounded = billableMinutes(task.startedAt, end, incrementOf(task), true);
  return multipliedMinutes(rounded, task.multiplier);
}

/** The minutes all the given tasks take at `now`. */
export function minutesTaken(tasks: readonly BillableTask[], now: Date): number {
  return tasks.reduce((sum, task) => sum + minutesTakenBy(task, now), 0);
}

/**
 * A running timer is cut at the cap when it stops: it charges what it measured,
 * but no more than the allowance left after the ticket's FINISHED billable work
 * (other timers still running do not reserve minutes; whichever stops first
 * takes from what is left, so two timers together never pass the limit).
 */
export function cappedMinutes(
  measured: number,
  limitMinutes: number | null,
  finishedMinutes: number,
): number {
  if (limitMinutes === null) return measured;
  return Math.max(0, Math.min(measured, limitMinutes - finishedMinutes));
}
