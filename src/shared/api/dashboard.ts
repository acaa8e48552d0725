import { z } from 'zod';
import { PERIOD_KINDS, SUBSCRIPTION_STATUSES } from './packages.js';
import { taskSchema } from './tasks.js';

/** Customers get their own company (a different id is a 404); staff must name one. */
export const dashboardQuerySchema = z.object({
  companyId: z.uuid('invalid_format').optional(),
});
export type DashboardQuery = z.input<typeof dashboardQuerySchema>;

/** One billing period, with its first and last local day (null for an open-ended block). */
export const billingPeriodSchema = z.object({
  index: z.number(),
  start: z.iso.datetime(),
  end: z.iso.datetime().nullable(),
  startDate: z.string(),
  lastDate: z.string().nullable(),
});

/** A period's hours in whole minutes, as src/shared/hours' PeriodSummary. */
export const periodSummarySchema = z.object({
  allowanceMinutes: z.number(),
  usedMinutes: z.number(),
  runningMinutes: z.number(),
  remainingMinutes: z.number(),
  overageMinutes: z.number(),
  usedRatio: z.number().nullable(),
});
export type PeriodSummaryView = z.infer<typeof periodSummarySchema>;

/** What the web needs to move the balance while a task runs (no ticket, no person). */
export const runningTimerSchema = z.object({
  startedAt: z.iso.datetime(),
  billingIncrementMinutes: z.number(),
  isBillable: z.boolean(),
});

/** A package of the company with its current period's figures. */
export const dashboardSubscriptionSchema = z.object({
  id: z.uuid(),
  packageName: z.string(),
  periodKind: z.enum(PERIOD_KINDS),
  billingIncrementMinutes: z.number(),
  hoursPerPeriod: z.number(),
  /** The company has its own hours (`hoursPerPeriod` is not the package's), so the customer is told why. */
  hasHoursOverride: z.boolean(),
  /** Euros per overage hour (null: overage is not priced); the web prices the live overage with overageChargeCents. */
  overageRatePerHour: z.number().nullable(),
  status: z.enum(SUBSCRIPTION_STATUSES),
  startDate: z.string(),
  endDate: z.string().nullable(),
  period: billingPeriodSchema,
  /** At `now`; running tasks included, rounded up like any task. */
  summary: periodSummarySchema,
  /**
   * The current period as the allocation sees it at `now` (rolled-over hours and
   * prepaid blocks are used before overage): the overage to price, and what more
   * work can still take before the overage grows. Later, the overage is
   * overageMinutes + max(0, live used − summary.usedMinutes − availableMinutes).
   */
  allocation: z.object({ overageMinutes: z.number(), availableMinutes: z.number() }),
  /**
   * Tasks running now that are charged to this period. The balance at a later
   * instant t is `summary.remainingMinutes + summary.runningMinutes − Σ measureTask(timer, t)`.
   */
  runningTimers: z.array(runningTimerSchema),
  /** The period before this one (null for the first), with what was corrected after it ended. */
  previousPeriod: z
    .object({
      period: billingPeriodSchema,
      summary: periodSummarySchema,
      /** Net minutes added (or, negative, removed) by corrections made after it ended. */
      lateCorrectionMinutes: z.number(),
    })
    .nullable(),
});
export type DashboardSubscription = z.infer<typeof dashboardSubscriptionSchema>;

/** A task running now, for «Ενεργές εργασίες». */
export const activeTaskSchema = z.object({
  id: z.uuid(),
  ticket: z.object({ number: z.number(), subject: z.string() }),
  staff: z.object({ id: z.uuid(), name: z.string() }),
  description: z.string(),
  startedAt: z.iso.datetime(),
  subscriptionId: z.uuid().nullable(),
  /**
   * It started before its package's current period began, so (DESIGN.md: a task is
   * charged to the period of its start) it counts there, not in the balance on screen.
   */
  chargedToEarlierPeriod: z.boolean(),
});

/**
 * Hours used in each billing period of a package, as the package counts them
 * (e.g. 19/11–18/12, not calendar months): the same figure per period as the
 * ledger and that period's statement (own work and adjustments; running tasks up to `now`).
 */
export const usagePeriodSchema = z.object({
  /** The period's first and last local days (YYYY-MM-DD); a one-off block has no last day. */
  startDate: z.string(),
  lastDate: z.string().nullable(),
  /** The period `now` falls in. */
  isCurrent: z.boolean(),
  /** The period's hours, as minutes: the line the chart draws. */
  allowanceMinutes: z.number(),
  usedMinutes: z.number(),
});

/** Hours per billing period of each package that had a period in the last 12 months, oldest first. */
export const periodUsageSchema = z.object({
  series: z.array(
    z.object({
      subscriptionId: z.uuid(),
      packageName: z.string(),
      periodKind: z.enum(PERIOD_KINDS),
      periods: z.array(usagePeriodSchema),
    }),
  ),
});

/**
 * A change to a task that moved the figures of a period that had already ended:
 * shown as a visible adjustment, with who, when and why.
 */
export const lateCorrectionSchema = z.object({
  /** The (first) ledger line's id. */
  id: z.uuid(),
  at: z.iso.datetime(),
  actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  action: z.enum(['created', 'updated', 'deleted', 'adjusted']),
  /** Null for an adjustment by hand. */
  taskId: z.uuid().nullable(),
  /** Null for an adjustment that names no ticket. */
  ticketNumber: z.number().nullable(),
  reason: z.string(),
  subscriptionId: z.uuid(),
  packageName: z.string(),
  periodStartDate: z.string(),
  periodLastDate: z.string().nullable(),
  /** Billable minutes added to (positive) or taken from (negative) that period. */
  minutesDelta: z.number(),
});
export type LateCorrection = z.infer<typeof lateCorrectionSchema>;

/** «Κεντρική οθόνη»: everything the company's central screen shows, at one instant. */
export const dashboardSchema = z.object({
  now: z.iso.datetime(),
  company: z.object({ id: z.uuid(), name: z.string(), timeZone: z.string() }),
  subscriptions: z.array(dashboardSubscriptionSchema),
  activeTasks: z.array(activeTaskSchema),
  /** The last 10 finished tasks, newest first. */
  recentTasks: z.array(taskSchema),
  periodUsage: periodUsageSchema,
  /** Corrections of the last 12 months to periods that had ended, newest first. */
  lateCorrections: z.array(lateCorrectionSchema),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
