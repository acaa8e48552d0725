import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/roles';
import { formatDate } from '../../lib/format';

/** A 'YYYY-MM-DD' calendar day as 24/11/2025 (a day, not an instant: no time zone shift). */
export function formatLocalDay(date: string, locale: Locale): string {
  // Noon UTC is the same calendar day in Athens whatever the season.
  return formatDate(`${date}T12:00:00Z`, locale);
}

/** A period's days: «01/07/2026 – 31/07/2026», or «από 01/07/2026» for an open-ended block. */
export function formatPeriodDays(
  t: TFunction,
  period: { startDate: string; lastDate: string | null },
  locale: Locale,
): string {
  const from = formatLocalDay(period.startDate, locale);
  return period.lastDate
    ? t('hours.periodRange', { from, to: formatLocalDay(period.lastDate, locale) })
    : t('hours.periodFrom', { from });
}

/** 'YYYY-MM' as «Ιούλ 2026» (short) or «Ιούλιος 2026» (long). */
export function formatMonth(month: string, locale: Locale, style: 'short' | 'long' = 'long') {
  return new Intl.DateTimeFormat(locale === 'el' ? 'el-GR' : 'en-GB', {
    month: style,
    year: 'numeric',
    // With the year, Greek uses the nominative («Ιούλιος 2026», not «Ιουλίου»).
    timeZone: 'UTC',
  }).format(new Date(`${month}-15T12:00:00Z`));
}
