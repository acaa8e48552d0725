import type { TFunction } from 'i18next';
import type { PeriodKind } from '../../../shared/api/packages';
import { allowanceMinutes } from '../../../shared/hours';
import { formatHm } from '../hours/hours-format';

/** «10:00 ώρες ανά μήνα», «20:00 ώρες εφάπαξ»: a package's hours as h:mm with its period. */
export function hoursPerPeriodText(t: TFunction, hours: number, periodKind: PeriodKind): string {
  return t(`packages.hoursPer.${periodKind}`, { hours: formatHm(allowanceMinutes(hours)) });
}

/** «βήμα χρέωσης 15 λεπτά» */
export function incrementText(t: TFunction, minutes: number): string {
  return t('packages.increment', { count: minutes });
}
