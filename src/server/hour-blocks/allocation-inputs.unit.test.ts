import { describe, expect, it } from 'vitest';
import type { SubscriptionTerms } from '../../shared/hours/index.js';
import { periodsForAllocation } from './allocation-inputs.js';

const ATHENS = 'Europe/Athens';
const monthly = (startDate: string, endDate: string | null = null): SubscriptionTerms => ({
  startDate,
  endDate,
  periodKind: 'monthly',
  hoursPerPeriod: 10,
  billingIncrementMinutes: 15,
});

const startDates = (terms: SubscriptionTerms, rollover: number, now: string) =>
  periodsForAllocation(terms, rollover, ATHENS, new Date(now)).map((period) => period.startDate);

describe('the periods an allocation needs', () => {
  it('are every period begun, plus as many ahead as rolled hours reach', () => {
    const terms = monthly('2026-01-15');
    expect(startDates(terms, 0, '2026-03-20T10:00:00Z')).toEqual([
      '2026-01-15',
      '2026-02-15',
      '2026-03-15',
    ]);
    expect(startDates(terms, 2, '2026-03-20T10:00:00Z')).toEqual([
      '2026-01-15',
      '2026-02-15',
      '2026-03-15',
      '2026-04-15',
      '2026-05-15',
    ]);
  });

  // Remembered between calls: the answer must change exactly when a period begins, in
  // either direction of time, as if worked out anew.
  it('gain a period at the local midnight it begins, and lose it before, asked in any order', () => {
    const terms = monthly('2025-11-01');
    // 1 April 2026, 00:00 in Athens (UTC+3 in summer time) is 31 March, 21:00 UTC.
    const justBefore = '2026-03-31T20:59:59.999Z';
    const atMidnight = '2026-03-31T21:00:00.000Z';
    const march = ['2025-11-01', '2025-12-01', '2026-01-01', '2026-02-01', '2026-03-01'];
    expect(startDates(terms, 1, justBefore)).toEqual([...march, '2026-04-01']);
    expect(startDates(terms, 1, atMidnight)).toEqual([...march, '2026-04-01', '2026-05-01']);
    expect(startDates(terms, 1, justBefore)).toEqual([...march, '2026-04-01']);
    expect(startDates(terms, 1, '2025-10-31T12:00:00Z')).toEqual(['2025-11-01']);
  });

  it('keep apart subscriptions that differ in their dates, zone or rollover', () => {
    const now = '2026-03-20T10:00:00Z';
    expect(startDates(monthly('2026-01-15'), 0, now)).toHaveLength(3);
    expect(startDates(monthly('2026-01-15', '2026-02-20'), 0, now)).toEqual([
      '2026-01-15',
      '2026-02-15',
    ]);
    expect(startDates(monthly('2026-01-15'), 1, now)).toHaveLength(4);
    const inNewYork = periodsForAllocation(
      monthly('2026-01-15'),
      0,
      'America/New_York',
      new Date(now),
    );
    expect(inNewYork[0]?.start.toISOString()).toBe('2026-01-15T05:00:00.000Z');
    const inAthens = periodsForAllocation(monthly('2026-01-15'), 0, ATHENS, new Date(now));
    expect(inAthens[0]?.start.toISOString()).toBe('2026-01-14T22:00:00.000Z');
  });
});
