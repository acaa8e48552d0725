import { describe, expect, it } from 'vitest';
import { formatHoursDecimal, formatHoursDelta, formatHoursWords } from './hours-words.js';

describe('hours in words', () => {
  it('writes Greek with the singular for exactly one', () => {
    expect(formatHoursWords(0, 'el')).toBe('0 λεπτά');
    expect(formatHoursWords(1, 'el')).toBe('1 λεπτό');
    expect(formatHoursWords(59, 'el')).toBe('59 λεπτά');
    expect(formatHoursWords(60, 'el')).toBe('1 ώρα');
    expect(formatHoursWords(61, 'el')).toBe('1 ώρα 1 λεπτό');
    expect(formatHoursWords(105, 'el')).toBe('1 ώρα 45 λεπτά');
    expect(formatHoursWords(120, 'el')).toBe('2 ώρες');
    expect(formatHoursWords(135, 'el')).toBe('2 ώρες 15 λεπτά');
  });

  it('writes English with short units', () => {
    expect(formatHoursWords(0, 'en')).toBe('0 min');
    expect(formatHoursWords(1, 'en')).toBe('1 min');
    expect(formatHoursWords(59, 'en')).toBe('59 min');
    expect(formatHoursWords(60, 'en')).toBe('1 h');
    expect(formatHoursWords(61, 'en')).toBe('1 h 1 min');
    expect(formatHoursWords(105, 'en')).toBe('1 h 45 min');
  });

  it('marks overage with a minus and a change with its sign', () => {
    expect(formatHoursWords(-90, 'el')).toBe('−1 ώρα 30 λεπτά');
    expect(formatHoursWords(-5, 'en')).toBe('−5 min');
    expect(formatHoursDelta(15, 'el')).toBe('+15 λεπτά');
    expect(formatHoursDelta(-15, 'en')).toBe('−15 min');
    expect(formatHoursDelta(0, 'en')).toBe('0 min');
  });
});

describe('hours as decimals for tables', () => {
  it('uses the locale decimal mark and the unit', () => {
    expect(formatHoursDecimal(105, 'el')).toBe('1,75 ώρες');
    expect(formatHoursDecimal(105, 'en')).toBe('1.75 h');
    expect(formatHoursDecimal(20, 'el')).toBe('0,33 ώρες');
    expect(formatHoursDecimal(0, 'el')).toBe('0 ώρες');
    expect(formatHoursDecimal(1, 'el')).toBe('0,02 ώρες');
  });

  it('uses the Greek singular only for exactly one hour', () => {
    expect(formatHoursDecimal(60, 'el')).toBe('1 ώρα');
    expect(formatHoursDecimal(61, 'el')).toBe('1,02 ώρες');
    expect(formatHoursDecimal(120, 'el')).toBe('2 ώρες');
  });

  it('writes overage with a minus', () => {
    expect(formatHoursDecimal(-90, 'el')).toBe('−1,5 ώρες');
    expect(formatHoursDecimal(-90, 'en')).toBe('−1.5 h');
  });
});
