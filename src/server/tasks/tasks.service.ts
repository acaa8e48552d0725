import type { z } from 'zod';
import type { startTaskRequestSchema } from '../../shared/api/tasks.js';
import { billableMinutes, incrementOf, multipliedMinutes } from '../../shared/hours/index.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { Database, Executor } from '../db/database.js';
import { cappedMinutes, minutesTaken } from '../estimates/ticket-allowance.js';
import {
  checkBillableAllowance,
  loadTicketAllowance,
} from '../estimates/ticket-allowance.repository.js';
import { conflict, notFound } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import { recordTaskMovements } from '../ledger/task-movements.js';
import { queuePackageHoursEmails } from '../notifications/package-hours-emails.js';
import type { Actor } from '../policies/actor.js';
import { authorize } from '../policies/authorize.js';
import { changeStatusBy } from '../tickets/status-change.js';
import { lockTicket } from '../tickets/tickets.repository.js';
import { findVisibleTicket } from '../tickets/tickets.service.js';
import { recordWebhookEvent } from '../webhooks/webhook-events.js';
import { taskEvent } from '../webhooks/webhook-payloads.js';
import { checkColleagueTaskStop, checkPackageNotExhausted } from './package-exhaustion.js';
import {
  ledgerChargeOf,
  loadChargeTarget,
  NO_PACKAGE_INCREMENT,
  periodFor,
} from './task-charge.js';
import {
  findRunningTaskOf,
  findTaskView,
  insertTask,
  lockStaffMember,
  lockTask,
  type TaskRow,
  updateTask,
} from './tasks.repository.js';

/** A task's ledger fields as the audit log keeps them. */
export function taskSnapshot(task: TaskRow) {
  return {
    description: task.description,
    startedAt: task.startedAt.toISOString(),
    endedAt: task.endedAt?.toISOString() ?? null,
    isBillable: task.isBillable,
    billableMinutes: task.billableMinutes,
    multiplier: task.multiplier,
  };
}

/**
 * The minutes a running task charges when it stops: its time rounded up to the
 * increment, times its multiplier, cut at the ticket's allowance (an approved
 * estimate or the company's cap) after the ticket's other finished billable work.
 * Call with the ticket locked. `measured` is kept for the ledger line's details.
 */
async function chargeOnStop(tx: Executor, task: TaskRow, endedAt: Date) {
  const rounded = billableMinutes(task.startedAt, endedAt, incrementOf(task), task.isBillable);
  const measured = multipliedMinutes(rounded, task.multiplier);
  if (!task.isBillable) return { minutes: 0, measured, limitMinutes: null };
  const state = await loadTicketAllowance(tx, { id: task.ticketId, companyId: task.companyId });
  const finished = state.tasks.filter((other) => other.id !== task.id && other.endedAt !== null);
  const minutes = cappedMinutes(measured, state.limitMinutes, minutesTaken(finished, endedAt));
  return { minutes, measured, limitMinutes: state.limitMinutes };
}

/** A task that has not been deleted and that the actor may change (staff), or 404/403. */
export async function findTaskToChange(db: Executor, actor: Actor, id: string) {
  const view = await findTaskView(db, id);
  if (!view) throw notFound();
  authorize(actor, 'task.log', {
    companyId: view.task.companyId,
    requesterId: view.ticket.requesterId,
  });
  return view;
}

/** Ends a running task at `now`, fixing its billable minutes, and records who stopped it. */
async function finishTask(
  tx: Executor,
  task: TaskRow,
  ticketNumber: number,
  actor: Actor,
  context: RequestContext,
  now: Date,
): Promise<TaskRow> {
  // A start a moment in the future (another server's clock) counts as zero, never negative.
  const endedAt = new Date(Math.max(now.getTime(), task.startedAt.getTime()));
  const charge = await chargeOnStop(tx, task, endedAt);
  const stopped = await updateTask(tx, task.id, { endedAt, billableMinutes: charge.minutes }, now);
  // A timer cut at the ticket's allowance says so in its ledger line.
  const cut =
    charge.minutes < charge.measured
      ? { measuredMinutes: charge.measured, limitMinutes: charge.limitMinutes }
      : null;
  const target = await loadChargeTarget(tx, task);
  await recordTaskMovements(tx, null, ledgerChargeOf(target, stopped), {
    taskId: task.id,
    actorUserId: actor.userId,
    reason: null,
    details: {
      ticketNumber,
      after: taskSnapshot(stopped),
      ...(cut ? { cutAtAllowance: cut } : {}),
    },
    now,
    isTimerStop: true,
  });
  await recordAudit(tx, {
    action: 'task.stopped',
    actorUserId: actor.userId,
    companyId: task.companyId,
    entityType: 'task',
    entityId: task.id,
    data: { ticketNumber, after: taskSnapshot(stopped) },
    ...context,
  });
  await recordWebhookEvent(tx, taskEvent('task.stopped', stopped, ticketNumber, now));
  await queuePackageHoursEmails(tx, stopped, now);
  return stopped;
}

/**
 * «Έναρξη εργασίας»: starts the actor's timer on a ticket and moves the ticket
 * to `in_progress` (the status machine's task_started). The edge cases each have one answer:
 * - the actor already runs a task → 409 task_already_running, unless
 *   `stopRunning` asks to stop that one first (in the same transaction);
 * - the ticket is closed → 409 ticket_closed, unless `reopen` asks to reopen it
 *   (one "reopened" event, closed → in_progress, by the status machine);
 * - the ticket's package has ended (status `ended`, or today is outside its
 *   dates) → 409 package_ended for billable work; non-billable work may still be logged;
 * - the ticket's package is paused → 409 package_paused for billable work, alike:
 *   a paused package's hours are frozen until staff resume it.
 */
export async function startTask(
  db: Database,
  actor: Actor,
  number: number,
  request: z.output<typeof startTaskRequestSchema>,
  context: RequestContext,
): Promise<string> {
  const { ticket } = await findVisibleTicket(db, actor, number);
  authorize(actor, 'task.log', ticket);
  return db.transaction(async (tx) => {
    // Staff row first, then the tickets: two starts of one person queue here. The
    // ticket of a timer this start stops is locked too (its stop is cut at its
    // allowance), both in id order so crossing starts cannot deadlock.
    await lockStaffMember(tx, actor.userId);
    const running = await findRunningTaskOf(tx, actor.userId);
    const ticketIds = new Set([ticket.id]);
    if (running && request.stopRunning) ticketIds.add(running.ticketId);
    for (const id of [...ticketIds].sort()) await lockTicket(tx, id);
    const locked = await lockTicket(tx, ticket.id);
    const now = new Date();
    if (locked.status === 'closed' && !request.reopen) {
      throw conflict('ticket_closed', `Ticket #${number} is closed; reopen it to start a task`);
    }
    if (running && !request.stopRunning) {
      const runningView = await findTaskView(tx, running.id);
      throw conflict(
        'task_already_running',
        `Task ${running.id} on ticket #${runningView?.ticket.number} is running; stop it first`,
      );
    }
    const target = await loadChargeTarget(tx, locked);
    if (
      target &&
      request.isBillable &&
      (target.status === 'ended' || periodFor(target, now) === null)
    ) {
      throw conflict('package_ended', `The package of ticket #${number} has ended`);
    }
    if (target && request.isBillable && target.status === 'paused') {
      throw conflict('package_paused', `The package of ticket #${number} is paused`);
    }
    const work = {
      startedAt: now,
      isBillable: request.isBillable,
      isConfirmed: request.confirmExhausted,
    };
    await checkPackageNotExhausted(tx, target, work, now);
    if (request.isBillable) await checkBillableAllowance(tx, locked, 0, now);

    if (running) {
      const runningView = await findTaskView(tx, running.id);
      await finishTask(tx, running, runningView!.ticket.number, actor, context, now);
    }
    const task = await insertTask(tx, {
      ticketId: locked.id,
      companyId: locked.companyId,
      subscriptionId: locked.subscriptionId,
      staffId: actor.userId,
      description: request.description,
      startedAt: now,
      isBillable: request.isBillable,
      multiplier: request.multiplier,
      billingIncrementMinutes: target?.terms.billingIncrementMinutes ?? NO_PACKAGE_INCREMENT,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, {
      action: 'task.started',
      actorUserId: actor.userId,
      companyId: locked.companyId,
      entityType: 'task',
      entityId: task.id,
      data: { ticketNumber: number, after: taskSnapshot(task) },
      ...context,
    });
    await recordWebhookEvent(tx, taskEvent('task.started', task, number, now));
    // The machine moves any status to in progress; from closed it is recorded as a reopening.
    await changeStatusBy(tx, locked, { trigger: 'task_started' }, actor, context, now);
    return task.id;
  });
}

/**
 * «Ολοκλήρωση»: stops a running task. Any staff member may stop a colleague's, once
 * they confirm it (else 409 colleague_task_confirmation_required). Twice → 409 task_not_running.
 */
export async function stopTask(
  db: Database,
  actor: Actor,
  id: string,
  request: { confirmColleague: boolean },
  context: RequestContext,
): Promise<void> {
  const view = await findTaskToChange(db, actor, id);
  await db.transaction(async (tx) => {
    // The ticket before the task, as a start does: a stop is cut at the ticket's allowance.
    await lockTicket(tx, view.task.ticketId);
    const task = await lockTask(tx, id);
    if (!task) throw notFound();
    if (task.endedAt !== null) throw conflict('task_not_running', 'The task has already ended');
    checkColleagueTaskStop(task, actor.userId, request.confirmColleague);
    await finishTask(tx, task, view.ticket.number, actor, context, new Date());
  });
}
