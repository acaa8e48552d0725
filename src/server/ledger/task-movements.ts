import type { BillingPeriod } from '../../shared/hours/index.js';
import type { LedgerKind } from '../../shared/ledger/ledger-kinds.js';
import type { Executor } from '../db/database.js';
import { hasEnded } from '../tasks/task-charge.js';
import { insertLedgerEntries, type NewLedgerEntryRow } from './ledger.repository.js';

/**
 * What a task holds in the ledger: a finished task's stored billable minutes,
 * in the period of its start. A running task holds nothing yet (its live part is
 * measured at each read); a task charged to no package holds nothing.
 */
export interface LedgerCharge {
  companyId: string;
  subscriptionId: string;
  ticketId: string;
  period: BillingPeriod;
  chargedAt: Date;
  minutes: number;
  isBillable: boolean;
}

/** One line the ledger should get, before it knows who and why. */
export interface Movement {
  kind: LedgerKind;
  charge: LedgerCharge;
  minutes: number;
}

const samePlace = (a: LedgerCharge, b: LedgerCharge) =>
  a.subscriptionId === b.subscriptionId &&
  a.ticketId === b.ticketId &&
  a.chargedAt.getTime() === b.chargedAt.getTime();

const samePeriod = (a: LedgerCharge, b: LedgerCharge) =>
  a.subscriptionId === b.subscriptionId &&
  a.ticketId === b.ticketId &&
  a.period.index === b.period.index;

function deltaKind(before: LedgerCharge, after: LedgerCharge): LedgerKind {
  if (before.isBillable && !after.isBillable) return 'task_unbilled';
  if (!before.isBillable && after.isBillable) return 'task_billed';
  return 'task_edited';
}

/**
 * The ledger lines a change from `before` to `after` makes (null = holds nothing:
 * a new, running or deleted task). Minutes that stay where they were change in
 * one line; minutes that move (another start, period, ticket or package) leave
 * in one line and arrive in another, so every line sits at the instant that
 * places it and sums by period or by month stay exact. Zero lines are dropped.
 */
export function movementsOf(before: LedgerCharge | null, after: LedgerCharge | null): Movement[] {
  let moves: Movement[];
  if (before && after && samePlace(before, after)) {
    moves = [
      { kind: deltaKind(before, after), charge: after, minutes: after.minutes - before.minutes },
    ];
  } else if (before && after) {
    const base: LedgerKind = samePeriod(before, after) ? 'task_edited' : 'task_moved';
    const kind = deltaKind(before, after) === 'task_edited' ? base : deltaKind(before, after);
    moves = [
      { kind, charge: before, minutes: -before.minutes },
      { kind, charge: after, minutes: after.minutes },
    ];
  } else if (before) {
    moves = [{ kind: 'task_deleted', charge: before, minutes: -before.minutes }];
  } else if (after) {
    moves = [{ kind: 'task_charged', charge: after, minutes: after.minutes }];
  } else {
    moves = [];
  }
  return moves.filter((move) => move.minutes !== 0);
}

/** Who made a change to a task, and why, as its ledger lines carry it. */
export interface MovementContext {
  taskId: string;
  actorUserId: string | null;
  reason: string | null;
  details: Record<string, unknown> | null;
  now: Date;
  /** A timer stopped after its period ended is work charged, not a correction. */
  isTimerStop?: boolean;
}

/** The rows for some movements; a line in a period already over is marked late. */
export function movementRows(moves: Movement[], context: MovementContext): NewLedgerEntryRow[] {
  return moves.map(({ kind, charge, minutes }) => ({
    companyId: charge.companyId,
    subscriptionId: charge.subscriptionId,
    kind,
    minutes,
    chargedAt: charge.chargedAt,
    periodStartDate: charge.period.startDate,
    periodLastDate: charge.period.lastDate,
    taskId: context.taskId,
    ticketId: charge.ticketId,
    actorUserId: context.actorUserId,
    reason: context.reason,
    details: context.details,
    isLate: hasEnded(charge.period, context.now) && !context.isTimerStop,
    createdAt: context.now,
  }));
}

/** Writes what a change to a task moved, in the change's transaction; returns the lines written. */
export async function recordTaskMovements(
  tx: Executor,
  before: LedgerCharge | null,
  after: LedgerCharge | null,
  context: MovementContext,
) {
  return insertLedgerEntries(tx, movementRows(movementsOf(before, after), context));
}
