import { describe, expect, it } from 'vitest';
import type { PeriodKind, SubscriptionTerms } from './hours.types.js';
import { lastPeriods, periodsBetween } from './period-range.js';

const ATHENS = 'Europe/Athens';
type Dates = Pick<SubscriptionTerms, 'startDate' | 'endDate' | 'periodKind'>;
const terms = (
  periodKind: PeriodKind,
  startDate: string,
  endDate: string | null = null,
): Dates => ({
  periodKind,
  startDate,
  endDate,
});
const at = (iso: string) => new Date(iso);
const startDates = (periods: { startDate: string }[]) => periods.map((p) => p.startDate);

describe('periods between two instants', () => {
  const fromJan15 = terms('monthly', '2026-01-15');

  it('lists every period overlapping [from, to), oldest first', () => {
    const periods = periodsBetween(
      fromJan15,
      at('2026-03-01T00:00Z'),
      at('2026-05-01T00:00Z'),
      ATHENS,
    );
    expect(periods.map((p) => p.index)).toEqual([1, 2, 3]);
    expect(startDates(periods)).toEqual(['2026-02-15', '2026-03-15', '2026-04-15']);
  });

  it('leaves out a period that starts exactly at `to`', () => {
    // Local midnight of 15 March is 22:00 UTC on the 14th.
    const to = at('2026-03-14T22:00:00.000Z');
    expect(startDates(periodsBetween(fromJan15, at('2026-01-20T00:00Z'), to, ATHENS))).toEqual([
      '2026-01-15',
      '2026-02-15',
    ]);
    const later = at('2026-03-14T22:00:00.001Z');
    expect(periodsBetween(fromJan15, at('2026-01-20T00:00Z'), later, ATHENS)).toHaveLength(3);
  });

  it('starts at the first period when `from` is before the subscription', () => {
    expect(
      startDates(
        periodsBetween(fromJan15, at('2025-06-01T00:00Z'), at('2026-02-01T00:00Z'), ATHENS),
      ),
    ).toEqual(['2026-01-15']);
  });

  it('stops at the end date', () => {
    const ending = terms('monthly', '2026-01-15', '2026-03-20');
    const periods = periodsBetween(
      ending,
      at('2026-01-01T00:00Z'),
      at('2027-01-01T00:00Z'),
      ATHENS,
    );
    expect(startDates(periods)).toEqual(['2026-01-15', '2026-02-15', '2026-03-15']);
    expect(periods.at(-1)?.end?.toISOString()).toBe('2026-03-20T22:00:00.000Z');
    expect(
      periodsBetween(ending, at('2026-04-01T00:00Z'), at('2026-05-01T00:00Z'), ATHENS),
    ).toEqual([]);
  });

  it('is empty for an empty or reversed range', () => {
    const instant = at('2026-03-01T00:00Z');
    expect(periodsBetween(fromJan15, instant, instant, ATHENS)).toEqual([]);
    expect(periodsBetween(fromJan15, instant, at('2026-02-01T00:00Z'), ATHENS)).toEqual([]);
  });
});

describe('last N periods', () => {
  it('ends with the current period', () => {
    const fromMarch = terms('monthly', '2025-03-10');
    const periods = lastPeriods(fromMarch, 12, at('2026-06-01T09:00:00Z'), ATHENS);
    expect(periods).toHaveLength(12);
    expect(periods[0]).toMatchObject({ index: 3, startDate: '2025-06-10' });
    expect(periods[11]).toMatchObject({
      index: 14,
      startDate: '2026-05-10',
      lastDate: '2026-06-09',
    });
  });

  it('returns fewer when the subscription is younger', () => {
    const fromJan15 = terms('monthly', '2026-01-15');
    expect(startDates(lastPeriods(fromJan15, 12, at('2026-03-01T00:00Z'), ATHENS))).toEqual([
      '2026-01-15',
      '2026-02-15',
    ]);
    expect(lastPeriods(fromJan15, 12, at('2026-01-14T21:59:59.999Z'), ATHENS)).toEqual([]);
    expect(lastPeriods(fromJan15, 0, at('2026-03-01T00:00Z'), ATHENS)).toEqual([]);
  });

  it('returns the final periods of an ended subscription', () => {
    const ended = terms('monthly', '2025-01-01', '2025-06-30');
    const periods = lastPeriods(ended, 3, at('2026-01-01T00:00Z'), ATHENS);
    expect(startDates(periods)).toEqual(['2025-04-01', '2025-05-01', '2025-06-01']);
    expect(periods[2]?.lastDate).toBe('2025-06-30');
  });

  it('works for yearly subscriptions', () => {
    const yearly = terms('yearly', '2023-09-01');
    expect(startDates(lastPeriods(yearly, 2, at('2026-03-01T00:00Z'), ATHENS))).toEqual([
      '2024-09-01',
      '2025-09-01',
    ]);
  });
});
