import { describe, expect, it } from 'vitest';
import { periodAt } from './billing-period.js';
import type { SubscriptionTerms } from './hours.types.js';
import { allowanceMinutes, summarizePeriod } from './period-summary.js';

const ATHENS = 'Europe/Athens';
const at = (iso: string) => new Date(iso);
const task = (start: string, end: string | null, isBillable = true) => ({
  startedAt: at(start),
  endedAt: end === null ? null : at(end),
  isBillable,
});

const tenHours: SubscriptionTerms = {
  startDate: '2026-01-15',
  endDate: null,
  periodKind: 'monthly',
  hoursPerPeriod: 10,
  billingIncrementMinutes: 15,
};
// [15 Feb, 15 Mar) local = [2026-02-14T22:00Z, 2026-03-14T22:00Z).
const february = periodAt(tenHours, 1, ATHENS)!;

describe('period summary', () => {
  const tasks = [
    task('2026-02-16T08:00:00Z', '2026-02-16T08:07:00Z'), // 7 min → 15
    task('2026-02-20T10:00:00Z', '2026-02-20T11:00:01Z'), // 60 min 1 s → 75
    task('2026-02-21T10:00:00Z', '2026-02-21T12:00:00Z', false), // non-billable → 0
    task('2026-03-10T07:00:00Z', null), // running: 91 min at `now` → 105
    // 23:50 → 00:20 local across the period boundary: 30, charged to the period of its start.
    task('2026-03-14T21:50:00Z', '2026-03-14T22:20:00Z'),
    // Starts at local midnight of 15 March: next period's.
    task('2026-03-14T22:00:00.000Z', '2026-03-14T22:10:00Z'),
    // One millisecond before the period: the previous one's.
    task('2026-02-14T21:59:59.999Z', '2026-02-14T23:00:00Z'),
  ];
  const now = at('2026-03-10T08:31:00Z');

  it('sums what started in the period, running tasks included, against the allowance', () => {
    expect(summarizePeriod(tenHours, february, tasks, now)).toEqual({
      allowanceMinutes: 600,
      usedMinutes: 225,
      runningMinutes: 105,
      remainingMinutes: 375,
      overageMinutes: 0,
      usedRatio: 0.375,
    });
  });

  it('moves while a task runs', () => {
    const later = at('2026-03-10T08:46:01Z'); // running 106 min 1 s → 120
    expect(summarizePeriod(tenHours, february, tasks, later)).toMatchObject({
      usedMinutes: 240,
      runningMinutes: 120,
      remainingMinutes: 360,
    });
  });

  it('goes below zero and reports the overage', () => {
    const oneHour = { ...tenHours, hoursPerPeriod: 1 };
    const over = [
      task('2026-02-16T08:00:00Z', '2026-02-16T08:50:00Z'), // 50 → 60
      task('2026-02-17T08:00:00Z', '2026-02-17T08:20:00Z'), // 20 → 30
    ];
    expect(summarizePeriod(oneHour, february, over, now)).toEqual({
      allowanceMinutes: 60,
      usedMinutes: 90,
      runningMinutes: 0,
      remainingMinutes: -30,
      overageMinutes: 30,
      usedRatio: 1.5,
    });
  });

  it('has no overage when the allowance is used exactly', () => {
    const oneHour = { ...tenHours, hoursPerPeriod: 1 };
    const exact = [task('2026-02-16T08:00:00Z', '2026-02-16T09:00:00Z')];
    expect(summarizePeriod(oneHour, february, exact, now)).toMatchObject({
      remainingMinutes: 0,
      overageMinutes: 0,
      usedRatio: 1,
    });
  });

  it('has no ratio for a zero allowance, and still shows the overage', () => {
    const none = { ...tenHours, hoursPerPeriod: 0 };
    const one = [task('2026-02-16T08:00:00Z', '2026-02-16T08:01:00Z')];
    expect(summarizePeriod(none, february, one, now)).toMatchObject({
      allowanceMinutes: 0,
      remainingMinutes: -15,
      overageMinutes: 15,
      usedRatio: null,
    });
  });
});

describe('allowance in minutes', () => {
  it('turns fractional hours into whole minutes', () => {
    expect(allowanceMinutes(10)).toBe(600);
    expect(allowanceMinutes(2.5)).toBe(150);
    expect(allowanceMinutes(2.15)).toBe(129);
    expect(allowanceMinutes(0)).toBe(0);
    expect(() => allowanceMinutes(-1)).toThrow(RangeError);
  });
});
