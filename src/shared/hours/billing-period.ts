import { addDays, addMonths, monthsBetween, parseLocalDate } from './calendar-date.js';
import type { BillingPeriod, LocalDate, SubscriptionTerms } from './hours.types.js';
import { localDateOf, localMidnight } from './time-zone.js';

type PeriodDates = Pick<SubscriptionTerms, 'startDate' | 'endDate' | 'periodKind'>;

function assertValidDates(terms: PeriodDates): void {
  parseLocalDate(terms.startDate);
  if (terms.endDate !== null) {
    parseLocalDate(terms.endDate);
    if (terms.endDate < terms.startDate) {
      throw new RangeError(
        `Subscription ends (${terms.endDate}) before it starts (${terms.startDate})`,
      );
    }
  }
}

// Every period start is computed from the subscription's own start date, never from the
// previous period, so a clamped month (Jan 31 → Feb 28) does not drag the anchor (→ Mar 31).
function nthStartDate(terms: PeriodDates, index: number): LocalDate {
  switch (terms.periodKind) {
    case 'monthly':
      return addMonths(terms.startDate, index);
    case 'yearly':
      return addMonths(terms.startDate, index * 12);
    case 'one_off':
      return terms.startDate;
  }
}

/**
 * The index of the period a local date belongs to (0 = first period), or null
 * when the date is before the start or after the end date.
 */
export function periodIndexOn(terms: PeriodDates, date: LocalDate): number | null {
  assertValidDates(terms);
  parseLocalDate(date);
  // 'YYYY-MM-DD' strings compare like the dates they name.
  if (date < terms.startDate || (terms.endDate !== null && date > terms.endDate)) return null;
  if (terms.periodKind === 'one_off') return 0;
  const months = monthsBetween(terms.startDate, date);
  // A clamped anniversary can fall after `date` in the same month (anchor 31st, date the 30th).
  let index = terms.periodKind === 'monthly' ? months : Math.floor(months / 12);
  if (nthStartDate(terms, index) > date) index -= 1;
  return index;
}

/**
 * The subscription's period number `index` (0 = first), with its start and end at
 * local midnight in `timeZone`; null past the end date or for a one-off's index > 0.
 */
export function periodAt(
  terms: PeriodDates,
  index: number,
  timeZone: string,
): BillingPeriod | null {
  assertValidDates(terms);
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`Not a period index: ${index}`);
  if (terms.periodKind === 'one_off' && index > 0) return null;
  const startDate = nthStartDate(terms, index);
  if (terms.endDate !== null && startDate > terms.endDate) return null;

  const dayAfterEnd = terms.endDate === null ? null : addDays(terms.endDate, 1);
  let nextStartDate = terms.periodKind === 'one_off' ? null : nthStartDate(terms, index + 1);
  // The end date cuts the last period short (and is what ends a one-off block).
  if (dayAfterEnd !== null && (nextStartDate === null || nextStartDate > dayAfterEnd)) {
    nextStartDate = dayAfterEnd;
  }
  return {
    index,
    start: localMidnight(startDate, timeZone),
    end: nextStartDate === null ? null : localMidnight(nextStartDate, timeZone),
    startDate,
    lastDate: nextStartDate === null ? null : addDays(nextStartDate, -1),
  };
}

/**
 * The period a task starting at `instant` is charged to: the one containing that
 * instant in the company's time zone, or null before the start or after the end.
 */
export function periodContaining(
  terms: PeriodDates,
  instant: Date,
  timeZone: string,
): BillingPeriod | null {
  const index = periodIndexOn(terms, localDateOf(instant, timeZone));
  return index === null ? null : periodAt(terms, index, timeZone);
}
