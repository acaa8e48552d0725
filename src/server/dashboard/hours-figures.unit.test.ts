import { describe, expect, it } from 'vitest';
import { periodAt, type SubscriptionTerms, summarizePeriod } from '../../shared/hours/index.js';
import { chargedUsage, periodFigures } from './hours-figures.js';

const ATHENS = 'Europe/Athens';
const terms: SubscriptionTerms = {
  startDate: '2026-01-15',
  endDate: null,
  periodKind: 'monthly',
  hoursPerPeriod: 10,
  billingIncrementMinutes: 15,
};
// [15 Feb, 15 Mar) local = [2026-02-14T22:00Z, 2026-03-14T22:00Z).
const february = periodAt(terms, 1, ATHENS)!;
const now = new Date('2026-03-10T08:31:00Z');
const task = (start: string, end: string | null, increment: number, isBillable = true) => ({
  startedAt: new Date(start),
  endedAt: end === null ? null : new Date(end),
  isBillable,
  billingIncrementMinutes: increment,
});

describe('period figures for tasks that keep their own increment', () => {
  it('equal summarizePeriod when every task has the package increment', () => {
    const tasks = [
      task('2026-02-16T08:00:00Z', '2026-02-16T08:07:00Z', 15),
      task('2026-02-20T10:00:00Z', '2026-02-20T11:00:01Z', 15),
      task('2026-02-21T10:00:00Z', '2026-02-21T12:00:00Z', 15, false),
      task('2026-03-10T07:00:00Z', null, 15),
      task('2026-03-14T22:00:00Z', '2026-03-14T22:10:00Z', 15),
    ];
    expect(periodFigures(10, february, tasks, now)).toEqual(
      summarizePeriod(terms, february, tasks, now),
    );
  });

  it('round each task by the increment it was made with', () => {
    const tasks = [
      task('2026-02-16T08:00:00Z', '2026-02-16T08:07:00Z', 15), // 15
      task('2026-02-17T08:00:00Z', '2026-02-17T08:07:00Z', 5), // 10
      task('2026-02-18T08:00:00Z', '2026-02-18T08:07:00Z', 60), // 60
      task('2026-03-10T08:00:00Z', null, 30), // running 31 min → 60
    ];
    expect(periodFigures(1, february, tasks, now)).toEqual({
      allowanceMinutes: 60,
      usedMinutes: 145,
      runningMinutes: 60,
      remainingMinutes: -85,
      overageMinutes: 85,
      usedRatio: 145 / 60,
    });
    const march = periodAt(terms, 2, ATHENS)!;
    expect(chargedUsage([february, march], tasks, now).map((u) => u.usedMinutes)).toEqual([145, 0]);
  });
});
