import { DEFAULT_TIME_ZONE } from '../../shared/hours';
import type { Locale } from '../../shared/roles';

/** Times are shown in the default company time zone (Athens), whatever the visitor's device says. */
export const TIME_ZONE = DEFAULT_TIME_ZONE;

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

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/**
 * «πριν από 5 λεπτά», «πριν από 2 ημέρες» / "5 minutes ago", "2 days ago"; under
 * a minute is «τώρα» / "now". Always a number: «χθες», «προηγούμενη εβδομάδα» read
 * out of order next to «πριν από 7 ημέρες» in a list.
 */
export function formatRelativeTime(
  value: DateInput,
  locale: Locale,
  now: DateInput = Date.now(),
): string {
  let amount = (toDate(value).getTime() - toDate(now).getTime()) / 1000;
  if (Math.abs(amount) < 45) {
    return new Intl.RelativeTimeFormat(INTL_LOCALE[locale], { numeric: 'auto' }).format(
      0,
      'second',
    );
  }
  const format = new Intl.RelativeTimeFormat(INTL_LOCALE[locale], { numeric: 'always' });
  for (const [unit, size] of RELATIVE_STEPS) {
    // Rounded before the comparison, so 6.6 days reads «1 εβδομάδα», not «7 ημέρες».
    const rounded = Math.round(amount);
    if (Math.abs(rounded) < size) return format.format(rounded, unit);
    amount /= size;
  }
  return format.format(Math.round(amount), 'year');
}

/**
 * A file's size, e.g. «820 B», «14 kB», «2,5 MB». Steps of 1024, as upload limits
 * are set (20 × 1024 × 1024 bytes reads «20 MB», as people expect).
 */
export function formatFileSize(bytes: number, locale: Locale): string {
  if (bytes < 1024) return `${Math.max(0, Math.round(bytes))} B`;
  const units = ['kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes / 1024;
  let index = 0;
  while (value >= 1024 && index < units.length - 1) {
    value /= 1024;
    index += 1;
  }
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'unit',
    unit: units[index],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
