import { describe, expect, it } from 'vitest';
import { calendarMonthOf, lastCalendarMonths } from './calendar-months.js';

const ATHENS = 'Europe/Athens';
const at = (iso: string) => new Date(iso);
const plain = (month: { month: string; start: Date; end: Date }) => ({
  month: month.month,
  start: month.start.toISOString(),
  end: month.end.toISOString(),
});

describe('calendar months', () => {
  it('run from local midnight of the 1st to local midnight of the next 1st', () => {
    expect(plain(calendarMonthOf(at('2026-03-31T20:59:59.999Z'), ATHENS))).toEqual({
      month: '2026-03',
      start: '2026-02-28T22:00:00.000Z',
      end: '2026-03-31T21:00:00.000Z',
    });
    expect(plain(calendarMonthOf(at('2026-03-31T21:00:00.000Z'), ATHENS))).toEqual({
      month: '2026-04',
      start: '2026-03-31T21:00:00.000Z',
      end: '2026-04-30T21:00:00.000Z',
    });
    expect(plain(calendarMonthOf(at('2026-10-15T12:00:00Z'), ATHENS))).toEqual({
      month: '2026-10',
      start: '2026-09-30T21:00:00.000Z',
      end: '2026-10-31T22:00:00.000Z',
    });
  });

  it('follow the local New Year, not the UTC one', () => {
    expect(calendarMonthOf(at('2025-12-31T22:00:00Z'), ATHENS).month).toBe('2026-01');
    expect(calendarMonthOf(at('2025-12-31T22:00:00Z'), 'UTC').month).toBe('2025-12');
  });

  it('lists the last 12 months for the chart, oldest first and back to back', () => {
    const months = lastCalendarMonths(12, at('2026-02-10T12:00:00Z'), ATHENS);
    expect(months.map((m) => m.month)).toEqual([
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(months[0]?.start.toISOString()).toBe('2025-02-28T22:00:00.000Z');
    expect(months[11]?.end.toISOString()).toBe('2026-02-28T22:00:00.000Z');
    for (let i = 1; i < months.length; i += 1) {
      expect(months[i]?.start.getTime()).toBe(months[i - 1]?.end.getTime());
    }
  });

  it('wraps around the year', () => {
    expect(lastCalendarMonths(3, at('2026-01-05T00:00Z'), ATHENS).map((m) => m.month)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
    ]);
    expect(lastCalendarMonths(0, at('2026-01-05T00:00Z'), ATHENS)).toEqual([]);
  });
});
