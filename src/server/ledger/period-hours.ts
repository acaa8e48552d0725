import {
  type BillingPeriod,
  type Interval,
  type PeriodSummary,
  type PlacedMinutes,
  periodFigures,
  type RunningTimer,
  runningMinutesAt,
  sumByInterval,
} from '../../shared/hours/index.js';
import { listRunningTimers } from '../dashboard/dashboard.repository.js';
import type { Executor } from '../db/database.js';
import { listLedgerMinutes } from './ledger.repository.js';

/** What a subscription's figures are made of: its ledger lines and its running timers. */
export interface HoursSources {
  lines: (PlacedMinutes & { subscriptionId: string; periodStartDate: string })[];
  timers: (RunningTimer & { subscriptionId: string | null })[];
}

/** Loads the ledger lines placed since `since` and the running timers of some subscriptions. */
export async function loadHoursSources(
  db: Executor,
  subscriptionIds: readonly string[],
  since: Date,
): Promise<HoursSources> {
  const [lines, timers] = await Promise.all([
    listLedgerMinutes(db, subscriptionIds, since),
    listRunningTimers(db, subscriptionIds),
  ]);
  return { lines, timers };
}

/** The sources of one subscription. */
export function sourcesOf(sources: HoursSources, subscriptionId: string): HoursSources {
  return {
    lines: sources.lines.filter((line) => line.subscriptionId === subscriptionId),
    timers: sources.timers.filter((timer) => timer.subscriptionId === subscriptionId),
  };
}

/** Minutes per interval: the ledger's lines plus what the timers started in each bill at `now`. */
export function minutesByInterval(
  intervals: readonly Interval[],
  sources: HoursSources,
  now: Date,
): number[] {
  return sumByInterval(intervals, sources.lines).map(
    (minutes, i) => minutes + runningMinutesAt(sources.timers, now, intervals[i]),
  );
}

/**
 * One period's figures for the chart, from the ledger's own label of each line (the
 * period it was charged to, as statements and «Κίνηση ωρών» group them) plus the
 * running timers started in it: a line stays in its period even if the
 * subscription's end date later cut that period short.
 */
export function ledgerFiguresOf(
  hoursPerPeriod: number,
  period: BillingPeriod,
  sources: HoursSources,
  now: Date,
): PeriodSummary {
  const ledgerMinutes = sources.lines
    .filter((line) => line.periodStartDate === period.startDate)
    .reduce((sum, line) => sum + line.minutes, 0);
  return periodFigures(
    hoursPerPeriod,
    ledgerMinutes,
    runningMinutesAt(sources.timers, now, period),
  );
}

/** One period's figures from one subscription's sources (see periodFigures). */
export function figuresOf(
  hoursPerPeriod: number,
  period: Interval,
  sources: HoursSources,
  now: Date,
): PeriodSummary {
  const [ledgerMinutes = 0] = sumByInterval([period], sources.lines);
  return periodFigures(
    hoursPerPeriod,
    ledgerMinutes,
    runningMinutesAt(sources.timers, now, period),
  );
}
