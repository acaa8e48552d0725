import { describe, expect, it } from 'vitest';
import { multipliedMinutes, multiplierFactor, WORK_MULTIPLIERS } from './work-multipliers.js';

describe('work multipliers', () => {
  it('has the documented list: ×1, ×1,5 urgent, ×2 out of hours', () => {
    expect(WORK_MULTIPLIERS.map(multiplierFactor)).toEqual([1, 1.5, 2]);
  });

  it('scales the charged minutes and rounds a half minute up', () => {
    expect(multipliedMinutes(60, 'normal')).toBe(60);
    expect(multipliedMinutes(60, 'urgent')).toBe(90);
    expect(multipliedMinutes(45, 'out_of_hours')).toBe(90);
    expect(multipliedMinutes(7, 'urgent')).toBe(11);
    expect(multipliedMinutes(0, 'out_of_hours')).toBe(0);
  });

  it('refuses negative or fractional minutes', () => {
    expect(() => multipliedMinutes(-1, 'normal')).toThrow(RangeError);
    expect(() => multipliedMinutes(1.5, 'urgent')).toThrow(RangeError);
  });
});
