import { describe, expect, it } from 'vitest';
import { billableMinutes, roundUpToIncrement } from './billable-minutes.js';
import type { BillingIncrement } from './hours.types.js';

const start = new Date('2026-05-04T09:00:00.000Z');
const endAfter = (minutes: number, seconds = 0, ms = 0) =>
  new Date(start.getTime() + minutes * 60_000 + seconds * 1000 + ms);
const ms = (minutes: number, seconds = 0) => minutes * 60_000 + seconds * 1000;

describe('rounding up to the billing increment', () => {
  it('on a 1-minute increment counts partial minutes', () => {
    expect(roundUpToIncrement(0, 1)).toBe(0);
    expect(roundUpToIncrement(ms(0, 1), 1)).toBe(1);
    expect(roundUpToIncrement(ms(1), 1)).toBe(1);
    expect(roundUpToIncrement(ms(1, 1), 1)).toBe(2);
    expect(roundUpToIncrement(ms(7), 1)).toBe(7);
    expect(roundUpToIncrement(ms(7, 1), 1)).toBe(8);
  });

  it('on a 15-minute increment', () => {
    expect(roundUpToIncrement(0, 15)).toBe(0);
    expect(roundUpToIncrement(ms(0, 1), 15)).toBe(15);
    expect(roundUpToIncrement(ms(7), 15)).toBe(15);
    expect(roundUpToIncrement(ms(15), 15)).toBe(15);
    expect(roundUpToIncrement(ms(15, 1), 15)).toBe(30);
    expect(roundUpToIncrement(ms(30), 15)).toBe(30);
    expect(roundUpToIncrement(ms(30, 1), 15)).toBe(45);
    expect(roundUpToIncrement(ms(8 * 60), 15)).toBe(480);
  });

  it.each<[BillingIncrement, number, number, number]>([
    // increment, just under one increment, exactly one, one second over → 2 increments
    [5, ms(4, 59), ms(5), ms(5, 1)],
    [30, ms(29, 59), ms(30), ms(30, 1)],
    [60, ms(59, 59), ms(60), ms(60, 1)],
  ])('on a %i-minute increment, at its edges', (increment, under, exact, over) => {
    expect(roundUpToIncrement(under, increment)).toBe(increment);
    expect(roundUpToIncrement(exact, increment)).toBe(increment);
    expect(roundUpToIncrement(over, increment)).toBe(2 * increment);
    expect(roundUpToIncrement(0, increment)).toBe(0);
  });

  it('ignores a fraction of a second beyond a whole minute', () => {
    expect(roundUpToIncrement(ms(15) + 999, 15)).toBe(15);
    expect(roundUpToIncrement(ms(7) + 500, 1)).toBe(7);
  });

  it('rejects increments and durations that make no sense', () => {
    expect(() => roundUpToIncrement(ms(7), 10 as BillingIncrement)).toThrow(RangeError);
    expect(() => roundUpToIncrement(-1, 15)).toThrow(RangeError);
    expect(() => roundUpToIncrement(Number.NaN, 15)).toThrow(RangeError);
  });
});

describe('billable minutes of a finished task', () => {
  it('rounds its duration up', () => {
    expect(billableMinutes(start, endAfter(7), 15, true)).toBe(15);
    expect(billableMinutes(start, endAfter(15), 15, true)).toBe(15);
    expect(billableMinutes(start, endAfter(15, 1), 15, true)).toBe(30);
    expect(billableMinutes(start, endAfter(7, 1), 1, true)).toBe(8);
    expect(billableMinutes(start, start, 15, true)).toBe(0);
  });

  it('is 0 for a non-billable task', () => {
    expect(billableMinutes(start, endAfter(7), 15, false)).toBe(0);
    expect(billableMinutes(start, endAfter(120), 60, false)).toBe(0);
  });

  it('refuses a task that ends before it starts', () => {
    expect(() => billableMinutes(start, endAfter(0, 0, -1), 15, true)).toThrow(RangeError);
    expect(() => billableMinutes(start, endAfter(-5), 15, false)).toThrow(RangeError);
  });
});
