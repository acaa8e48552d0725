import { addMonths, formatLocalDate, parseLocalDate } from './calendar-date.js';
import type { Interval } from './hours.types.js';
import { localDateOf, localMidnight } from './time-zone.js';

/** A calendar month in the company's time zone, e.g. for the "hours used per month" chart. */
export interface CalendarMonth extends Interval {
  /** 'YYYY-MM', a stable key for the chart. */
  month: string;
  end: Date;
}

function monthStarting(firstDay: string, timeZone: string): CalendarMonth {
  return {
    month: firstDay.slice(0, 7),
    start: localMidnight(firstDay, timeZone),
    end: localMidnight(addMonths(firstDay, 1), timeZone),
  };
}

function firstDayOfMonthAt(instant: Date, timeZone: string): string {
  const { year, month } = parseLocalDate(localDateOf(instant, timeZone));
  return formatLocalDate({ year, month, day: 1 });
}

/** The calendar month an instant falls in, from local midnight of the 1st to that of the next 1st. */
export function calendarMonthOf(instant: Date, timeZone: string): CalendarMonth {
  return monthStarting(firstDayOfMonthAt(instant, timeZone), timeZone);
}

/** The `count` calendar months ending with the one containing `now`, oldest first. */
export function lastCalendarMonths(count: number, now: Date, timeZone: string): CalendarMonth[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Not a month count: ${count}`);
  const current = firstDayOfMonthAt(now, timeZone);
  return Array.from({ length: count }, (_, i) =>
    monthStarting(addMonths(current, i - count + 1), timeZone),
  );
}
