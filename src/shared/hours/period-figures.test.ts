import { describe, expect, it } from 'vitest';
import { incrementOf, liveFigures, periodFigures, sumByInterval } from './period-figures.js';

const NOW = new Date('2026-07-10T09:00:00Z');
const timer = {
  startedAt: new Date('2026-07-10T08:55:00Z'),
  billingIncrementMinutes: 15,
  isBillable: true,
};

describe('period figures', () => {
  it('adds the ledger and the running part against the allowance; overage is never clamped', () => {
    expect(periodFigures(10, 105, 15)).toEqual({
      allowanceMinutes: 600,
      usedMinutes: 120,
      runningMinutes: 15,
      remainingMinutes: 480,
      overageMinutes: 0,
      usedRatio: 0.2,
    });
    expect(periodFigures(1, 60, 15)).toMatchObject({ remainingMinutes: -15, overageMinutes: 15 });
    expect(periodFigures(0, 30, 0).usedRatio).toBeNull();
  });

  it('the live figure matches the server at its own instant and moves by the increment', () => {
    const atServer = periodFigures(10, 105, 15);
    expect(liveFigures(atServer, [timer], NOW)).toEqual(atServer);
    const later = new Date(NOW.getTime() + 11 * 60_000);
    expect(liveFigures(atServer, [timer], later)).toMatchObject({
      usedMinutes: 135,
      remainingMinutes: 465,
    });
    expect(liveFigures(periodFigures(2, 105, 15), [timer], later)).toMatchObject({
      remainingMinutes: -15,
      overageMinutes: 15,
    });
  });

  it('a non-billable timer moves nothing', () => {
    const atServer = periodFigures(10, 105, 0);
    const later = new Date(NOW.getTime() + 60 * 60_000);
    expect(liveFigures(atServer, [{ ...timer, isBillable: false }], later)).toEqual(atServer);
  });

  it('sums signed lines by the interval of their instant', () => {
    const july = { start: new Date('2026-06-30T21:00:00Z'), end: new Date('2026-07-31T21:00:00Z') };
    const june = { start: new Date('2026-05-31T21:00:00Z'), end: july.start };
    const lines = [
      { at: new Date('2026-07-01T08:00:00Z'), minutes: 60 },
      { at: new Date('2026-06-30T20:59:59Z'), minutes: 30 },
      { at: new Date('2026-07-02T08:00:00Z'), minutes: -15 },
      { at: new Date('2027-01-01T00:00:00Z'), minutes: 999 },
    ];
    expect(sumByInterval([june, july], lines)).toEqual([30, 45]);
  });

  it('refuses an increment no package may have', () => {
    expect(incrementOf({ billingIncrementMinutes: 15 })).toBe(15);
    expect(() => incrementOf({ billingIncrementMinutes: 7 })).toThrow(RangeError);
  });
});
