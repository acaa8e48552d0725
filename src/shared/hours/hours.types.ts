/** The billing increments a package may use, in minutes (DESIGN.md, Hours). */
export const BILLING_INCREMENTS = [1, 5, 15, 30, 60] as const;
/** One of BILLING_INCREMENTS. */
export type BillingIncrement = (typeof BILLING_INCREMENTS)[number];

/** How a subscription's allowance renews: every month, every year, or once (a block of hours). */
export const PERIOD_KINDS = ['monthly', 'yearly', 'one_off'] as const;
/** One of PERIOD_KINDS. */
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** The time zone periods are counted in when a company has not chosen one. */
export const DEFAULT_TIME_ZONE = 'Europe/Athens';

/** A calendar date as the company reads it on a wall calendar, 'YYYY-MM-DD'. */
export type LocalDate = string;

/** What the hours math needs to know about a subscription (with its package's values resolved). */
export interface SubscriptionTerms {
  /** First day of the subscription, in the company's time zone. */
  startDate: LocalDate;
  /** Last day of the subscription (inclusive), or null when it runs until cancelled. */
  endDate: LocalDate | null;
  periodKind: PeriodKind;
  /** May be fractional (e.g. 2.5); the database stores two decimals. */
  hoursPerPeriod: number;
  billingIncrementMinutes: BillingIncrement;
}

/** When a task ran and whether it is charged. `endedAt` null means it is running now. */
export interface TaskTiming {
  startedAt: Date;
  endedAt: Date | null;
  isBillable: boolean;
}

/** A half-open span of time [start, end); `end` null means it has no end yet. */
export interface Interval {
  start: Date;
  end: Date | null;
}

/** One billing period of a subscription. */
export interface BillingPeriod extends Interval {
  /** 0 for the subscription's first period, then 1, 2 … */
  index: number;
  /** The period's first day, local to the company. */
  startDate: LocalDate;
  /** The period's last day (inclusive), or null for an open-ended one-off block. */
  lastDate: LocalDate | null;
}

/** Returns whether a number (e.g. from the database) is one of the allowed billing increments. */
export function isBillingIncrement(value: number): value is BillingIncrement {
  return (BILLING_INCREMENTS as readonly number[]).includes(value);
}
