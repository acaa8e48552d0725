import { formatLocalDate, parseLocalDate } from './calendar-date.js';
import type { LocalDate } from './hours.types.js';

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

// Building a DateTimeFormat is slow (it loads time zone data); one per zone is enough.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws a RangeError for an unknown zone, which is what callers should see.
    formatter = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClockAt(epochMs: number, timeZone: string): WallClock {
  const clock: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    if (part.type in clock) clock[part.type as keyof WallClock] = Number(part.value);
  }
  return clock;
}

function wallClockAsUtcMs({ year, month, day, hour, minute, second }: WallClock): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(epochMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return wallClockAsUtcMs(wallClockAt(wholeSecond, timeZone)) - wholeSecond;
}

/** The calendar date an instant falls on in a time zone, as 'YYYY-MM-DD'. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  return formatLocalDate(wallClockAt(instant.getTime(), timeZone));
}

/**
 * The first instant of a calendar day in a time zone (normally 00:00 local).
 * DST-safe: the offset is read on both sides of the day, since a change may
 * happen within it; where a zone skips midnight itself, the day starts when
 * its clocks jump.
 */
export function localMidnight(date: LocalDate, timeZone: string): Date {
  // A pure function of its two texts, asked for the same days over and over (every
  // period boundary of every package, on every central screen): remembered, since each
  // answer costs a few DateTimeFormat calls. Bounded: a long-running server forgets.
  const key = `${timeZone} ${date}`;
  const known = midnights.get(key);
  if (known !== undefined) return new Date(known);
  if (midnights.size >= MAX_REMEMBERED_MIDNIGHTS) midnights.clear();
  const midnight = computeLocalMidnight(date, timeZone);
  midnights.set(key, midnight.getTime());
  return midnight;
}

const midnights = new Map<string, number>();
// About 27 years of days in one zone, or a few years in several: a few hundred kB at most.
const MAX_REMEMBERED_MIDNIGHTS = 10_000;

function computeLocalMidnight(date: LocalDate, timeZone: string): Date {
  const { year, month, day } = parseLocalDate(date);
  const midnightAsUtc = wallClockAsUtcMs({ year, month, day, hour: 0, minute: 0, second: 0 });
  const offsetBefore = offsetAt(midnightAsUtc - DAY_MS, timeZone);
  const offsetAfter = offsetAt(midnightAsUtc + DAY_MS, timeZone);
  const candidates = [midnightAsUtc - offsetBefore, midnightAsUtc - offsetAfter].filter(
    (epochMs) => wallClockAsUtcMs(wallClockAt(epochMs, timeZone)) === midnightAsUtc,
  );
  // Both match when the clocks go back across midnight: the day starts at the earlier one.
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  // Midnight does not exist (clocks jump forward at 00:00): on the old offset it is the jump itself.
  return new Date(midnightAsUtc - offsetBefore);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** An instant as a zone's wall clock, 'YYYY-MM-DD HH:mm:ss' (the date pickers' format). */
export function wallTimeOf(instant: Date, timeZone: string): string {
  const c = wallClockAt(Math.floor(instant.getTime() / 1000) * 1000, timeZone);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)} ${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}`;
}

/**
 * The instant a zone's wall time ('YYYY-MM-DD HH:mm[:ss]') names, whatever the
 * device's own zone. The offset is read at the guess and again at the result, so
 * a time next to a daylight-saving change still lands right.
 */
export function instantOfWallTime(wallTime: string, timeZone: string): Date {
  const [datePart = '', timePart = '00:00:00'] = wallTime.trim().split(/[ T]/);
  const [year = 0, month = 1, day = 1] = datePart.split('-').map(Number);
  const [hour = 0, minute = 0, second = 0] = timePart.split(':').map(Number);
  const target = wallClockAsUtcMs({ year, month, day, hour, minute, second });
  const first = target - offsetAt(target, timeZone);
  return new Date(target - offsetAt(first, timeZone));
}
