import type { Subscription } from '../../../shared/api/packages';
import type { FieldError } from '../../../shared/problem';
import type { RolloverRule } from './rollover-text';

/** Whether a subscription follows its package's rollover rule or has its own. */
export type RolloverMode = 'package' | 'own';

/** The rollover part of the subscription form; empty inputs are ''. */
export interface RolloverValues {
  rolloverMode: RolloverMode;
  rolloverOverride: { periods: number | string; capHours: number | string };
}

/** The form's inputs, named as the server names them in its field errors. */
export const ROLLOVER_FIELDS = ['rolloverOverride.periods', 'rolloverOverride.capHours'];

/**
 * The form's starting values. With no rule of its own the inputs start from the
 * package's rule, so switching to «Δικός του κανόνας» begins from what applies now.
 */
export function rolloverValuesOf(subscription: Subscription | null): RolloverValues {
  const own = subscription?.rolloverOverride ?? null;
  const start = own ?? {
    periods: subscription?.package.rolloverPeriods ?? 0,
    capHours: subscription?.package.rolloverCapHours ?? null,
  };
  return {
    rolloverMode: own ? 'own' : 'package',
    rolloverOverride: { periods: start.periods, capHours: start.capHours ?? '' },
  };
}

/** The rule the inputs describe; an empty periods input stays undefined so the schema says «required». */
function typedRule(values: RolloverValues): {
  periods: number | undefined;
  capHours: number | null;
} {
  const { periods, capHours } = values.rolloverOverride;
  return {
    periods: periods === '' ? undefined : Number(periods),
    capHours: capHours === '' ? null : Number(capHours),
  };
}

/**
 * What to send as `rolloverOverride`: undefined when nothing changed (the field is
 * left out of the request), null to follow the package again, or the own rule.
 */
export function rolloverOverrideOf(
  values: RolloverValues,
  saved: RolloverRule | null,
): { periods: number | undefined; capHours: number | null } | null | undefined {
  if (values.rolloverMode === 'package') return saved === null ? undefined : null;
  const rule = typedRule(values);
  const unchanged =
    saved !== null && rule.periods === saved.periods && rule.capHours === saved.capHours;
  return unchanged ? undefined : rule;
}

/**
 * Names the cap's quarter rule: the shared schema says only `invalid_value` for a
 * cap such as 1,3 hours, which would leave the reader guessing what is wrong.
 */
export function explainRolloverErrors(errors: readonly FieldError[]): FieldError[] {
  return errors.map((error) =>
    error.field === 'rolloverOverride.capHours' && error.code === 'invalid_value'
      ? { field: error.field, code: 'hours_not_quarter' }
      : error,
  );
}
