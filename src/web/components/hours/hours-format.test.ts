import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatHours,
  formatHoursDecimal,
  formatHoursDelta,
  formatWorked,
  formatWorkedDecimal,
  isoDuration,
} from './hours-format';

describe('hours on screen', () => {
  it('writes amounts in words and tables in decimals, overage with a minus', () => {
    expect(formatHours(135, 'el')).toBe('2 ώρες 15 λεπτά');
    expect(formatHours(-90, 'en')).toBe('−1 h 30 min');
    expect(formatHoursDecimal(105, 'el')).toBe('1,75 ώρες');
    expect(formatHoursDelta(15, 'el')).toBe('+15 λεπτά');
    expect(formatHoursDelta(-15, 'el')).toBe('−15 λεπτά');
    expect(isoDuration(135)).toBe('PT2H15M');
  });

  it('falls back to Greek before the interface language has loaded', () => {
    expect(formatHours(61)).toBe('1 ώρα 1 λεπτό');
  });

  it('writes a running clock with seconds, and time worked under a minute as «<1 λεπτό»', () => {
    expect(formatClock(312)).toBe('0:05:12');
    expect(formatClock(3_600 * 12 + 1)).toBe('12:00:01');
    expect(formatWorked(0, 'el')).toBe('0 λεπτά');
    expect(formatWorked(7, 'el')).toBe('<1 λεπτό');
    expect(formatWorked(7, 'en')).toBe('<1 min');
    expect(formatWorked(3_059, 'el')).toBe('50 λεπτά');
    expect(formatWorkedDecimal(3_059, 'en')).toBe('0.83 h');
    expect(formatWorkedDecimal(7, 'el')).toBe('<0,02 ώρες');
  });
});
