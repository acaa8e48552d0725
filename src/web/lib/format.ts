import type { Locale } from '../../shared/roles';

/** Everything is shown in Athens time, whatever the visitor's device says. */
export const TIME_ZONE = 'Europe/Athens';

const INTL_LOCALE: Record<Locale, string> = { el: 'el-GR', en: 'en-GB' };

type DateInput = Date | string | number;

const toDate = (value: DateInput): Date => (value instanceof Date ? value : new Date(value));

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: TIME_ZONE, ...options });
}

/** 24/11/2025 (el) or 24/11/2025 (en-GB). */
export function formatDate(value: DateInput, locale: Locale): string {
  return formatter(locale, { dateStyle: 'short' }).format(toDate(value));
}

/** Τρίτη 25 Νοεμβρίου 2025 / Tuesday 25 November 2025. */
export function formatLongDate(value: DateInput, locale: Locale): string {
  return formatter(locale, { dateStyle: 'full' }).format(toDate(value));
}

/** 24/11/2025, 14:05 — a moment, to the minute. */
export function formatDateTime(value: DateInput, locale: Locale): string {
  return formatter(locale, { dateStyle: 'short', timeStyle: 'short' }).format(toDate(value));
}

/** 14:05 */
export function formatTime(value: DateInput, locale: Locale): string {
  return formatter(locale, { timeStyle: 'short' }).format(toDate(value));
}

/** Hours from minutes, e.g. «12,5 ώρες» / "12.5 hours"; negative means overage. */
export function formatHours(minutes: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'unit',
    unit: 'hour',
    unitDisplay: 'long',
    maximumFractionDigits: 2,
  }).format(minutes / 60);
}
