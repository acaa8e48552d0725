import type { Package, Subscription } from '../../shared/api/packages.js';
import type { PackageRow, SubscriptionRow } from './packages.repository.js';

export function presentPackage(row: PackageRow): Package {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    hoursPerPeriod: row.hoursPerPeriod,
    periodKind: row.periodKind,
    billingIncrementMinutes: row.billingIncrementMinutes,
    overageRatePerHour: row.overageRatePerHour,
    isActive: row.isActive,
    firstResponseTargetHours: row.firstResponseTargetHours,
    resolutionTargetHours: row.resolutionTargetHours,
    businessHoursStart: row.businessHoursStart,
    businessHoursEnd: row.businessHoursEnd,
    rolloverPeriods: row.rolloverPeriods,
    rolloverCapHours: row.rolloverCapHours,
  };
}

/** A subscription with its package; its hours are the override when there is one. */
export function presentSubscription(row: {
  subscription: SubscriptionRow;
  package: PackageRow;
}): Subscription {
  const { subscription } = row;
  return {
    id: subscription.id,
    companyId: subscription.companyId,
    package: presentPackage(row.package),
    startDate: subscription.startDate,
    endDate: subscription.endDate,
    hoursPerPeriod: subscription.hoursPerPeriodOverride ?? row.package.hoursPerPeriod,
    hoursPerPeriodOverride: subscription.hoursPerPeriodOverride,
    status: subscription.status,
    rolloverOverride:
      subscription.rolloverPeriodsOverride === null
        ? null
        : {
            periods: subscription.rolloverPeriodsOverride,
            capHours: subscription.rolloverCapHoursOverride,
          },
  };
}
