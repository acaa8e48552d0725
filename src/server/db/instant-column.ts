import { customType } from 'drizzle-orm/pg-core';

/**
 * PostgreSQL's text for a timestamptz (`2025-03-01 09:30:00.123+02`, `0020-05-01 10:00:00+00`)
 * as an ISO 8601 string JavaScript reads for every year: `new Date()` on PostgreSQL's own form,
 * which drizzle's `timestamp` column uses, gives an Invalid Date for years before 1000.
 */
export function isoFromPostgresTimestamp(text: string): string {
  const match =
    /^(\d{4,})-(\d\d)-(\d\d)[ T](\d\d:\d\d:\d\d(?:\.\d+)?)([+-]\d\d)(?::?(\d\d))?(?::?\d\d)?( BC)?$/.exec(
      text,
    );
  if (!match) return text;
  const [, year, month, day, time, offsetHours, offsetMinutes = '00', bc] = match;
  // Years beyond 9999 and before Christ need the six-digit, signed form.
  // 1 BC is year 0 in ISO 8601; -000000 is not allowed.
  const astronomicalYear = bc ? 1 - Number(year) : Number(year);
  const isoYear =
    astronomicalYear >= 0 && astronomicalYear <= 9999
      ? String(astronomicalYear).padStart(4, '0')
      : `${astronomicalYear < 0 ? '-' : '+'}${String(Math.abs(astronomicalYear)).padStart(6, '0')}`;
  return `${isoYear}-${month}-${day}T${time}${offsetHours}:${offsetMinutes}`;
}

/**
 * A `timestamp with time zone` read as a Date for any year the database holds, so
 * that a row written with a nonsense date (before the API bounded dates) stays
 * readable, and can be seen, corrected or deleted, instead of breaking every list.
 */
export const instant = customType<{ data: Date; driverData: string | Date }>({
  dataType: () => 'timestamp with time zone',
  toDriver: (value) => value.toISOString(),
  fromDriver: (value) =>
    value instanceof Date ? value : new Date(isoFromPostgresTimestamp(value)),
});
