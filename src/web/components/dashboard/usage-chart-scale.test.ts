import { describe, expect, it } from 'vitest';
import { barParts, hoursScale, hoursTicks, shortDay } from './usage-chart-scale';

describe('the hours-per-period chart scale', () => {
  it('rounds the top up to a step, with about four lines', () => {
    expect(hoursScale(600)).toEqual({ topHours: 10, stepHours: 5 });
    expect(hoursScale(630)).toEqual({ topHours: 15, stepHours: 5 });
    expect(hoursScale(0)).toEqual({ topHours: 1, stepHours: 1 });
    expect(hoursScale(40 * 60)).toEqual({ topHours: 40, stepHours: 10 });
    expect(hoursTicks({ topHours: 15, stepHours: 5 })).toEqual([0, 5, 10, 15]);
  });

  it('splits a bar at the period’s hours, the rest is overage', () => {
    expect(barParts(450, 600)).toEqual({ withinMinutes: 450, overMinutes: 0 });
    expect(barParts(690, 600)).toEqual({ withinMinutes: 600, overMinutes: 90 });
    expect(barParts(-30, 600)).toEqual({ withinMinutes: 0, overMinutes: 0 });
  });

  it('labels a period by its days', () => {
    expect(shortDay('2026-11-19', false)).toBe('19/11');
    expect(shortDay('2026-11-19', true)).toBe('19/11/26');
  });
});
