import type { PeriodSummary } from '../../../shared/hours';
import { useDashboard } from '../../api/dashboard';

/** The colour of a package's usage: calm, a warning from 80 %, red at 100 % and past it. */
export function usageColor(usedRatio: number | null): string {
  if (usedRatio === null) return 'gray';
  if (usedRatio >= 1) return 'red';
  return usedRatio >= 0.8 ? 'orange' : 'teal';
}

/** Whether billable work now is all overage (the server then asks for confirmation). */
export const isExhausted = (figures: PeriodSummary): boolean => figures.remainingMinutes <= 0;

/**
 * One company's active package as the central screen measures it (the same request,
 * so the same numbers, running timers included as of the server's answer; live events
 * fetch it again). Undefined while loading or when the package is not active now.
 * The figures are not re-measured every second here: that code would join the first
 * visit's chunks and push it over its 200 kB budget.
 */
export function useCompanyPackage(companyId: string, subscriptionId: string | null) {
  const dashboard = useDashboard(companyId);
  const subscription = dashboard.data?.subscriptions.find((item) => item.id === subscriptionId);
  return subscription ? { subscription, figures: subscription.summary } : undefined;
}
