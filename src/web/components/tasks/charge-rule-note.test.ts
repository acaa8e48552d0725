import { describe, expect, it } from 'vitest';
import { chargeStepOf } from './charge-rule-note';

const task = (billingIncrementMinutes: number, isBillable = true) => ({
  billingIncrementMinutes,
  isBillable,
});

describe('chargeStepOf', () => {
  it('names the step the billed tasks share', () => {
    expect(chargeStepOf([task(15), task(15)])).toBe(15);
  });

  it('ignores non-billable tasks, and says nothing when none is billed', () => {
    expect(chargeStepOf([task(15), task(1, false)])).toBe(15);
    expect(chargeStepOf([task(15, false)])).toBeNull();
    expect(chargeStepOf([])).toBeNull();
  });

  it('says "mixed" when the billed tasks come from packages with different steps', () => {
    expect(chargeStepOf([task(15), task(30)])).toBe('mixed');
  });
});
