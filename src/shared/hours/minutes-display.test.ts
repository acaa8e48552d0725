import { describe, expect, it } from 'vitest';
import { minutesToHours, splitMinutes } from './minutes-display.js';

describe('minutes for display', () => {
  it('splits into hours and minutes', () => {
    expect(splitMinutes(90)).toEqual({ isNegative: false, hours: 1, minutes: 30 });
    expect(splitMinutes(0)).toEqual({ isNegative: false, hours: 0, minutes: 0 });
    expect(splitMinutes(59)).toEqual({ isNegative: false, hours: 0, minutes: 59 });
    expect(splitMinutes(60)).toEqual({ isNegative: false, hours: 1, minutes: 0 });
    expect(splitMinutes(1441)).toEqual({ isNegative: false, hours: 24, minutes: 1 });
  });

  it('keeps the sign apart for negative remaining time', () => {
    expect(splitMinutes(-90)).toEqual({ isNegative: true, hours: 1, minutes: 30 });
    expect(splitMinutes(-5)).toEqual({ isNegative: true, hours: 0, minutes: 5 });
  });

  it('gives decimal hours for charts', () => {
    expect(minutesToHours(90)).toBe(1.5);
    expect(minutesToHours(20)).toBe(0.33);
    expect(minutesToHours(40)).toBe(0.67);
    expect(minutesToHours(-30)).toBe(-0.5);
    expect(minutesToHours(0)).toBe(0);
  });

  it('refuses fractions of a minute', () => {
    expect(() => splitMinutes(1.5)).toThrow(RangeError);
    expect(() => minutesToHours(Number.NaN)).toThrow(RangeError);
  });
});
