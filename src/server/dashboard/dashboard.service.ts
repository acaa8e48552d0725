import { z } from 'zod';
import type {
  Dashboard,
  DashboardSubscription,
  LateCorrection as LateCorrectionView,
} from '../../shared/api/dashboard.js';
import {
  type BillingPeriod,
  isWithin,
  lastCalendarMonths,
  periodAt,
  periodContaining,
  periodsBetween,
} from '../../shared/hours/index.js';
import { findCompanyById } from '../companies/companies.repository.js';
import type { Database } from '../db/database.js';
import { invalid, notFound } from '../http/errors.js';
import { listSubscriptionsOfCompany } from '../packages/packages.repository.js';
import { type Actor, isStaff } from '../policies/actor.js';
import { authorize, type TicketScope, ticketScopeOf } from '../policies/authorize.js';
import { presentTask } from '../tasks/task.presenter.js';
import { termsOf } from '../tasks/task-charge.js';
import { listPastTaskViews, listRunningTaskViews } from '../tasks/tasks.repository.js';
import { listChargedTasks, listLateCorrectionEntries } from './dashboard.repository.js';
import { type ChargedTiming, chargedUsage, periodFigures } from './hours-figures.js';

const CHART_MONTHS = 12;
const RECENT_TASKS = 10;
const MAX_CORRECTIONS = 50;

type SubscriptionRows = Awaited<ReturnType<typeof listSubscriptionsOfCompany>>;
type CorrectionRows = Awaited<ReturnType<typeof listLateCorrectionEntries>>;

/** What the task services write under `lateCorrections` in an audit entry. */
const lateCorrectionsData = z.object({
  ticketNumber: z.number(),
  reason: z.string().nullable().optional(),
  lateCorrections: z.array(
    z.object({
      subscriptionId: z.string(),
      periodStartDate: z.string(),
      periodLastDate: z.string().nullable(),
      minutesDelta: z.number(),
    }),
  ),
});

const presentPeriod = (period: BillingPeriod) => ({
  index: period.index,
  start: period.start.toISOString(),
  end: period.end?.toISOString() ?? null,
  startDate: period.startDate,
  lastDate: period.lastDate,
});

/** The company a dashboard is about: a customer's own; staff must name one. */
function dashboardCompanyId(actor: Actor, requested: string | undefined): string {
  if (isStaff(actor)) {
    if (!requested) throw invalid('companyId', 'required');
    return requested;
  }
  return requested ?? actor.companyId!;
}

/** Splits audit entries into one correction per period they touched. */
function flattenCorrections(rows: CorrectionRows, packageNames: Map<string, string>) {
  return rows.flatMap((row): LateCorrectionView[] => {
    const parsed = lateCorrectionsData.safeParse(row.data);
    if (!parsed.success) return [];
    const { ticketNumber, reason, lateCorrections } = parsed.data;
    return lateCorrections.map((correction) => ({
      id: row.id,
      at: row.createdAt.toISOString(),
      actor: row.actor?.id
        ? { id: row.actor.id, name: `${row.actor.firstName} ${row.actor.lastName}`.trim() }
        : null,
      action: row.action.replace('task.', '') as LateCorrectionView['action'],
      taskId: row.taskId,
      ticketNumber,
      reason: reason ?? '',
      ...correction,
      packageName: packageNames.get(correction.subscriptionId) ?? '',
    }));
  });
}

function presentSubscription(
  row: SubscriptionRows[number],
  period: BillingPeriod,
  tasks: ChargedTiming[],
  corrections: LateCorrectionView[],
  timeZone: string,
  now: Date,
): DashboardSubscription {
  const { subscription, package: pkg } = row;
  const terms = termsOf(subscription, pkg);
  const previous = period.index > 0 ? periodAt(terms, period.index - 1, timeZone) : null;
  return {
    id: subscription.id,
    packageName: pkg.name,
    periodKind: terms.periodKind,
    billingIncrementMinutes: terms.billingIncrementMinutes,
    hoursPerPeriod: terms.hoursPerPeriod,
    hasHoursOverride: subscription.hoursPerPeriodOverride !== null,
    status: subscription.status,
    startDate: subscription.startDate,
    endDate: subscription.endDate,
    period: presentPeriod(period),
    summary: periodFigures(terms.hoursPerPeriod, period, tasks, now),
    runningTimers: tasks
      .filter((task) => task.endedAt === null && isWithin(period, task.startedAt))
      .map((task) => ({
        startedAt: task.startedAt.toISOString(),
        billingIncrementMinutes: task.billingIncrementMinutes,
        isBillable: task.isBillable,
      })),
    previousPeriod: previous && {
      period: presentPeriod(previous),
      summary: periodFigures(terms.hoursPerPeriod, previous, tasks, now),
      lateCorrectionMinutes: corrections
        .filter(
          (c) => c.subscriptionId === subscription.id && c.periodStartDate === previous.startDate,
        )
        .reduce((sum, c) => sum + c.minutesDelta, 0),
    },
  };
}

/**
 * «Κεντρική οθόνη»: the company's active packages with their current period,
 * the tasks running now, the last finished tasks, hours per month for the chart
 * and late corrections, all measured at one `now`. Package figures are the
 * company's (every customer of it sees the same, as staff do); task lists are
 * limited to the tickets the actor may see (a member: the tickets they opened).
 */
export async function getDashboard(
  db: Database,
  actor: Actor,
  requestedCompanyId: string | undefined,
): Promise<Dashboard> {
  const companyId = dashboardCompanyId(actor, requestedCompanyId);
  authorize(actor, 'dashboard.view', { id: companyId });
  const company = await findCompanyById(db, companyId);
  if (!company) throw notFound();
  const now = new Date();
  const { timeZone } = company;
  const scope = ticketScopeOf(actor);
  const companyScope: TicketScope = { kind: 'company', companyId };

  const subscriptionRows = await listSubscriptionsOfCompany(db, companyId);
  const months = lastCalendarMonths(CHART_MONTHS, now, timeZone);
  const windowStart = months[0]!.start;
  const active = subscriptionRows.flatMap((row) => {
    const period =
      row.subscription.status === 'active'
        ? periodContaining(termsOf(row.subscription, row.package), now, timeZone)
        : null;
    return period ? [{ row, period }] : [];
  });
  // The chart's packages: those with a period in the last 12 months.
  const charted = subscriptionRows.filter(
    (row) =>
      periodsBetween(termsOf(row.subscription, row.package), windowStart, now, timeZone).length > 0,
  );
  // Far enough back for the chart, every current period and the one before it.
  const since = new Date(
    Math.min(
      windowStart.getTime(),
      ...active.map(({ row, period }) => {
        const terms = termsOf(row.subscription, row.package);
        return (periodAt(terms, Math.max(0, period.index - 1), timeZone) ?? period).start.getTime();
      }),
    ),
  );

  const [charged, running, recent, allCorrectionRows, scopedCorrectionRows] = await Promise.all([
    listChargedTasks(
      db,
      subscriptionRows.map((row) => row.subscription.id),
      since,
    ),
    listRunningTaskViews(db, scope, companyId),
    listPastTaskViews(db, scope, { companyId, page: 1, pageSize: RECENT_TASKS }),
    listLateCorrectionEntries(db, companyId, companyScope, since, 1000),
    listLateCorrectionEntries(db, companyId, scope, windowStart, MAX_CORRECTIONS),
  ]);
  const tasksOf = (subscriptionId: string) =>
    charged.filter((task) => task.subscriptionId === subscriptionId);
  const packageNames = new Map(
    subscriptionRows.map((row) => [row.subscription.id, row.package.name]),
  );
  const allCorrections = flattenCorrections(allCorrectionRows, packageNames);
  const currentPeriodStart = new Map(
    active.map(({ row, period }) => [row.subscription.id, period.start.getTime()]),
  );
  const startsBeforeItsPeriod = (task: { subscriptionId: string | null; startedAt: Date }) => {
    const periodStart = task.subscriptionId
      ? currentPeriodStart.get(task.subscriptionId)
      : undefined;
    return periodStart !== undefined && task.startedAt.getTime() < periodStart;
  };

  return {
    now: now.toISOString(),
    company: { id: company.id, name: company.tradeName ?? company.legalName, timeZone },
    subscriptions: active.map(({ row, period }) =>
      presentSubscription(row, period, tasksOf(row.subscription.id), allCorrections, timeZone, now),
    ),
    activeTasks: running.map((row) => ({
      id: row.task.id,
      ticket: { number: row.ticket.number, subject: row.ticket.subject },
      staff: { id: row.staff.id, name: `${row.staff.firstName} ${row.staff.lastName}`.trim() },
      description: row.task.description,
      startedAt: row.task.startedAt.toISOString(),
      subscriptionId: row.task.subscriptionId,
      chargedToEarlierPeriod: startsBeforeItsPeriod(row.task),
    })),
    recentTasks: recent.items.map((row) => presentTask(row, now)),
    monthlyUsage: {
      months: months.map((month) => month.month),
      series: charted.map((row) => ({
        subscriptionId: row.subscription.id,
        packageName: row.package.name,
        minutes: chargedUsage(months, tasksOf(row.subscription.id), now).map(
          (usage) => usage.usedMinutes,
        ),
      })),
    },
    lateCorrections: flattenCorrections(scopedCorrectionRows, packageNames),
  };
}
