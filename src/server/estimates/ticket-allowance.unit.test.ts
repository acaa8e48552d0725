import { describe, expect, it } from 'vitest';
import { allowanceOf, cappedMinutes, minutesTakenBy } from './ticket-allowance.js';

const MINUTE = 60_000;

describe('allowanceOf', () => {
  it('is the sum of the approved estimates once a ticket has any estimate', () => {
    expect(
      allowanceOf(
        [
          { status: 'approved', minutes: 60 },
          { status: 'pending', minutes: 120 },
          { status: 'approved', minutes: 30 },
        ],
        600,
      ),
    ).toEqual({ limitMinutes: 90, source: 'estimates' });
    // Pending or declined only: nothing is approved, so no billable work.
    expect(allowanceOf([{ status: 'declined', minutes: 60 }], null)).toEqual({
      limitMinutes: 0,
      source: 'estimates',
    });
  });

  it('falls back to the company cap, then to no limit; withdrawn estimates do not count', () => {
    expect(allowanceOf([{ status: 'withdrawn', minutes: 60 }], 120)).toEqual({
      limitMinutes: 120,
      source: 'company_cap',
    });
    expect(allowanceOf([], null)).toEqual({ limitMinutes: null, source: null });
  });
});

describe('cappedMinutes', () => {
  it('charges what was measured, but never past what is left of the allowance', () => {
    expect(cappedMinutes(45, 60, 0)).toBe(45);
    expect(cappedMinutes(120, 60, 0)).toBe(60);
    expect(cappedMinutes(45, 60, 30)).toBe(30);
    expect(cappedMinutes(45, 60, 90)).toBe(0);
    expect(cappedMinutes(500, null, 1000)).toBe(500);
  });
});

describe('minutesTakenBy', () => {
  const base = {
    id: 't',
    billingIncrementMinutes: 15,
    multiplier: 'normal' as const,
    billableMinutes: null,
  };
  it('counts a running timer up to now, rounded up and multiplied', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const startedAt = new Date(now.getTime() - 20 * MINUTE);
    expect(minutesTakenBy({ ...base, startedAt, endedAt: null }, now)).toBe(30);
    expect(minutesTakenBy({ ...base, multiplier: 'urgent', startedAt, endedAt: null }, now)).toBe(
      45,
    );
  });
  it('counts a finished task by its stored minutes', () => {
    const startedAt = new Date('2026-12-01T09:00:00Z');
    expect(
      minutesTakenBy({ ...base, startedAt, endedAt: new Date(), billableMinutes: 75 }, new Date()),
    ).toBe(75);
  });
});
