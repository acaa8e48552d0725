import {
  type BillingIncrement,
  type BillingPeriod,
  isBillingIncrement,
  measureTask,
  periodContaining,
  type SubscriptionTerms,
  type TaskTiming,
} from '../../shared/hours/index.js';
import { findCompanyById } from '../companies/companies.repository.js';
import type { Executor } from '../db/database.js';
import { findSubscription } from '../packages/packages.repository.js';

/**
 * Tasks on a ticket with no package are still logged (the ticket shows the time),
 * but they are charged to nothing: they count in exact minutes.
 */
export const NO_PACKAGE_INCREMENT: BillingIncrement = 1;

/** A task's own billing increment (copied from its package when it was made). */
export function incrementOf(task: { billingIncrementMinutes: number }): BillingIncrement {
  const increment = task.billingIncrementMinutes;
  if (!isBillingIncrement(increment)) {
    throw new Error(`A task with a billing increment of ${increment} minutes`);
  }
  return increment;
}

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

/** What a task is charged, and to which period. */
export interface Charge {
  subscriptionId: string;
  period: BillingPeriod;
  minutes: number;
}

type ChargedTask = TaskTiming & { billingIncrementMinutes: number; billableMinutes: number | null };

/**
 * What a task (as it is, or as it would be after a change) charges to its
 * package: a finished task its stored billable minutes, a running one what it
 * has run up to `now`. Null when it is charged to nothing.
 */
export function chargeOf(target: ChargeTarget | null, task: ChargedTask, now: Date): Charge | null {
  if (!target) return null;
  const period = periodFor(target, task.startedAt);
  if (!period) return null;
  const minutes =
    task.endedAt === null
      ? measureTask(task, incrementOf(task), now).billableMinutes
      : (task.billableMinutes ?? 0);
  return { subscriptionId: target.subscriptionId, period, minutes };
}

/** A change to the figures of a period that had already ended when the change was made. */
export interface LateCorrection {
  subscriptionId: string;
  periodStartDate: string;
  periodLastDate: string | null;
  minutesDelta: number;
}

/**
 * The late corrections a change from `before` to `after` makes (null = no charge,
 * e.g. a new or deleted task). A task moved between periods takes its minutes
 * from the old one and gives them to the new one; only ended periods are listed.
 */
export function lateCorrectionsOf(
  before: Charge | null,
  after: Charge | null,
  now: Date,
): LateCorrection[] {
  const samePeriod =
    before !== null &&
    after !== null &&
    before.subscriptionId === after.subscriptionId &&
    before.period.index === after.period.index;
  const deltas: { charge: Charge; minutesDelta: number }[] = samePeriod
    ? [{ charge: after, minutesDelta: after.minutes - before.minutes }]
    : [
        ...(before ? [{ charge: before, minutesDelta: -before.minutes }] : []),
        ...(after ? [{ charge: after, minutesDelta: after.minutes }] : []),
      ];
  return deltas
    .filter(({ charge, minutesDelta }) => minutesDelta !== 0 && hasEnded(charge.period, now))
    .map(({ charge, minutesDelta }) => ({
      subscriptionId: charge.subscriptionId,
      periodStartDate: charge.period.startDate,
      periodLastDate: charge.period.lastDate,
      minutesDelta,
    }));
}
