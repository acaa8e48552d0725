import type { z } from 'zod';
import type { manualTaskRequestSchema, updateTaskRequestSchema } from '../../shared/api/tasks.js';
import { billableMinutes, incrementOf, multipliedMinutes } from '../../shared/hours/index.js';
import { recordAudit } from '../audit/audit.repository.js';
import { changedFields } from '../audit/changes.js';
import type { Database, Executor } from '../db/database.js';
import { checkBillableAllowance } from '../estimates/ticket-allowance.repository.js';
import { invalid, notFound } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import { insertLedgerEntries } from '../ledger/ledger.repository.js';
import { movementRows, movementsOf } from '../ledger/task-movements.js';
import { queuePackageHoursEmails } from '../notifications/package-hours-emails.js';
import type { Actor } from '../policies/actor.js';
import { authorize } from '../policies/authorize.js';
import { findTicketByNumber, lockTicket } from '../tickets/tickets.repository.js';
import { findVisibleTicket } from '../tickets/tickets.service.js';
import { checkPackageNotExhausted } from './package-exhaustion.js';
import {
  type ChargeTarget,
  ledgerChargeOf,
  loadChargeTarget,
  NO_PACKAGE_INCREMENT,
  periodFor,
} from './task-charge.js';
import { insertTask, lockTask, type TaskRow, updateTask } from './tasks.repository.js';
import { findTaskToChange, taskSnapshot } from './tasks.service.js';

/** A browser's clock may run a little ahead of the server's; this much is forgiven. */
const CLOCK_SKEW_MS = 60_000;

/** Billable work must fall within the dates of the ticket's package (400 outside_package). */
function checkCovered(target: ChargeTarget | null, startedAt: Date, isBillable: boolean): void {
  if (target && isBillable && periodFor(target, startedAt) === null) {
    throw invalid('startedAt', 'outside_package');
  }
}

/**
 * Adds a finished task by hand. Answers: a duration ≤ 0 or over a week → 400
 * (schema); over 24 h → 400 confirm_long_duration unless confirmed (schema); a
 * task that would end in the future → 400 in_future; billable work outside the
 * package's dates → 400 outside_package. Allowed on a closed ticket (work logged
 * after the fact) and it does not change the status: only a started timer does.
 * A billable task landing in a period that has already ended is a late
 * correction: it needs a `reason` and is listed as an adjustment.
 */
export async function createManualTask(
  db: Database,
  actor: Actor,
  number: number,
  request: z.output<typeof manualTaskRequestSchema>,
  context: RequestContext,
): Promise<string> {
  const { ticket } = await findVisibleTicket(db, actor, number);
  authorize(actor, 'task.log', ticket);
  const startedAt = new Date(request.startedAt);
  const endedAt = new Date(startedAt.getTime() + request.durationMinutes * 60_000);
  return db.transaction(async (tx) => {
    // The ticket first: two billable tasks at once must not pass its allowance together.
    await lockTicket(tx, ticket.id);
    const now = new Date();
    if (endedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) throw invalid('startedAt', 'in_future');
    const target = await loadChargeTarget(tx, ticket);
    checkCovered(target, startedAt, request.isBillable);
    const work = {
      startedAt,
      isBillable: request.isBillable,
      isConfirmed: request.confirmExhausted,
    };
    await checkPackageNotExhausted(tx, target, work, now);
    const increment = target?.terms.billingIncrementMinutes ?? NO_PACKAGE_INCREMENT;
    const values = {
      startedAt,
      endedAt,
      isBillable: request.isBillable,
      multiplier: request.multiplier,
      billingIncrementMinutes: increment,
      billableMinutes: multipliedMinutes(
        billableMinutes(startedAt, endedAt, increment, request.isBillable),
        request.multiplier,
      ),
    };
    if (values.isBillable) {
      await checkBillableAllowance(tx, { ...ticket, number }, values.billableMinutes, now);
    }
    const task = await insertTask(tx, {
      ...values,
      ticketId: ticket.id,
      companyId: ticket.companyId,
      subscriptionId: ticket.subscriptionId,
      staffId: actor.userId,
      description: request.description,
      createdAt: now,
      updatedAt: now,
    });
    const rows = movementRows(movementsOf(null, ledgerChargeOf(target, task)), {
      taskId: task.id,
      actorUserId: actor.userId,
      reason: request.reason ?? null,
      details: { ticketNumber: number, after: taskSnapshot(task) },
      now,
    });
    // Work added to a period that has ended is a late correction: it must say why.
    if (rows.some((row) => row.isLate) && !request.reason) throw invalid('reason', 'required');
    await insertLedgerEntries(tx, rows);
    await recordAudit(tx, {
      action: 'task.created',
      actorUserId: actor.userId,
      companyId: ticket.companyId,
      entityType: 'task',
      entityId: task.id,
      data: {
        ticketNumber: number,
        after: taskSnapshot(task),
        reason: request.reason ?? null,
      },
      ...context,
    });
    await queuePackageHoursEmails(tx, task, now);
    return task.id;
  });
}

/** The task's fields after an edit; a finished task keeps its duration unless a new one is given. */
function applyEdit(task: TaskRow, request: z.output<typeof updateTaskRequestSchema>) {
  const startedAt = request.startedAt ? new Date(request.startedAt) : task.startedAt;
  const isBillable = request.isBillable ?? task.isBillable;
  const multiplier = request.multiplier ?? task.multiplier;
  if (task.endedAt === null) {
    if (request.durationMinutes !== undefined) throw invalid('durationMinutes', 'invalid_value');
    return { startedAt, endedAt: null, isBillable, multiplier, billableMinutes: null };
  }
  const durationMs =
    request.durationMinutes !== undefined
      ? request.durationMinutes * 60_000
      : task.endedAt.getTime() - task.startedAt.getTime();
  const endedAt = new Date(startedAt.getTime() + durationMs);
  return {
    startedAt,
    endedAt,
    isBillable,
    multiplier,
    billableMinutes: multipliedMinutes(
      billableMinutes(startedAt, endedAt, incrementOf(task), isBillable),
      multiplier,
    ),
  };
}

/** The ticket a task is moved to, or null when it stays; another company's ticket is a 400. */
async function moveDestination(
  tx: Executor,
  task: TaskRow,
  currentNumber: number,
  requested: number | undefined,
) {
  if (requested === undefined || requested === currentNumber) return null;
  const found = await findTicketByNumber(tx, requested);
  if (!found || found.ticket.companyId !== task.companyId) {
    throw invalid('ticketNumber', 'invalid_value');
  }
  return found.ticket;
}

/**
 * Edits a task (description, start, duration, billable flag, ticket) with a required
 * reason. Everything is recorded with before/after; a change to the figures of a
 * period that has already ended is recorded as a late correction and shown as
 * an adjustment on the dashboard. A running task may get a new start (not in
 * the future) but has no duration to edit (400).
 */
export async function editTask(
  db: Database,
  actor: Actor,
  id: string,
  request: z.output<typeof updateTaskRequestSchema>,
  context: RequestContext,
): Promise<void> {
  const view = await findTaskToChange(db, actor, id);
  await db.transaction(async (tx) => {
    // The ticket before the task, as starts and stops do (its allowance is checked below).
    await lockTicket(tx, view.task.ticketId);
    const task = await lockTask(tx, id);
    if (!task) throw notFound();
    const now = new Date();
    const edited = applyEdit(task, request);
    const lastInstant = edited.endedAt ?? edited.startedAt;
    if (lastInstant.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      throw invalid('startedAt', 'in_future');
    }
    const target = await loadChargeTarget(tx, {
      subscriptionId: task.subscriptionId,
      companyId: task.companyId,
    });
    const destination = await moveDestination(tx, task, view.ticket.number, request.ticketNumber);
    // Moved to another ticket, the task is charged to that ticket's package from now on.
    const afterTarget = destination ? await loadChargeTarget(tx, destination) : target;
    // Only a move, a change of start or to billable can take work out of the package's dates.
    if (destination || request.startedAt !== undefined || (edited.isBillable && !task.isBillable)) {
      checkCovered(afterTarget, edited.startedAt, edited.isBillable);
    }
    const after = {
      ...task,
      ...edited,
      ...(destination
        ? { ticketId: destination.id, subscriptionId: destination.subscriptionId }
        : {}),
      description: request.description ?? task.description,
    };
    // More billable minutes on a ticket (longer, billable again, moved there) must fit its allowance.
    const grows =
      after.isBillable &&
      after.billableMinutes !== null &&
      (destination !== null ||
        !task.isBillable ||
        after.billableMinutes > (task.billableMinutes ?? 0));
    if (grows) {
      const ticketOfWork = destination ?? {
        ...view.ticket,
        id: task.ticketId,
        companyId: task.companyId,
      };
      await checkBillableAllowance(tx, ticketOfWork, after.billableMinutes ?? 0, now, id);
    }
    const changes = changedFields(taskSnapshot(task), taskSnapshot(after), [
      'description',
      'startedAt',
      'endedAt',
      'isBillable',
      'billableMinutes',
      'multiplier',
    ]);
    if (Object.keys(changes).length === 0 && !destination) return;
    await updateTask(
      tx,
      id,
      {
        description: after.description,
        startedAt: after.startedAt,
        endedAt: after.endedAt,
        isBillable: after.isBillable,
        multiplier: after.multiplier,
        billableMinutes: after.billableMinutes,
        ticketId: after.ticketId,
        subscriptionId: after.subscriptionId,
      },
      now,
    );
    await insertLedgerEntries(
      tx,
      movementRows(movementsOf(ledgerChargeOf(target, task), ledgerChargeOf(afterTarget, after)), {
        taskId: id,
        actorUserId: actor.userId,
        reason: request.reason,
        details: {
          ticketNumber: view.ticket.number,
          before: taskSnapshot(task),
          after: taskSnapshot(after),
        },
        now,
      }),
    );
    await recordAudit(tx, {
      action: 'task.updated',
      actorUserId: actor.userId,
      companyId: task.companyId,
      entityType: 'task',
      entityId: id,
      data: {
        ticketNumber: view.ticket.number,
        changes,
        reason: request.reason,
        ...(destination ? { movedTo: { ticketNumber: destination.number } } : {}),
      },
      ...context,
    });
    await queuePackageHoursEmails(tx, after, now);
  });
}

/**
 * Deletes a task (running or finished) with a required reason. The row stays,
 * marked deleted, so the audit log and late corrections can point to it.
 */
export async function deleteTask(
  db: Database,
  actor: Actor,
  id: string,
  reason: string,
  context: RequestContext,
): Promise<void> {
  const view = await findTaskToChange(db, actor, id);
  await db.transaction(async (tx) => {
    const task = await lockTask(tx, id);
    if (!task) throw notFound();
    const now = new Date();
    const target = await loadChargeTarget(tx, {
      subscriptionId: task.subscriptionId,
      companyId: task.companyId,
    });
    await updateTask(tx, id, { deletedAt: now }, now);
    await insertLedgerEntries(
      tx,
      movementRows(movementsOf(ledgerChargeOf(target, task), null), {
        taskId: id,
        actorUserId: actor.userId,
        reason,
        details: { ticketNumber: view.ticket.number, before: taskSnapshot(task) },
        now,
      }),
    );
    await recordAudit(tx, {
      action: 'task.deleted',
      actorUserId: actor.userId,
      companyId: task.companyId,
      entityType: 'task',
      entityId: id,
      data: {
        ticketNumber: view.ticket.number,
        before: taskSnapshot(task),
        reason,
      },
      ...context,
    });
  });
}
