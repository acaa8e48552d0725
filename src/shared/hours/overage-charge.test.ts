import { describe, expect, it } from 'vitest';
import { formatEuros, overageChargeCents } from './overage-charge.js';

describe('overageChargeCents', () => {
  it('prices overage minutes at the hourly rate, in cents', () => {
    expect(overageChargeCents(60, 40)).toBe(4000);
    expect(overageChargeCents(90, 40)).toBe(6000);
    expect(overageChargeCents(15, 45.5)).toBe(1138); // 11,375 € rounds to 11,38 €
    expect(overageChargeCents(0, 40)).toBe(0);
  });

  it('is null when the package has no rate', () => {
    expect(overageChargeCents(120, null)).toBeNull();
  });

  it('refuses negative minutes or rates', () => {
    expect(() => overageChargeCents(-15, 40)).toThrow(RangeError);
    expect(() => overageChargeCents(15, -1)).toThrow(RangeError);
  });
});

describe('formatEuros', () => {
  it('writes euros the Greek way and the English way', () => {
    expect(formatEuros(123450, 'el')).toMatch(/^1\.234,50\s€$/);
    expect(formatEuros(123450, 'en')).toBe('€1,234.50');
  });
});
