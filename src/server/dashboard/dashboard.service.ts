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
  type SubscriptionTerms,
} from '../../shared/hours/index.js';
import { findCompanyById } from '../companies/companies.repository.js';
import type { Database } from '../db/database.js';
import {
  allocateLoadedHours,
  type CompanyHoursInputs,
  loadCheckpointedHoursInputs,
  presentHoursAllocation,
  saveCheckpoint,
} from '../hour-blocks/hours-allocation.service.js';
import { invalid, notFound } from '../http/errors.js';
import {
  type LedgerView,
  listCompanyLedgerMinutesSummedBefore,
  listLateLedgerEntries,
} from '../ledger/ledger.repository.js';
import {
  figuresOf,
  type HoursSources,
  ledgerFiguresOf,
  sourcesOf,
} from '../ledger/period-hours.js';
import { type Actor, isStaff } from '../policies/actor.js';
import { authorize, type TicketScope, ticketScopeOf } from '../policies/authorize.js';
import { presentTask } from '../tasks/task.presenter.js';
import { termsOf } from '../tasks/task-charge.js';
import { listRecentTaskViews, listRunningTaskViews } from '../tasks/tasks.repository.js';

const CHART_MONTHS = 12;
const RECENT_TASKS = 10;
const MAX_CORRECTIONS = 50;

type SubscriptionRows = CompanyHoursInputs['subscriptionRows'];

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

const CORRECTION_ACTIONS: Partial<
  Record<LedgerView['entry']['kind'], LateCorrectionView['action']>
> = {
  task_charged: 'created',
  task_deleted: 'deleted',
  adjustment: 'adjusted',
};

/**
 * Late ledger lines as corrections: the lines one change wrote to one period
 * are summed (a task moved within an ended period nets out and is not shown).
 */
function presentCorrections(rows: LedgerView[]): LateCorrectionView[] {
  const byChange = new Map<string, LateCorrectionView>();
  for (const { entry, ticket, packageName, actor } of rows) {
    const key = `${entry.taskId ?? entry.id}|${entry.createdAt.toISOString()}|${entry.subscriptionId}|${entry.periodStartDate}`;
    const seen = byChange.get(key);
    if (seen) {
      seen.minutesDelta += entry.minutes;
      continue;
    }
    byChange.set(key, {
      id: entry.id,
      at: entry.createdAt.toISOString(),
      actor: actor ? { id: actor.id, name: `${actor.firstName} ${actor.lastName}`.trim() } : null,
      action: CORRECTION_ACTIONS[entry.kind] ?? 'updated',
      taskId: entry.taskId,
      ticketNumber: ticket?.number ?? null,
      reason: entry.reason ?? '',
      subscriptionId: entry.subscriptionId,
      packageName,
      periodStartDate: entry.periodStartDate,
      periodLastDate: entry.periodLastDate,
      minutesDelta: entry.minutes,
    });
  }
  return [...byChange.values()].filter((correction) => correction.minutesDelta !== 0);
}

/** A package's current period as the allocation sees it (see dashboardSubscriptionSchema.allocation). */
type AllocationFigures = DashboardSubscription['allocation'];

function presentSubscription(
  row: SubscriptionRows[number],
  period: BillingPeriod,
  sources: HoursSources,
  allocation: AllocationFigures | undefined,
  corrections: LateCorrectionView[],
  timeZone: string,
  now: Date,
): DashboardSubscription {
  const { subscription, package: pkg } = row;
  const terms = termsOf(subscription, pkg);
  const previous = period.index > 0 ? periodAt(terms, period.index - 1, timeZone) : null;
  const summary = figuresOf(terms.hoursPerPeriod, period, sources, now);
  return {
    id: subscription.id,
    packageName: pkg.name,
    periodKind: terms.periodKind,
    billingIncrementMinutes: terms.billingIncrementMinutes,
    hoursPerPeriod: terms.hoursPerPeriod,
    hasHoursOverride: subscription.hoursPerPeriodOverride !== null,
    overageRatePerHour: pkg.overageRatePerHour,
    status: subscription.status,
    startDate: subscription.startDate,
    endDate: subscription.endDate,
    period: presentPeriod(period),
    summary,
    // Without an allocated period (none should be missing), the period's own overage.
    allocation: allocation ?? { overageMinutes: summary.overageMinutes, availableMinutes: 0 },
    runningTimers: sources.timers
      .filter((task) => isWithin(period, task.startedAt))
      .map((task) => ({
        startedAt: task.startedAt.toISOString(),
        billingIncrementMinutes: task.billingIncrementMinutes,
        isBillable: task.isBillable,
      })),
    previousPeriod: previous && {
      period: presentPeriod(previous),
      summary: figuresOf(terms.hoursPerPeriod, previous, sources, now),
      lateCorrectionMinutes: corrections
        .filter(
          (c) => c.subscriptionId === subscription.id && c.periodStartDate === previous.startDate,
        )
        .reduce((sum, c) => sum + c.minutesDelta, 0),
    },
  };
}

/** One package's periods for the chart, each measured like its balance and its statement. */
function presentPeriodUsage(
  row: SubscriptionRows[number],
  terms: SubscriptionTerms,
  periods: BillingPeriod[],
  sources: HoursSources,
  now: Date,
): Dashboard['periodUsage']['series'][number] {
  return {
    subscriptionId: row.subscription.id,
    packageName: row.package.name,
    periodKind: terms.periodKind,
    periods: periods.map((period) => {
      const figures = ledgerFiguresOf(terms.hoursPerPeriod, period, sources, now);
      return {
        startDate: period.startDate,
        lastDate: period.lastDate,
        isCurrent: isWithin(period, now),
        allowanceMinutes: figures.allowanceMinutes,
        usedMinutes: figures.usedMinutes,
      };
    }),
  };
}

/**
 * «Κεντρική οθόνη»: the company's active packages with their current period,
 * the tasks running now, the last finished tasks, hours per billing period for the chart
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

  const [inputs, running, recent] = await Promise.all([
    loadCheckpointedHoursInputs(db, companyId, timeZone),
    listRunningTaskViews(db, scope, companyId),
    listRecentTaskViews(db, scope, companyId, RECENT_TASKS),
  ]);
  const { subscriptionRows } = inputs;
  const windowStart = lastCalendarMonths(CHART_MONTHS, now, timeZone)[0]!.start;
  const active = subscriptionRows.flatMap((row) => {
    const period =
      row.subscription.status === 'active'
        ? periodContaining(termsOf(row.subscription, row.package), now, timeZone)
        : null;
    return period ? [{ row, period }] : [];
  });
  // The chart's packages: those with a period in the last 12 months, with those periods.
  const charted = subscriptionRows.flatMap((row) => {
    const terms = termsOf(row.subscription, row.package);
    const periods = periodsBetween(terms, windowStart, now, timeZone);
    return periods.length > 0 ? [{ row, terms, periods }] : [];
  });
  // The packages' figures are measured by instant from the earliest previous period on;
  // the chart's earlier periods need only their sums.
  const previousStarts = active.map(({ row, period }) => {
    const terms = termsOf(row.subscription, row.package);
    return (periodAt(terms, Math.max(0, period.index - 1), timeZone) ?? period).start.getTime();
  });
  const itemizedFrom = new Date(Math.min(now.getTime(), ...previousStarts));
  // Far enough back for the chart's periods (a yearly one may begin before the 12 months),
  // every current period and the one before it.
  const since = new Date(
    Math.min(
      windowStart.getTime(),
      itemizedFrom.getTime(),
      ...charted.map(({ periods }) => periods[0]!.start.getTime()),
    ),
  );
  const allocated = allocateLoadedHours(inputs, timeZone, now);
  // Whoever sees the whole company (staff, its admin) is shown the newest of the company's
  // late lines; only a member, who sees their own tickets' stories, needs a read of their own.
  const [lines, allCorrectionRows, ownCorrectionRows] = await Promise.all([
    listCompanyLedgerMinutesSummedBefore(db, companyId, since, itemizedFrom),
    listLateLedgerEntries(db, companyId, companyScope, since, 1000),
    scope.kind === 'requester'
      ? listLateLedgerEntries(db, companyId, scope, windowStart, MAX_CORRECTIONS)
      : undefined,
    saveCheckpoint(db, allocated),
  ]);
  const sources: HoursSources = { lines, timers: inputs.timers };
  const scopedCorrectionRows =
    ownCorrectionRows ??
    allCorrectionRows.filter((row) => row.entry.createdAt >= windowStart).slice(0, MAX_CORRECTIONS);
  // The overage is the allocation's (rolled-over hours and blocks first), as statements price it.
  const allocationBySubscription = new Map(
    presentHoursAllocation(allocated, timeZone, now).subscriptions.map((figures) => [
      figures.subscriptionId,
      { overageMinutes: figures.overageMinutes, availableMinutes: figures.availableMinutes },
    ]),
  );
  const allCorrections = presentCorrections(allCorrectionRows);
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
      presentSubscription(
        row,
        period,
        sourcesOf(sources, row.subscription.id),
        allocationBySubscription.get(row.subscription.id),
        allCorrections,
        timeZone,
        now,
      ),
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
    recentTasks: recent.map((row) => presentTask(row, now)),
    periodUsage: {
      series: charted.map(({ row, terms, periods }) =>
        presentPeriodUsage(row, terms, periods, sourcesOf(sources, row.subscription.id), now),
      ),
    },
    lateCorrections: presentCorrections(scopedCorrectionRows),
  };
}
