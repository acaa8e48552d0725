import {
  addMonths,
  localDateOf,
  periodAt,
  periodContaining,
} from '../../src/shared/hours/index.js';

export const ATHENS = 'Europe/Athens';
export const HOUR = 60 * 60_000;

/**
 * A monthly package that started three months before two days ago (on Athens'
 * clock), with its current period and the one before it: the periods the
 * ledger's and the statements' tests charge work into.
 */
export function monthlyPeriodsOfAPackage() {
  const startDate = addMonths(localDateOf(new Date(Date.now() - 48 * HOUR), ATHENS), -3);
  const terms = { startDate, endDate: null, periodKind: 'monthly' as const };
  const current = periodContaining(terms, new Date(), ATHENS)!;
  const previous = periodAt(terms, current.index - 1, ATHENS)!;
  return { startDate, current, previous };
}
