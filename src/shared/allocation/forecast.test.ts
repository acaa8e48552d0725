import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastHours } from './forecast.js';

const DAY = 86_400_000;
const start = new Date('2026-12-01T00:00:00Z');
const end = new Date('2027-01-01T00:00:00Z');
const day = (n: number) => new Date(start.getTime() + n * DAY);

describe('forecastHours', () => {
  it('says when the hours run out at the pace so far', () => {
    // 10 days, 5 hours used, 5 left: another 10 days → 21 December.
    const forecast = forecastHours({
      periodStart: start,
      periodEnd: end,
      now: day(10),
      usedMinutes: 300,
      remainingMinutes: 300,
    });
    expect(forecast).toEqual({ kind: 'runs_out', runsOutAt: day(20) });
  });

  it('says the hours last the period when the pace is slow enough', () => {
    const input = {
      periodStart: start,
      periodEnd: end,
      now: day(10),
      usedMinutes: 60,
      remainingMinutes: 600,
    };
    expect(forecastHours(input)).toEqual({ kind: 'lasts' });
  });

  it('has no pace before any work, and nothing to forecast once used up', () => {
    const base = { periodStart: start, periodEnd: end, now: day(3) };
    expect(forecastHours({ ...base, usedMinutes: 0, remainingMinutes: 600 })).toEqual({
      kind: 'lasts',
    });
    expect(forecastHours({ ...base, usedMinutes: 600, remainingMinutes: 0 })).toEqual({
      kind: 'used_up',
    });
  });

  it('never forecasts a date in the past or past the period end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 * 24 * 60 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: -100, max: 10_000 }),
        (elapsedMinutes, used, remaining) => {
          const now = new Date(start.getTime() + elapsedMinutes * 60_000);
          const forecast = forecastHours({
            periodStart: start,
            periodEnd: end,
            now,
            usedMinutes: used,
            remainingMinutes: remaining,
          });
          if (forecast.kind === 'runs_out') {
            expect(forecast.runsOutAt.getTime()).toBeGreaterThanOrEqual(now.getTime());
            expect(forecast.runsOutAt.getTime()).toBeLessThan(end.getTime());
          }
          if (remaining <= 0) expect(forecast.kind).toBe('used_up');
        },
      ),
    );
  });
});
