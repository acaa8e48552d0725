import type {
  AllocationBlock,
  AllocationLine,
  AllocationSubscription,
} from '../../shared/allocation/index.js';
import {
  addDays,
  type BillingPeriod,
  localMidnight,
  periodAt,
  periodContaining,
  runningMinutesAt,
  type SubscriptionTerms,
} from '../../shared/hours/index.js';
import type { HourBlockRow } from './hour-blocks.repository.js';
import type { CompanyLedgerLine } from './hours-allocation.repository.js';

// Enough for a century of monthly periods; a guard against a runaway loop, not a limit in use.
const MAX_PERIODS = 1_200;

/** A subscription's rollover rule: its own when set, else its package's. */
export function rolloverRuleOf(
  subscription: { rolloverPeriodsOverride: number | null; rolloverCapHoursOverride: number | null },
  pkg: { rolloverPeriods: number; rolloverCapHours: number | null },
): { periods: number; capHours: number | null } {
  return subscription.rolloverPeriodsOverride === null
    ? { periods: pkg.rolloverPeriods, capHours: pkg.rolloverCapHours }
    : {
        periods: subscription.rolloverPeriodsOverride,
        capHours: subscription.rolloverCapHoursOverride,
      };
}

/**
 * The periods the allocation needs: every one begun by `now`, plus as many after
 * as rolled hours may reach (so their expiry date is known).
 */
export function periodsForAllocation(
  terms: SubscriptionTerms,
  rolloverPeriods: number,
  timeZone: string,
  now: Date,
): BillingPeriod[] {
  const periods: BillingPeriod[] = [];
  let ahead = 0;
  for (let index = 0; index < MAX_PERIODS; index++) {
    const period = periodAt(terms, index, timeZone);
    if (!period) break;
    if (period.start.getTime() > now.getTime()) {
      if (ahead >= rolloverPeriods) break;
      ahead += 1;
    }
    periods.push(period);
  }
  return periods;
}

export function allocationSubscriptionOf(
  id: string,
  terms: SubscriptionTerms,
  periods: readonly BillingPeriod[],
  rule: { periods: number; capHours: number | null },
): AllocationSubscription {
  const allowanceMinutes = Math.round(terms.hoursPerPeriod * 60);
  return {
    id,
    rollover: {
      periods: rule.periods,
      capMinutes: rule.capHours === null ? null : Math.round(rule.capHours * 60),
    },
    periods: periods.map((period) => ({
      key: period.startDate,
      start: period.start,
      end: period.end,
      allowanceMinutes,
    })),
  };
}

/** An active block as the allocation reads it: from its first local day to the end of its last. */
export function allocationBlockOf(block: HourBlockRow, timeZone: string): AllocationBlock | null {
  if (!block.startsOn || !block.validUntil || !block.activatedAt) return null;
  return {
    id: block.id,
    minutes: Math.round(block.hours * 60),
    activeFrom: block.activatedAt,
    start: localMidnight(block.startsOn, timeZone),
    end: localMidnight(addDays(block.validUntil, 1), timeZone),
  };
}

/** The blocks the allocation uses: the active ones with their dates set. */
export function activeAllocationBlocks(
  blocks: readonly HourBlockRow[],
  timeZone: string,
): AllocationBlock[] {
  return blocks.flatMap((block) => {
    const input = block.status === 'active' ? allocationBlockOf(block, timeZone) : null;
    return input ? [input] : [];
  });
}

/** A ledger row as an allocation line: a task's lines share its source. */
export function allocationLineOf(row: CompanyLedgerLine): AllocationLine {
  return {
    id: row.id,
    subscriptionId: row.subscriptionId,
    periodKey: row.periodStartDate,
    chargedAt: row.chargedAt,
    writtenAt: row.createdAt,
    minutes: row.minutes,
    sourceKey: row.taskId,
  };
}

/** A running timer's minutes so far, as a line written now (the live figure). */
export function runningLineOf(
  timer: {
    subscriptionId: string;
    startedAt: Date;
    isBillable: boolean;
    billingIncrementMinutes: number;
  },
  index: number,
  terms: SubscriptionTerms,
  timeZone: string,
  now: Date,
): AllocationLine | null {
  const period = periodContaining(terms, timer.startedAt, timeZone);
  const minutes = runningMinutesAt([timer], now);
  if (!period || minutes === 0) return null;
  return {
    id: `running:${index}`,
    subscriptionId: timer.subscriptionId,
    periodKey: period.startDate,
    chargedAt: timer.startedAt,
    writtenAt: now,
    minutes,
    sourceKey: `running:${index}`,
  };
}
