import { describe, expect, it } from 'vitest';
import { lastCalendarMonths } from './calendar-months.js';
import { isWithin, usageByInterval } from './usage-by-interval.js';

const ATHENS = 'Europe/Athens';
const at = (iso: string) => new Date(iso);
const task = (start: string, end: string | null, isBillable = true) => ({
  startedAt: at(start),
  endedAt: end === null ? null : at(end),
  isBillable,
});

describe('an interval', () => {
  const interval = { start: at('2026-01-31T22:00:00Z'), end: at('2026-02-28T22:00:00Z') };

  it('includes its start and excludes its end', () => {
    expect(isWithin(interval, at('2026-01-31T21:59:59.999Z'))).toBe(false);
    expect(isWithin(interval, at('2026-01-31T22:00:00.000Z'))).toBe(true);
    expect(isWithin(interval, at('2026-02-28T21:59:59.999Z'))).toBe(true);
    expect(isWithin(interval, at('2026-02-28T22:00:00.000Z'))).toBe(false);
  });

  it('without an end reaches forever', () => {
    expect(isWithin({ start: interval.start, end: null }, at('2099-01-01T00:00Z'))).toBe(true);
  });
});

describe('usage per interval', () => {
  const now = at('2026-02-10T08:20:01Z');
  // January and February 2026 in Athens.
  const months = lastCalendarMonths(2, now, ATHENS);

  it('charges each task to the month of its start, running ones up to now', () => {
    const usage = usageByInterval(
      months,
      [
        // 23:30 → 00:45 local across the month end: 75 minutes, all of it January's.
        task('2026-01-31T21:30:00Z', '2026-01-31T22:45:00Z'),
        // Starts at 00:00 local on 1 February: 10 minutes → 15, February's.
        task('2026-01-31T22:00:00Z', '2026-01-31T22:10:00Z'),
        // Running for 20 min 1 s → 30.
        task('2026-02-10T08:00:00Z', null),
        // Non-billable: 40 minutes, charged nothing.
        task('2026-02-03T08:00:00Z', '2026-02-03T08:40:00Z', false),
        // December: outside both months, left out.
        task('2025-12-15T08:00:00Z', '2025-12-15T09:00:00Z'),
      ],
      15,
      now,
    );
    expect(
      usage.map(({ interval, usedMinutes, runningMinutes }) => [
        interval.month,
        usedMinutes,
        runningMinutes,
      ]),
    ).toEqual([
      ['2026-01', 75, 0],
      ['2026-02', 45, 30],
    ]);
  });

  it('gives zero for intervals with no tasks', () => {
    expect(usageByInterval(months, [], 15, now).map((u) => u.usedMinutes)).toEqual([0, 0]);
  });
});
