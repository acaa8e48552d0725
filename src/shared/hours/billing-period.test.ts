import { describe, expect, it } from 'vitest';
import { periodAt, periodContaining, periodIndexOn } from './billing-period.js';
import type { PeriodKind, SubscriptionTerms } from './hours.types.js';

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
const iso = (date: Date | null) => date?.toISOString() ?? null;

describe('monthly periods', () => {
  const fromJan15 = terms('monthly', '2026-01-15');

  it('are anchored on the start date and begin at local midnight', () => {
    const period = periodContaining(fromJan15, at('2026-02-10T10:00:00Z'), ATHENS);
    expect(period).toMatchObject({ index: 0, startDate: '2026-01-15', lastDate: '2026-02-14' });
    expect(iso(period!.start)).toBe('2026-01-14T22:00:00.000Z');
    expect(iso(period!.end)).toBe('2026-02-14T22:00:00.000Z');
  });

  it('switch exactly at local midnight: one millisecond before belongs to the earlier period', () => {
    expect(periodContaining(fromJan15, at('2026-02-14T21:59:59.999Z'), ATHENS)?.index).toBe(0);
    expect(periodContaining(fromJan15, at('2026-02-14T22:00:00.000Z'), ATHENS)?.index).toBe(1);
    // 23:30 UTC on the 14th is already 01:30 on the 15th in Athens.
    expect(periodContaining(fromJan15, at('2026-02-14T23:30:00.000Z'), ATHENS)?.startDate).toBe(
      '2026-02-15',
    );
  });

  it('have none before the start date', () => {
    expect(periodContaining(fromJan15, at('2026-01-14T21:59:59.999Z'), ATHENS)).toBeNull();
    expect(periodContaining(fromJan15, at('2026-01-14T22:00:00.000Z'), ATHENS)?.index).toBe(0);
  });

  it('end at local midnight in summer time when they start in winter time', () => {
    const fromMar1 = terms('monthly', '2026-03-01');
    const march = periodContaining(fromMar1, at('2026-03-15T12:00:00Z'), ATHENS);
    expect(iso(march!.start)).toBe('2026-02-28T22:00:00.000Z');
    expect(iso(march!.end)).toBe('2026-03-31T21:00:00.000Z');
    expect(periodContaining(fromMar1, at('2026-03-31T20:59:59.999Z'), ATHENS)?.index).toBe(0);
    const april = periodContaining(fromMar1, at('2026-03-31T21:00:00.000Z'), ATHENS);
    expect(april).toMatchObject({ index: 1, startDate: '2026-04-01', lastDate: '2026-04-30' });
    expect(iso(april!.start)).toBe('2026-03-31T21:00:00.000Z');
    expect(iso(april!.end)).toBe('2026-04-30T21:00:00.000Z');
  });

  it('start correctly on the spring DST day (2026-03-29)', () => {
    // Anchor 29th: February has no 29th in 2026, so its period starts on the 28th.
    const from29th = terms('monthly', '2026-01-29');
    expect(periodContaining(from29th, at('2026-03-28T21:59:59.999Z'), ATHENS)).toMatchObject({
      index: 1,
      startDate: '2026-02-28',
      lastDate: '2026-03-28',
    });
    const period = periodContaining(from29th, at('2026-03-28T22:00:00.000Z'), ATHENS);
    expect(period).toMatchObject({ index: 2, startDate: '2026-03-29', lastDate: '2026-04-28' });
    expect(iso(period!.start)).toBe('2026-03-28T22:00:00.000Z');
    expect(iso(period!.end)).toBe('2026-04-28T21:00:00.000Z');
    // 04:30 summer time, after the jump: still the same period.
    expect(periodContaining(from29th, at('2026-03-29T01:30:00Z'), ATHENS)?.index).toBe(2);
  });

  it('start correctly on the autumn DST day (2026-10-25)', () => {
    const from25th = terms('monthly', '2026-01-25');
    expect(periodContaining(from25th, at('2026-10-24T20:59:59.999Z'), ATHENS)?.startDate).toBe(
      '2026-09-25',
    );
    const period = periodContaining(from25th, at('2026-10-24T21:00:00.000Z'), ATHENS);
    expect(period).toMatchObject({ index: 9, startDate: '2026-10-25', lastDate: '2026-11-24' });
    expect(iso(period!.start)).toBe('2026-10-24T21:00:00.000Z');
    expect(iso(period!.end)).toBe('2026-11-24T22:00:00.000Z');
    // The repeated 03:30 (second time, UTC+2) is still 25 October.
    expect(periodContaining(from25th, at('2026-10-25T01:30:00Z'), ATHENS)?.index).toBe(9);
  });

  it('clamp a 31st anchor to short months and come back to the 31st', () => {
    const from31st = terms('monthly', '2026-01-31');
    const dates = [0, 1, 2, 3, 4].map((index) => {
      const period = periodAt(from31st, index, ATHENS);
      return [period?.startDate, period?.lastDate];
    });
    expect(dates).toEqual([
      ['2026-01-31', '2026-02-27'],
      ['2026-02-28', '2026-03-30'],
      ['2026-03-31', '2026-04-29'],
      ['2026-04-30', '2026-05-30'],
      ['2026-05-31', '2026-06-29'],
    ]);
    // 30 March is before that month's anchor day (31st): still February's period.
    expect(periodIndexOn(from31st, '2026-03-30')).toBe(1);
    expect(periodIndexOn(from31st, '2026-03-31')).toBe(2);
  });

  it('use 29 February in a leap year', () => {
    const from31st = terms('monthly', '2028-01-31');
    expect(periodAt(from31st, 1, ATHENS)).toMatchObject({
      startDate: '2028-02-29',
      lastDate: '2028-03-30',
    });
    expect(periodIndexOn(from31st, '2028-02-28')).toBe(0);
    expect(periodIndexOn(from31st, '2028-02-29')).toBe(1);
  });

  it('are cut short by the end date, and none follow it', () => {
    const ending = terms('monthly', '2026-01-15', '2026-04-20');
    const last = periodAt(ending, 3, ATHENS);
    expect(last).toMatchObject({ startDate: '2026-04-15', lastDate: '2026-04-20' });
    expect(iso(last!.end)).toBe('2026-04-20T21:00:00.000Z');
    expect(periodAt(ending, 4, ATHENS)).toBeNull();
    expect(periodContaining(ending, at('2026-04-20T20:59:59.999Z'), ATHENS)?.index).toBe(3);
    expect(periodContaining(ending, at('2026-04-20T21:00:00.000Z'), ATHENS)).toBeNull();
  });

  it('are not cut when the end date is the last day of a period', () => {
    const ending = terms('monthly', '2026-01-15', '2026-04-14');
    expect(periodAt(ending, 2, ATHENS)).toMatchObject({
      startDate: '2026-03-15',
      lastDate: '2026-04-14',
    });
    expect(periodAt(ending, 3, ATHENS)).toBeNull();
  });
});

describe('yearly periods', () => {
  it('run from anniversary to anniversary at local midnight', () => {
    const fromJuly = terms('yearly', '2026-07-01');
    const period = periodContaining(fromJuly, at('2027-06-30T20:59:59.999Z'), ATHENS);
    expect(period).toMatchObject({ index: 0, startDate: '2026-07-01', lastDate: '2027-06-30' });
    expect(iso(period!.start)).toBe('2026-06-30T21:00:00.000Z');
    expect(iso(period!.end)).toBe('2027-06-30T21:00:00.000Z');
    expect(periodContaining(fromJuly, at('2027-06-30T21:00:00.000Z'), ATHENS)?.index).toBe(1);
  });

  it('move a 29 February anniversary to the 28th in common years and back in leap years', () => {
    const leapDay = terms('yearly', '2028-02-29');
    expect(periodAt(leapDay, 0, ATHENS)?.lastDate).toBe('2029-02-27');
    expect(periodAt(leapDay, 1, ATHENS)).toMatchObject({
      startDate: '2029-02-28',
      lastDate: '2030-02-27',
    });
    expect(periodAt(leapDay, 4, ATHENS)?.startDate).toBe('2032-02-29');
    expect(periodContaining(leapDay, at('2029-02-27T21:59:59.999Z'), ATHENS)?.index).toBe(0);
    expect(periodContaining(leapDay, at('2029-02-27T22:00:00.000Z'), ATHENS)?.index).toBe(1);
  });
});

describe('one-off blocks', () => {
  it('are a single period from the start date to local midnight after the end date', () => {
    const block = terms('one_off', '2026-03-10', '2026-06-30');
    const period = periodContaining(block, at('2026-06-30T20:59:59.999Z'), ATHENS);
    expect(period).toMatchObject({ index: 0, startDate: '2026-03-10', lastDate: '2026-06-30' });
    expect(iso(period!.start)).toBe('2026-03-09T22:00:00.000Z');
    expect(iso(period!.end)).toBe('2026-06-30T21:00:00.000Z');
    expect(periodContaining(block, at('2026-06-30T21:00:00.000Z'), ATHENS)).toBeNull();
    expect(periodAt(block, 1, ATHENS)).toBeNull();
  });

  it('are open-ended without an end date', () => {
    const block = terms('one_off', '2026-03-10');
    const period = periodContaining(block, at('2031-01-01T12:00:00Z'), ATHENS);
    expect(period).toMatchObject({ index: 0, startDate: '2026-03-10', lastDate: null, end: null });
  });
});

describe('invalid terms', () => {
  it('are refused rather than read as "no period"', () => {
    expect(() => periodAt(terms('monthly', '2026-02-30'), 0, ATHENS)).toThrow(RangeError);
    expect(() => periodAt(terms('monthly', '2026-03-01', '2026-02-01'), 0, ATHENS)).toThrow(
      RangeError,
    );
    expect(() => periodAt(terms('monthly', '2026-03-01'), -1, ATHENS)).toThrow(RangeError);
  });
});
