import type { TFunction } from 'i18next';
import type { PeriodKind, Subscription } from '../../../shared/api/packages';

// Apart from package-text.ts: that file is on the customer's first screen, and the
// locale-parts split would then have to ship these staff texts with the first visit.

/** A rollover rule: periods unused hours stay usable for (0 = none), and at most how many hours. */
export interface RolloverRule {
  periods: number;
  capHours: number | null;
}

/** «Μεταφορά για 1 μήνα, έως 5 ώρες», «Μεταφορά για 2 μήνες», «Χωρίς μεταφορά». */
export function rolloverRuleText(t: TFunction, rule: RolloverRule, periodKind: PeriodKind): string {
  if (rule.periods === 0) return t('packageEconomics.subscriptionRollover.none');
  const periods = t(`packageEconomics.subscriptionRollover.periods.${periodKind}`, {
    count: rule.periods,
  });
  if (rule.capHours === null) return periods;
  const cap = t('packageEconomics.subscriptionRollover.cap', { count: rule.capHours });
  return t('packageEconomics.subscriptionRollover.withCap', { periods, cap });
}

/** The rule a subscription follows: its own when it has one, its package's otherwise. */
export function appliedRolloverRule(subscription: Subscription): RolloverRule {
  const { rolloverOverride, package: pkg } = subscription;
  return rolloverOverride ?? { periods: pkg.rolloverPeriods, capHours: pkg.rolloverCapHours };
}

/** A subscription's rule in words, marked «(δικός του κανόνας)» when it is its own. */
export function subscriptionRolloverText(t: TFunction, subscription: Subscription): string {
  const rule = rolloverRuleText(
    t,
    appliedRolloverRule(subscription),
    subscription.package.periodKind,
  );
  if (subscription.rolloverOverride === null) return rule;
  return `${rule} ${t('packageEconomics.subscriptionRollover.own')}`;
}
