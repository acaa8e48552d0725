import type { LocalDate } from './hours.types.js';

/** A calendar date split into numbers; `month` is 1–12. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes the year as given.
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

/** Number of days in a month of the proleptic Gregorian calendar (`month` 1–12). */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC keeps time zones out of it.
  return utcDate(year, month, 0).getUTCDate();
}

/** Returns whether a string is a real 'YYYY-MM-DD' date (2026-02-30 is not). */
export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Splits a 'YYYY-MM-DD' date into numbers; throws a RangeError for anything else. */
export function parseLocalDate(value: LocalDate): DateParts {
  if (!isLocalDate(value)) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(value)}`);
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** Writes a date as 'YYYY-MM-DD'. */
export function formatLocalDate({ year, month, day }: DateParts): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Moves a date by whole months, clamping the day to the target month's length
 * (Jan 31 + 1 month = Feb 28). Always step from the anchor, never from a clamped
 * result, so that Jan 31 + 2 months is Mar 31 and not Mar 28.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return formatLocalDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/** Moves a date by whole days. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  const moved = utcDate(year, month - 1, day + days);
  return formatLocalDate({
    year: moved.getUTCFullYear(),
    month: moved.getUTCMonth() + 1,
    day: moved.getUTCDate(),
  });
}

/** Whole months from one date's month to another's, ignoring the days (Jan 31 → Feb 1 is 1). */
export function monthsBetween(from: LocalDate, to: LocalDate): number {
  const a = parseLocalDate(from);
  const b = parseLocalDate(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}
