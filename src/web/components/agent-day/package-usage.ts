import type { DashboardSubscription } from '../../../shared/api/dashboard';
import { liveFigures, type PeriodSummary, timersFromApi } from '../../../shared/hours';
import { useDashboard } from '../../api/dashboard';
import { useServerNow } from '../hours/use-server-now';

/** The colour of a package's usage: calm, a warning from 80 %, red at 100 % and past it. */
export function usageColor(usedRatio: number | null): string {
  if (usedRatio === null) return 'gray';
  if (usedRatio >= 1) return 'red';
  return usedRatio >= 0.8 ? 'orange' : 'teal';
}

/** Whether billable work now is all overage (the server then asks for confirmation). */
export const isExhausted = (figures: PeriodSummary): boolean => figures.remainingMinutes <= 0;

/** A package's figures now: the dashboard's (the ledger's sums), moved on by its running timers. */
export function figuresNow(subscription: DashboardSubscription, now: Date): PeriodSummary {
  return liveFigures(subscription.summary, timersFromApi(subscription.runningTimers), now);
}

/**
 * One company's active package as the central screen measures it (the same request,
 * so the same numbers), with the server's clock for live figures; undefined while
 * loading or when the package is not active now.
 */
export function useCompanyPackage(companyId: string, subscriptionId: string | null) {
  const dashboard = useDashboard(companyId);
  const now = useServerNow(dashboard.data?.now, dashboard.dataUpdatedAt, 30_000);
  const subscription = dashboard.data?.subscriptions.find((item) => item.id === subscriptionId);
  return subscription ? { subscription, figures: figuresNow(subscription, now) } : undefined;
}
