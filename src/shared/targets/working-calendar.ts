import { parseLocalDate } from '../hours/calendar-date.js';
import type { LocalDate } from '../hours/hours.types.js';
import { instantOfWallTime, localDateOf } from '../hours/time-zone.js';
import { isGreekPublicHoliday, nextLocalDate } from './greek-holidays.js';

/** The zone the support company works in: targets count its business hours. */
export const TARGETS_TIME_ZONE = 'Europe/Athens';

/** A working day's hours, in minutes from local midnight (540 = 09:00). */
export interface BusinessHours {
  startMinute: number;
  endMinute: number;
}

/** Monday to Friday, 09:00–17:00 Athens time, unless a package says otherwise. */
export const DEFAULT_BUSINESS_HOURS: BusinessHours = { startMinute: 9 * 60, endMinute: 17 * 60 };

const MINUTE_MS = 60_000;
// A target is at most a few hundred business hours; ten years of days is a safe bound.
const MAX_DAYS = 3660;

const pad = (value: number) => String(value).padStart(2, '0');
const wallClock = (minuteOfDay: number) =>
  `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;

/** Returns whether a date is a working day: Monday to Friday and not a Greek public holiday. */
export function isWorkingDay(date: LocalDate): boolean {
  const { year, month, day } = parseLocalDate(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isGreekPublicHoliday(date);
}

/**
 * A working day's business hours as instants (null on weekends and holidays). Each end
 * is read in that day's own offset, so a day after a DST switch is still 8 hours long.
 */
function businessWindow(
  date: LocalDate,
  hours: BusinessHours,
): { start: number; end: number } | null {
  if (!isWorkingDay(date)) return null;
  return {
    start: instantOfWallTime(
      `${date} ${wallClock(hours.startMinute)}`,
      TARGETS_TIME_ZONE,
    ).getTime(),
    end: instantOfWallTime(`${date} ${wallClock(hours.endMinute)}`, TARGETS_TIME_ZONE).getTime(),
  };
}

/**
 * The instant `minutes` business minutes after `start`: time outside business hours,
 * on weekends and on Greek public holidays does not count. Started outside business
 * hours, the count begins when the next working day opens.
 */
export function addBusinessMinutes(
  start: Date,
  minutes: number,
  hours: BusinessHours = DEFAULT_BUSINESS_HOURS,
): Date {
  let remaining = Math.max(0, minutes);
  let date = localDateOf(start, TARGETS_TIME_ZONE);
  const cursor = start.getTime();
  for (let day = 0; day < MAX_DAYS; day++, date = nextLocalDate(date)) {
    const window = businessWindow(date, hours);
    if (!window) continue;
    const from = Math.max(cursor, window.start);
    if (from >= window.end) continue;
    const available = (window.end - from) / MINUTE_MS;
    if (remaining <= available) return new Date(from + remaining * MINUTE_MS);
    remaining -= available;
  }
  throw new RangeError(`${minutes} business minutes reach past ten years`);
}

/** Business minutes between two instants (0 when `to` is not after `from`). */
export function businessMinutesBetween(
  from: Date,
  to: Date,
  hours: BusinessHours = DEFAULT_BUSINESS_HOURS,
): number {
  const start = from.getTime();
  const end = to.getTime();
  if (end <= start) return 0;
  const lastDate = localDateOf(to, TARGETS_TIME_ZONE);
  let total = 0;
  // 'YYYY-MM-DD' strings compare in date order.
  for (
    let date = localDateOf(from, TARGETS_TIME_ZONE);
    date <= lastDate;
    date = nextLocalDate(date)
  ) {
    const window = businessWindow(date, hours);
    if (!window) continue;
    total += Math.max(0, Math.min(end, window.end) - Math.max(start, window.start));
  }
  return total / MINUTE_MS;
}

/** A package's 'HH:MM' working-day ends as business hours. */
export function businessHoursOf(start: string, end: string): BusinessHours {
  const minuteOf = (clock: string) => {
    const [hour = 0, minute = 0] = clock.split(':').map(Number);
    return hour * 60 + minute;
  };
  return { startMinute: minuteOf(start), endMinute: minuteOf(end) };
}
