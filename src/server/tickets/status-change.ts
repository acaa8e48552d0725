import {
  nextStatus,
  type StatusEvent,
  statusEventKind,
  type TicketStatus,
} from '../../shared/tickets/ticket-status.js';
import type { Executor } from '../db/database.js';
import type { RequestContext } from '../http/request-context.js';
import type { Actor } from '../policies/actor.js';
import { refreshTicketDueTimes } from '../targets/ticket-due-times.js';
import { isTaskRunningOnTicket } from '../tasks/tasks.repository.js';
import { recordWebhookEvent } from '../webhooks/webhook-events.js';
import { statusChangedEvent } from '../webhooks/webhook-payloads.js';
import { insertAuditedTicketEvent, type TicketEventRow } from './thread.repository.js';
import { markTicketRead } from './ticket-reads.repository.js';
import { type TicketRow, updateTicket } from './tickets.repository.js';

/** The columns a move to `to` sets, so a caller can fold them into its own UPDATE. */
export function statusFields(to: TicketStatus, now: Date) {
  return { status: to, closedAt: to === 'closed' ? now : null, lastActivityAt: now };
}

/**
 * Records a status change already written to the ticket row: one event in the
 * thread and one audit entry. Leaving `closed` is a reopening; entering it is a closing.
 */
export async function recordStatusChange(
  tx: Executor,
  ticket: TicketRow,
  to: TicketStatus,
  actor: Actor,
  context: RequestContext,
  now: Date,
): Promise<TicketEventRow> {
  const from = ticket.status;
  const kind = statusEventKind(from, to) ?? 'status_changed';
  const event = await insertAuditedTicketEvent(
    tx,
    {
      ticketId: ticket.id,
      companyId: ticket.companyId,
      actorId: actor.userId,
      kind,
      data: { from, to },
      createdAt: now,
    },
    {
      action: `ticket.${kind}`,
      actorUserId: actor.userId,
      companyId: ticket.companyId,
      entityType: 'ticket',
      entityId: String(ticket.number),
      data: { from, to },
      ip: context.ip,
      userAgent: context.userAgent,
      apiTokenId: context.apiTokenId ?? null,
    },
  );
  await recordWebhookEvent(tx, statusChangedEvent(ticket, from, to, now));
  // Waiting for the customer pauses the resolution clock: its due time moves with each change.
  await refreshTicketDueTimes(tx, ticket.id);
  return event;
}

/**
 * The status the one machine (src/shared/tickets/ticket-status.ts) gives the locked
 * ticket after what just happened, asking the database whether a task runs on it.
 */
export async function statusAfter(
  tx: Executor,
  ticket: TicketRow,
  event: StatusEvent,
): Promise<TicketStatus> {
  const isTaskRunning = await isTaskRunningOnTicket(tx, ticket.id);
  return nextStatus({ ...event, current: ticket.status, isTaskRunning });
}

/**
 * Moves a locked ticket by the status machine after what just happened and, when it
 * moves, records the change as one event in the thread, one audit entry and one
 * webhook event, inside the caller's transaction. Returns the new status.
 */
export async function changeStatusBy(
  tx: Executor,
  ticket: TicketRow,
  event: StatusEvent,
  actor: Actor,
  context: RequestContext,
  now: Date,
  /** More of the ticket's columns to write in the same UPDATE (written even when the status stays). */
  options: { alsoSet?: Parameters<typeof updateTicket>[2] } = {},
): Promise<TicketStatus> {
  const to = await statusAfter(tx, ticket, event);
  if (ticket.status === to) {
    if (options.alsoSet) await updateTicket(tx, ticket.id, options.alsoSet);
    return to;
  }
  await updateTicket(tx, ticket.id, { ...statusFields(to, now), ...options.alsoSet });
  await markTicketRead(tx, actor.userId, ticket.id, now);
  await recordStatusChange(tx, ticket, to, actor, context, now);
  return to;
}
