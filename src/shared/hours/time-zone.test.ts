import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-date.js';
import { instantOfWallTime, localDateOf, localMidnight, wallTimeOf } from './time-zone.js';

const ATHENS = 'Europe/Athens';
const HOUR_MS = 60 * 60 * 1000;

describe('local midnight', () => {
  it('is 22:00 UTC the day before in Athens winter (UTC+2) and 21:00 UTC in summer (UTC+3)', () => {
    expect(localMidnight('2026-03-01', ATHENS).toISOString()).toBe('2026-02-28T22:00:00.000Z');
    expect(localMidnight('2026-04-01', ATHENS).toISOString()).toBe('2026-03-31T21:00:00.000Z');
    expect(localMidnight('2026-01-01', ATHENS).toISOString()).toBe('2025-12-31T22:00:00.000Z');
  });

  it('handles the spring change (2026-03-29, 03:00 → 04:00): that day lasts 23 hours', () => {
    const dayStart = localMidnight('2026-03-29', ATHENS);
    const nextDayStart = localMidnight('2026-03-30', ATHENS);
    expect(dayStart.toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect(nextDayStart.toISOString()).toBe('2026-03-29T21:00:00.000Z');
    expect(nextDayStart.getTime() - dayStart.getTime()).toBe(23 * HOUR_MS);
  });

  it('handles the autumn change (2026-10-25, 04:00 → 03:00): that day lasts 25 hours', () => {
    const dayStart = localMidnight('2026-10-25', ATHENS);
    const nextDayStart = localMidnight('2026-10-26', ATHENS);
    expect(dayStart.toISOString()).toBe('2026-10-24T21:00:00.000Z');
    expect(nextDayStart.toISOString()).toBe('2026-10-25T22:00:00.000Z');
    expect(nextDayStart.getTime() - dayStart.getTime()).toBe(25 * HOUR_MS);
  });

  it('uses the zone it is given', () => {
    expect(localMidnight('2026-07-01', 'UTC').toISOString()).toBe('2026-07-01T00:00:00.000Z');
    // New York moved its clocks on 2026-03-08 at 02:00 (EST −5 → EDT −4).
    expect(localMidnight('2026-03-08', 'America/New_York').toISOString()).toBe(
      '2026-03-08T05:00:00.000Z',
    );
    expect(localMidnight('2026-03-09', 'America/New_York').toISOString()).toBe(
      '2026-03-09T04:00:00.000Z',
    );
    expect(localMidnight('2026-01-01', 'Asia/Kathmandu').toISOString()).toBe(
      '2025-12-31T18:15:00.000Z',
    );
  });

  it('starts the day when the clocks jump where a zone skips midnight itself', () => {
    // São Paulo, 2018-11-04: 00:00 (−3) jumped to 01:00 (−2), so the day began at 03:00 UTC.
    expect(localMidnight('2018-11-04', 'America/Sao_Paulo').toISOString()).toBe(
      '2018-11-04T03:00:00.000Z',
    );
  });

  it('takes the first of two midnights when the clocks go back across it', () => {
    // Havana, 2026-11-01: 01:00 (−4) went back to 00:00 (−5), so 00:00 happened twice.
    expect(localMidnight('2026-11-01', 'America/Havana').toISOString()).toBe(
      '2026-11-01T04:00:00.000Z',
    );
  });

  it.each([
    [ATHENS, 2026],
    ['America/New_York', 2026],
    ['America/Havana', 2026],
    ['America/Santiago', 2026],
    ['America/Sao_Paulo', 2018],
    ['Asia/Beirut', 2025],
    ['Australia/Lord_Howe', 2026],
    ['Asia/Kathmandu', 2026],
  ])('is the first instant of its day, for every day of the year (%s, %i)', (zone, year) => {
    for (let date = `${year}-01-01`; date < `${year + 1}-01-01`; date = addDays(date, 1)) {
      const midnight = localMidnight(date, zone);
      expect(localDateOf(midnight, zone)).toBe(date);
      expect(localDateOf(new Date(midnight.getTime() - 1), zone)).toBe(addDays(date, -1));
    }
  });

  it('rejects bad dates and unknown zones', () => {
    expect(() => localMidnight('2026-02-30', ATHENS)).toThrow(RangeError);
    expect(() => localMidnight('2026-03-01', 'Europe/Atlantis')).toThrow(RangeError);
  });
});

describe('local date of an instant', () => {
  it('changes at local midnight, not UTC midnight', () => {
    expect(localDateOf(new Date('2026-03-31T20:59:59.999Z'), ATHENS)).toBe('2026-03-31');
    expect(localDateOf(new Date('2026-03-31T21:00:00.000Z'), ATHENS)).toBe('2026-04-01');
    expect(localDateOf(new Date('2025-12-31T22:00:00.000Z'), ATHENS)).toBe('2026-01-01');
    expect(localDateOf(new Date('2025-12-31T22:00:00.000Z'), 'UTC')).toBe('2025-12-31');
  });

  it('stays on the same day through the DST hours', () => {
    // 02:59:59 winter time, then 04:00 summer time: still 29 March.
    expect(localDateOf(new Date('2026-03-29T00:59:59.000Z'), ATHENS)).toBe('2026-03-29');
    expect(localDateOf(new Date('2026-03-29T01:00:00.000Z'), ATHENS)).toBe('2026-03-29');
    // 03:30 happens twice on 25 October; both are that day.
    expect(localDateOf(new Date('2026-10-25T00:30:00.000Z'), ATHENS)).toBe('2026-10-25');
    expect(localDateOf(new Date('2026-10-25T01:30:00.000Z'), ATHENS)).toBe('2026-10-25');
  });
});

describe('wall time in a zone', () => {
  it('reads a wall time as the instant it names, summer and winter alike', () => {
    expect(instantOfWallTime('2026-07-01 10:30:00', 'Europe/Athens').toISOString()).toBe(
      '2026-07-01T07:30:00.000Z',
    );
    expect(instantOfWallTime('2026-01-15 10:30', 'Europe/Athens').toISOString()).toBe(
      '2026-01-15T08:30:00.000Z',
    );
    // The night the clocks go forward (29 March 2026, 03:00 → 04:00).
    expect(instantOfWallTime('2026-03-29 05:00:00', 'Europe/Athens').toISOString()).toBe(
      '2026-03-29T02:00:00.000Z',
    );
    expect(instantOfWallTime('2026-07-01 10:30:00', 'America/New_York').toISOString()).toBe(
      '2026-07-01T14:30:00.000Z',
    );
  });

  it('writes an instant as the wall time of a zone, and back again', () => {
    const instant = new Date('2026-10-25T09:15:00Z');
    expect(wallTimeOf(instant, 'Europe/Athens')).toBe('2026-10-25 11:15:00');
    expect(wallTimeOf(instant, 'America/New_York')).toBe('2026-10-25 05:15:00');
    for (const zone of ['Europe/Athens', 'America/New_York']) {
      expect(instantOfWallTime(wallTimeOf(instant, zone), zone).getTime()).toBe(instant.getTime());
    }
  });
});
