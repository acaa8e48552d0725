import type { Locale } from '../../shared/roles';

/** Everything is shown in Athens time, whatever the visitor's device says. */
export const TIME_ZONE = 'Europe/Athens';

const INTL_LOCALE: Record<Locale, string> = { el: 'el-GR', en: 'en-GB' };

type DateInput = Date | string | number;

const toDate = (value: DateInput): Date => (value instanceof Date ? value : new Date(value));

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: TIME_ZONE, ...options });
}

const DAY: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };
// A 24-hour clock in both languages (el-GR would otherwise say «11:30 π.μ.»).
const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** 24/11/2025 in both languages. */
export function formatDate(value: DateInput, locale: Locale): string {
  return formatter(locale, DAY).format(toDate(value));
}

/** Τρίτη 25 Νοεμβρίου 2025 / Tuesday 25 November 2025. */
export function formatLongDate(value: DateInput, locale: Locale): string {
  return formatter(locale, { dateStyle: 'full' }).format(toDate(value));
}

/** 24/11/2025, 14:05 — a moment, to the minute. */
export function formatDateTime(value: DateInput, locale: Locale): string {
  return formatter(locale, { ...DAY, ...CLOCK }).format(toDate(value));
}

/** 14:05 */
export function formatTime(value: DateInput, locale: Locale): string {
  return formatter(locale, CLOCK).format(toDate(value));
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
