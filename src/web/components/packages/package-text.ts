import type { TFunction } from 'i18next';
import type { PeriodKind } from '../../../shared/api/packages';

/**
 * «10 ώρες τον μήνα», «7,5 ώρες εφάπαξ»: a package's hours as a number in the
 * reader's language (not h:mm, which reads as a clock time beside «ώρες»), with its period.
 */
export function hoursPerPeriodText(t: TFunction, hours: number, periodKind: PeriodKind): string {
  return t(`packages.hoursPer.${periodKind}`, { count: hours });
}

/** «βήμα χρέωσης 15 λεπτά» */
export function incrementText(t: TFunction, minutes: number): string {
  return t('packages.increment', { count: minutes });
}
