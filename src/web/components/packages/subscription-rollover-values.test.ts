import { describe, expect, it } from 'vitest';
import type { Subscription } from '../../../shared/api/packages';
import { subscriptionUpdateSchema } from '../../../shared/api/packages';
import { validateWithSchema } from '../form/form-errors';
import {
  explainRolloverErrors,
  type RolloverValues,
  rolloverOverrideOf,
  rolloverValuesOf,
} from './subscription-rollover-values';

const subscriptionWith = (rolloverOverride: Subscription['rolloverOverride']) =>
  ({
    package: { periodKind: 'monthly', rolloverPeriods: 1, rolloverCapHours: null },
    rolloverOverride,
  }) as Subscription;

const own = (periods: number | string, capHours: number | string): RolloverValues => ({
  rolloverMode: 'own',
  rolloverOverride: { periods, capHours },
});

describe('the subscription form’s rollover values', () => {
  it('start from the package’s rule when the subscription follows it', () => {
    expect(rolloverValuesOf(subscriptionWith(null))).toEqual({
      rolloverMode: 'package',
      rolloverOverride: { periods: 1, capHours: '' },
    });
    expect(rolloverValuesOf(subscriptionWith({ periods: 0, capHours: 2.5 }))).toEqual(own(0, 2.5));
  });

  it('send nothing when unchanged, null to follow the package again, the rule otherwise', () => {
    const saved = { periods: 2, capHours: 4 };
    expect(rolloverOverrideOf(own(2, 4), saved)).toBeUndefined();
    expect(rolloverOverrideOf({ ...own(2, 4), rolloverMode: 'package' }, saved)).toBeNull();
    expect(rolloverOverrideOf({ ...own(1, ''), rolloverMode: 'package' }, null)).toBeUndefined();
    expect(rolloverOverrideOf(own(0, ''), null)).toEqual({ periods: 0, capHours: null });
    expect(rolloverOverrideOf(own(2, 6), saved)).toEqual({ periods: 2, capHours: 6 });
  });

  it('name what is wrong on the right input: required, negative, not a quarter', () => {
    const errorsOf = (values: RolloverValues) =>
      explainRolloverErrors(
        validateWithSchema(subscriptionUpdateSchema, {
          rolloverOverride: rolloverOverrideOf(values, null),
        }),
      ).map((error) => `${error.field}:${error.code}`);
    expect(errorsOf(own('', ''))).toEqual(['rolloverOverride.periods:required']);
    expect(errorsOf(own(-1, -2)).sort()).toEqual([
      'rolloverOverride.capHours:too_small',
      'rolloverOverride.periods:too_small',
    ]);
    expect(errorsOf(own(1, 1.3))).toEqual(['rolloverOverride.capHours:hours_not_quarter']);
  });
});
