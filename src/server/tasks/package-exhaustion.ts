import type { Executor } from '../db/database.js';
import { conflict } from '../http/errors.js';
import { figuresOf, loadHoursSources } from '../ledger/period-hours.js';
import { type ChargeTarget, periodFor } from './task-charge.js';

/**
 * Billable work on a package whose period is at or past 100 % of its hours is all
 * overage: the agent must say they know (`confirmExhausted: true`), else 409
 * package_exhausted_confirmation_required. The figures are the ledger's own
 * (figuresOf, running timers included), for the period the work is charged to.
 */
export async function checkPackageNotExhausted(
  tx: Executor,
  target: ChargeTarget | null,
  work: { startedAt: Date; isBillable: boolean; isConfirmed: boolean },
  now: Date,
): Promise<void> {
  if (!target || !work.isBillable || work.isConfirmed) return;
  const period = periodFor(target, work.startedAt);
  if (!period) return;
  const sources = await loadHoursSources(tx, [target.subscriptionId], period.start);
  const figures = figuresOf(target.terms.hoursPerPeriod, period, sources, now);
  if (figures.remainingMinutes > 0) return;
  throw conflict(
    'package_exhausted_confirmation_required',
    `The package's hours for this period are used up (${figures.overageMinutes} minutes over); confirm with confirmExhausted to charge the work as overage`,
  );
}

/**
 * Stopping a colleague's running timer ends their work: the API asks the agent to say
 * so (`confirmColleague: true`), else 409 colleague_task_confirmation_required.
 */
export function checkColleagueTaskStop(
  task: { staffId: string },
  actorUserId: string,
  isConfirmed: boolean,
): void {
  if (task.staffId === actorUserId || isConfirmed) return;
  throw conflict(
    'colleague_task_confirmation_required',
    "The task is a colleague's; confirm with confirmColleague to stop it",
  );
}
