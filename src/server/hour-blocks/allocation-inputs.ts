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

/** A subscription's periods as last worked out, and the instants between which they hold. */
interface RememberedPeriods {
  periods: readonly BillingPeriod[];
  fromMs: number;
  untilMs: number;
}

/**
 * Period lists already worked out. Every central screen asks for each of a company's
 * subscriptions, and a subscription of seven years has 85 monthly periods: about
 * 0.5 ms of date arithmetic a view, for an answer that changes once a period.
 * Bounded: past this many subscriptions the memory starts again.
 */
const rememberedPeriods = new Map<string, RememberedPeriods>();
const MAX_REMEMBERED_SUBSCRIPTIONS = 10_000;

/**
 * The periods the allocation needs: every one begun by `now`, plus as many after
 * as rolled hours may reach (so their expiry date is known). The list is the same
 * from the start of the last period begun until the next one starts, so it is
 * remembered for that while; callers only read it.
 */
export function periodsForAllocation(
  terms: SubscriptionTerms,
  rolloverPeriods: number,
  timeZone: string,
  now: Date,
): readonly BillingPeriod[] {
  const key = `${timeZone} ${terms.periodKind} ${terms.startDate} ${terms.endDate} ${rolloverPeriods}`;
  const at = now.getTime();
  const known = rememberedPeriods.get(key);
  if (known && known.fromMs <= at && at < known.untilMs) return known.periods;
  const periods = Object.freeze(workOutPeriods(terms, rolloverPeriods, timeZone, at));
  const lastBegun = periods.findLast((period) => period.start.getTime() <= at);
  const next = periodAt(terms, (lastBegun?.index ?? -1) + 1, timeZone);
  if (rememberedPeriods.size >= MAX_REMEMBERED_SUBSCRIPTIONS) rememberedPeriods.clear();
  rememberedPeriods.set(key, {
    periods,
    fromMs: lastBegun?.start.getTime() ?? Number.NEGATIVE_INFINITY,
    untilMs: next?.start.getTime() ?? Number.POSITIVE_INFINITY,
  });
  return periods;
}

function workOutPeriods(
  terms: SubscriptionTerms,
  rolloverPeriods: number,
  timeZone: string,
  at: number,
): BillingPeriod[] {
  const periods: BillingPeriod[] = [];
  let ahead = 0;
  for (let index = 0; index < MAX_PERIODS; index++) {
    const period = periodAt(terms, index, timeZone);
    if (!period) break;
    if (period.start.getTime() > at) {
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
