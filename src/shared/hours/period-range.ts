import { periodAt, periodContaining, periodIndexOn } from './billing-period.js';
import type { BillingPeriod, SubscriptionTerms } from './hours.types.js';
import { localMidnight } from './time-zone.js';

type PeriodDates = Pick<SubscriptionTerms, 'startDate' | 'endDate' | 'periodKind'>;

function collectPeriods(
  terms: PeriodDates,
  firstIndex: number,
  lastIndex: number,
  timeZone: string,
): BillingPeriod[] {
  const periods: BillingPeriod[] = [];
  for (let index = firstIndex; index <= lastIndex; index += 1) {
    const period = periodAt(terms, index, timeZone);
    if (period === null) break;
    periods.push(period);
  }
  return periods;
}

/** The subscription's periods that overlap [from, to), oldest first. */
export function periodsBetween(
  terms: PeriodDates,
  from: Date,
  to: Date,
  timeZone: string,
): BillingPeriod[] {
  if (to.getTime() <= from.getTime()) return [];
  const first =
    periodContaining(terms, from, timeZone) ??
    (from.getTime() < localMidnight(terms.startDate, timeZone).getTime()
      ? periodAt(terms, 0, timeZone)
      : null);
  const periods: BillingPeriod[] = [];
  for (let period = first; period !== null && period.start.getTime() < to.getTime(); ) {
    periods.push(period);
    period = periodAt(terms, period.index + 1, timeZone);
  }
  return periods;
}

/**
 * The last `count` periods that have begun by `now`, oldest first: the current
 * period and those before it, or the final ones once the subscription has ended.
 */
export function lastPeriods(
  terms: PeriodDates,
  count: number,
  now: Date,
  timeZone: string,
): BillingPeriod[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Not a period count: ${count}`);
  const current = periodContaining(terms, now, timeZone);
  let lastIndex: number | null = current?.index ?? null;
  if (
    lastIndex === null &&
    terms.endDate !== null &&
    now.getTime() >= localMidnight(terms.endDate, timeZone).getTime()
  ) {
    lastIndex = periodIndexOn(terms, terms.endDate);
  }
  if (lastIndex === null || count === 0) return [];
  return collectPeriods(terms, Math.max(0, lastIndex - count + 1), lastIndex, timeZone);
}
