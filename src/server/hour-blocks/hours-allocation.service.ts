import {
  type Allocation,
  type AllocationLine,
  allocateHours,
  forecastHours,
} from '../../shared/allocation/index.js';
import type { AllocatedSubscription, HoursAllocation } from '../../shared/api/hours-allocation.js';
import { ORDER_OF_USE } from '../../shared/api/hours-allocation.js';
import { type BillingPeriod, localDateOf, periodContaining } from '../../shared/hours/index.js';
import { findCompanyById } from '../companies/companies.repository.js';
import { listRunningTimers } from '../dashboard/dashboard.repository.js';
import type { Database, Executor } from '../db/database.js';
import { notFound } from '../http/errors.js';
import { listSubscriptionsOfCompany } from '../packages/packages.repository.js';
import type { Actor } from '../policies/actor.js';
import { authorize } from '../policies/authorize.js';
import { termsOf } from '../tasks/task-charge.js';
import {
  allocationInputsKey,
  lineCountAt,
  nextCheckpointAt,
  type ResumedCheckpoint,
} from './allocation-checkpoint-policy.js';
import {
  type CheckpointToSave,
  loadAllocationCheckpoint,
  saveAllocationCheckpoint,
} from './allocation-checkpoints.repository.js';
import {
  activeAllocationBlocks,
  allocationLineOf,
  allocationSubscriptionOf,
  periodsForAllocation,
  rolloverRuleOf,
  runningLineOf,
} from './allocation-inputs.js';
import { listHourBlocksOfCompany } from './hour-blocks.repository.js';
import { type CompanyLedgerLine, listCompanyLedgerLines } from './hours-allocation.repository.js';

/** The company's whole ledger (and its running work at `now`) allocated to its buckets. */
export interface CompanyAllocation {
  allocation: Allocation;
  plans: ReturnType<typeof planOf>[];
  /** The company's blocks, active or not, as stored. */
  blockViews: Awaited<ReturnType<typeof listHourBlocksOfCompany>>;
  /** What the company's usable blocks still hold at `now`. */
  usableBlockMinutes: number;
  /** A checkpoint this allocation took, to store (see saveCheckpoint). */
  checkpointToSave: CheckpointToSave | null;
}

function planOf(
  row: Awaited<ReturnType<typeof listSubscriptionsOfCompany>>[number],
  timeZone: string,
  now: Date,
) {
  const terms = termsOf(row.subscription, row.package);
  const rule = rolloverRuleOf(row.subscription, row.package);
  const periods = periodsForAllocation(terms, rule.periods, timeZone, now);
  return {
    row,
    terms,
    rule,
    periods,
    current: periodContaining(terms, now, timeZone),
    input: allocationSubscriptionOf(row.subscription.id, terms, periods, rule),
  };
}

/** What a company's allocation is computed from: its subscriptions, blocks, ledger and running work. */
export interface CompanyHoursInputs {
  companyId: string;
  subscriptionRows: Awaited<ReturnType<typeof listSubscriptionsOfCompany>>;
  blockViews: Awaited<ReturnType<typeof listHourBlocksOfCompany>>;
  /**
   * The company's ledger lines in the order they were written: every one, or, resumed
   * from a checkpoint, those written since it.
   */
  ledgerRows: CompanyLedgerLine[];
  timers: Awaited<ReturnType<typeof listRunningTimers>>;
  /** The checkpoint the lines continue from; null = they are the whole ledger. */
  resumed: ResumedCheckpoint | null;
  /** Set when checkpoints are kept: what the buckets are built from (see allocationInputsKey). */
  inputsKey: string | null;
}

/** Loads what a company's allocation needs from its whole ledger (statements need every line's pieces). */
export function loadCompanyHoursInputs(db: Executor, companyId: string) {
  return loadHoursInputs(db, companyId, null);
}

/**
 * Loads what a company's figures need, from its checkpoint when it still holds: only
 * the lines written since are read (a company's years of ledger are not, on every view).
 * The allocation then has the figures of every bucket and period, but pieces only of
 * the lines read.
 */
export function loadCheckpointedHoursInputs(db: Executor, companyId: string, timeZone: string) {
  return loadHoursInputs(db, companyId, timeZone);
}

async function loadHoursInputs(
  db: Executor,
  companyId: string,
  checkpointTimeZone: string | null,
): Promise<CompanyHoursInputs> {
  const [subscriptionRows, blockViews, stored] = await Promise.all([
    listSubscriptionsOfCompany(db, companyId),
    listHourBlocksOfCompany(db, companyId),
    checkpointTimeZone === null ? null : loadAllocationCheckpoint(db, companyId),
  ]);
  const inputsKey =
    checkpointTimeZone === null
      ? null
      : allocationInputsKey(subscriptionRows, blockViews, checkpointTimeZone);
  const usable = stored?.inputsKey === inputsKey && stored.isLedgerUnchanged ? stored : null;
  const [ledgerRows, timers] = await Promise.all([
    usable ? usable.linesSince : listCompanyLedgerLines(db, companyId),
    listRunningTimers(
      db,
      subscriptionRows.map((row) => row.subscription.id),
    ),
  ]);
  return {
    companyId,
    subscriptionRows,
    blockViews,
    ledgerRows,
    timers,
    resumed: usable && { checkpoint: usable.checkpoint, lineCount: usable.lineCount },
    inputsKey,
  };
}

/** Stores the checkpoint an allocation took, if it took one. */
export async function saveCheckpoint(db: Database, allocated: CompanyAllocation): Promise<void> {
  if (allocated.checkpointToSave) await saveAllocationCheckpoint(db, allocated.checkpointToSave);
}

/**
 * Allocates a company's hours (no authorization: callers check it, or run for the
 * system, as statements and emails do). The one place the overage comes from, so
 * the central screen, the statements and the emails price the same minutes.
 */
export async function allocateCompanyHours(
  db: Executor,
  companyId: string,
  timeZone: string,
  now: Date,
): Promise<CompanyAllocation> {
  return allocateLoadedHours(await loadCompanyHoursInputs(db, companyId), timeZone, now);
}

/** The allocation of rows already loaded (see loadCompanyHoursInputs). */
export function allocateLoadedHours(
  inputs: CompanyHoursInputs,
  timeZone: string,
  now: Date,
): CompanyAllocation {
  const { subscriptionRows, blockViews, ledgerRows, timers, resumed, inputsKey } = inputs;
  const plans = subscriptionRows.map((row) => planOf(row, timeZone, now));
  const running = timers.flatMap((timer, index) => {
    const plan = plans.find((p) => p.row.subscription.id === timer.subscriptionId);
    const line =
      plan && timer.subscriptionId
        ? runningLineOf(
            { ...timer, subscriptionId: timer.subscriptionId },
            index,
            plan.terms,
            timeZone,
            now,
          )
        : null;
    return line ? [line] : [];
  });
  const lines: AllocationLine[] = [...ledgerRows.map(allocationLineOf), ...running];
  const activeBlocks = activeAllocationBlocks(
    blockViews.map(({ block }) => block),
    timeZone,
  );
  const { checkpoint, ...allocation } = allocateHours(
    plans.map((plan) => plan.input),
    activeBlocks,
    lines,
    now,
    {
      from: resumed?.checkpoint,
      checkpointAt: inputsKey === null ? undefined : nextCheckpointAt(resumed, ledgerRows, now),
    },
  );
  const checkpointToSave =
    checkpoint && inputsKey !== null
      ? {
          companyId: inputs.companyId,
          inputsKey,
          checkpoint,
          lineCount: lineCountAt(resumed, ledgerRows, checkpoint),
          resumedFromMs: resumed?.checkpoint.throughMs ?? null,
        }
      : null;

  // Blocks a charge written now could use: active, started, not yet expired.
  const usableBlockMinutes = activeBlocks
    .filter((b) => b.start <= now && now < b.end && b.activeFrom <= now)
    .reduce((sum, b) => sum + (bucket(allocation, `block:${b.id}`)?.remainingMinutes ?? 0), 0);
  return { allocation, plans, blockViews, usableBlockMinutes, checkpointToSave };
}

/**
 * A company's hours by where they come from (rolled over, the period's, blocks,
 * overage), its blocks with their use, and a forecast per package: the whole ledger
 * allocated in the order it was written, plus the running work at `now`.
 */
export async function loadHoursAllocation(
  db: Database,
  actor: Actor,
  companyId: string,
  now: Date,
): Promise<HoursAllocation> {
  authorize(actor, 'dashboard.view', { id: companyId });
  const company = await findCompanyById(db, companyId);
  if (!company) throw notFound();
  const inputs = await loadCheckpointedHoursInputs(db, companyId, company.timeZone);
  const allocated = allocateLoadedHours(inputs, company.timeZone, now);
  await saveCheckpoint(db, allocated);
  return presentHoursAllocation(allocated, company.timeZone, now);
}

/** The allocation as the API shows it: each package's current period and the blocks. */
export function presentHoursAllocation(
  { allocation, plans, blockViews, usableBlockMinutes }: CompanyAllocation,
  timeZone: string,
  now: Date,
): HoursAllocation {
  const subscriptions: AllocatedSubscription[] = plans.flatMap((plan) =>
    plan.current
      ? [
          presentCurrentPeriod(
            allocation,
            plan.row.subscription.id,
            plan.row.package.name,
            plan.current,
            plan.periods,
            plan.rule,
            usableBlockMinutes,
            timeZone,
            now,
          ),
        ]
      : [],
  );

  return {
    orderOfUse: [...ORDER_OF_USE],
    subscriptions,
    blocks: blockViews.map(({ block }) => {
      const figures = bucket(allocation, `block:${block.id}`);
      const minutes = Math.round(block.hours * 60);
      return {
        id: block.id,
        name: block.name,
        status: block.status,
        startsOn: block.startsOn,
        validUntil: block.validUntil,
        minutes,
        usedMinutes: figures?.usedMinutes ?? 0,
        remainingMinutes: figures
          ? figures.remainingMinutes
          : block.status === 'active'
            ? minutes
            : 0,
        expiredMinutes: figures?.expiredMinutes ?? 0,
      };
    }),
  };
}

const bucket = (allocation: Allocation, key: string) =>
  allocation.buckets.find((b) => b.key === key);

function presentCurrentPeriod(
  allocation: Allocation,
  subscriptionId: string,
  packageName: string,
  period: BillingPeriod,
  periods: readonly BillingPeriod[],
  rule: { periods: number; capHours: number | null },
  usableBlockMinutes: number,
  timeZone: string,
  now: Date,
): AllocatedSubscription {
  const key = period.startDate;
  const figures = allocation.periods.find(
    (p) => p.subscriptionId === subscriptionId && p.periodKey === key,
  );
  const own = bucket(allocation, `period:${subscriptionId}:${key}`);
  const previous = periods[period.index - 1];
  const expiredLast = previous
    ? (bucket(allocation, `period:${subscriptionId}:${previous.startDate}`)?.expiredMinutes ?? 0)
    : 0;
  // Rolled hours this period may use: from an earlier period, usable through this one or later.
  const rolled = allocation.buckets.filter(
    (b) =>
      b.kind === 'rollover' &&
      b.subscriptionId === subscriptionId &&
      b.periodKey! < key &&
      (b.usableThroughKey === null || b.usableThroughKey >= key),
  );
  const rolledRemaining = rolled.reduce((sum, b) => sum + b.remainingMinutes, 0);
  const soonest = rolled
    .filter((b) => b.remainingMinutes > 0)
    .map((b) => periods.find((p) => p.startDate === b.usableThroughKey)?.lastDate ?? null)
    .filter((date): date is string => date !== null)
    .sort()[0];
  const chargedMinutes = figures?.chargedMinutes ?? 0;
  const availableMinutes = rolledRemaining + (own?.remainingMinutes ?? 0) + usableBlockMinutes;
  const forecast = forecastHours({
    periodStart: period.start,
    periodEnd: period.end,
    now,
    usedMinutes: chargedMinutes,
    remainingMinutes: availableMinutes,
  });
  return {
    subscriptionId,
    packageName,
    periodStartDate: period.startDate,
    periodLastDate: period.lastDate,
    rollover: rule,
    rolledInMinutes: rolled.reduce((sum, b) => sum + b.initialMinutes, 0),
    rolledRemainingMinutes: rolledRemaining,
    rolledExpiresOn: soonest ?? null,
    expiredLastPeriodMinutes: expiredLast,
    allowanceMinutes: own?.initialMinutes ?? 0,
    chargedMinutes,
    fromRolloverMinutes: figures?.fromRolloverMinutes ?? 0,
    fromPeriodMinutes: figures?.fromPeriodMinutes ?? 0,
    fromBlockMinutes: figures?.fromBlockMinutes ?? 0,
    overageMinutes: figures?.overageMinutes ?? 0,
    availableMinutes,
    forecast: {
      kind: forecast.kind,
      runsOutOn: forecast.kind === 'runs_out' ? localDateOf(forecast.runsOutAt, timeZone) : null,
    },
  };
}
