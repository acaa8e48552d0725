import {
  type BillingIncrement,
  type BillingPeriod,
  incrementOf,
  periodContaining,
  type SubscriptionTerms,
} from '../../shared/hours/index.js';
import { findCompanyById } from '../companies/companies.repository.js';
import type { Executor } from '../db/database.js';
import type { LedgerCharge } from '../ledger/task-movements.js';
import { findSubscription } from '../packages/packages.repository.js';

/**
 * Tasks on a ticket with no package are still logged (the ticket shows the time),
 * but they are charged to nothing: they count in exact minutes.
 */
export const NO_PACKAGE_INCREMENT: BillingIncrement = 1;

/** The subscription a ticket's tasks are charged to, with what the hours math needs. */
export interface ChargeTarget {
  subscriptionId: string;
  status: 'active' | 'paused' | 'ended';
  terms: SubscriptionTerms;
  timeZone: string;
}

/** The subscription terms as the hours module takes them; the override wins over the package. */
export function termsOf(
  subscription: {
    startDate: string;
    endDate: string | null;
    hoursPerPeriodOverride: number | null;
  },
  pkg: {
    periodKind: SubscriptionTerms['periodKind'];
    hoursPerPeriod: number;
    billingIncrementMinutes: number;
  },
): SubscriptionTerms {
  return {
    startDate: subscription.startDate,
    endDate: subscription.endDate,
    periodKind: pkg.periodKind,
    hoursPerPeriod: subscription.hoursPerPeriodOverride ?? pkg.hoursPerPeriod,
    billingIncrementMinutes: incrementOf(pkg),
  };
}

/** Loads where a ticket's tasks are charged; null for a ticket with no package. */
export async function loadChargeTarget(
  db: Executor,
  ticket: { subscriptionId: string | null; companyId: string },
): Promise<ChargeTarget | null> {
  if (!ticket.subscriptionId) return null;
  const [found, company] = await Promise.all([
    findSubscription(db, ticket.subscriptionId),
    findCompanyById(db, ticket.companyId),
  ]);
  if (!found || !company) throw new Error('A ticket with a missing subscription or company');
  return {
    subscriptionId: found.subscription.id,
    status: found.subscription.status,
    terms: termsOf(found.subscription, found.package),
    timeZone: company.timeZone,
  };
}

/** The period a task starting at `instant` is charged to, or null when the package does not cover it. */
export function periodFor(target: ChargeTarget, instant: Date): BillingPeriod | null {
  return periodContaining(target.terms, instant, target.timeZone);
}

/** Returns whether a period is over at `now`: from then on its figures may change only visibly. */
export function hasEnded(period: BillingPeriod, now: Date): boolean {
  return period.end !== null && period.end.getTime() <= now.getTime();
}

/**
 * What a task holds in the ledger as it is (or would be after a change): a
 * finished task its stored billable minutes in the period of its start; null
 * for a running or deleted task, or one charged to no package.
 */
export function ledgerChargeOf(
  target: ChargeTarget | null,
  task: {
    companyId: string;
    ticketId: string;
    startedAt: Date;
    endedAt: Date | null;
    isBillable: boolean;
    billableMinutes: number | null;
  },
): LedgerCharge | null {
  if (!target || task.endedAt === null) return null;
  const period = periodFor(target, task.startedAt);
  if (!period) return null;
  return {
    companyId: task.companyId,
    subscriptionId: target.subscriptionId,
    ticketId: task.ticketId,
    period,
    chargedAt: task.startedAt,
    minutes: task.isBillable ? (task.billableMinutes ?? 0) : 0,
    isBillable: task.isBillable,
  };
}
