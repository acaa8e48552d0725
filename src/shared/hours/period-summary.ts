import type { BillingPeriod, SubscriptionTerms, TaskTiming } from './hours.types.js';
import { periodFigures } from './period-figures.js';
import { usageByInterval } from './usage-by-interval.js';

/** A period's hours as the customer sees them, all in whole minutes. */
export interface PeriodSummary {
  allowanceMinutes: number;
  /** Billable minutes charged to the period, running tasks included up to `now`. */
  usedMinutes: number;
  /** The part of `usedMinutes` from tasks still running. */
  runningMinutes: number;
  /** allowance − used; below zero once the allowance is exceeded, never clamped. */
  remainingMinutes: number;
  /** max(0, −remaining): shown as overage, never hidden. */
  overageMinutes: number;
  /** used / allowance (1.25 = 25 % over), or null when the allowance is 0. */
  usedRatio: number | null;
}

/** Hours per period as whole minutes; rounding also removes float noise (2.15 × 60 = 128.999…). */
export function allowanceMinutes(hoursPerPeriod: number): number {
  if (!Number.isFinite(hoursPerPeriod) || hoursPerPeriod < 0) {
    throw new RangeError(`Not an allowance: ${hoursPerPeriod}`);
  }
  return Math.round(hoursPerPeriod * 60);
}

/**
 * Sums what is charged to one period (tasks that STARTED in it; others are
 * ignored, so all of a subscription's tasks may be passed) against its allowance.
 * The figures from the tasks themselves, one increment: the reference the
 * ledger-based figures are checked against in the property tests.
 */
export function summarizePeriod(
  terms: Pick<SubscriptionTerms, 'hoursPerPeriod' | 'billingIncrementMinutes'>,
  period: BillingPeriod,
  tasks: readonly TaskTiming[],
  now: Date,
): PeriodSummary {
  const [usage] = usageByInterval([period], tasks, terms.billingIncrementMinutes, now);
  const used = usage?.usedMinutes ?? 0;
  const running = usage?.runningMinutes ?? 0;
  return periodFigures(terms.hoursPerPeriod, used - running, running);
}
