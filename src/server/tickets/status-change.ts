import {
  nextStatus,
  type TicketStatus,
  type TicketTrigger,
} from '../../shared/tickets/ticket-status.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { Executor } from '../db/database.js';
import type { RequestContext } from '../http/request-context.js';
import type { Actor } from '../policies/actor.js';
import { recordWebhookEvent } from '../webhooks/webhook-events.js';
import { statusChangedEvent } from '../webhooks/webhook-payloads.js';
import { insertTicketEvent, type TicketEventRow } from './thread.repository.js';
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
  const kind = to === 'closed' ? 'closed' : from === 'closed' ? 'reopened' : 'status_changed';
  const event = await insertTicketEvent(tx, {
    ticketId: ticket.id,
    companyId: ticket.companyId,
    actorId: actor.userId,
    kind,
    data: { from, to },
    createdAt: now,
  });
  await recordAudit(tx, {
    action: `ticket.${kind}`,
    actorUserId: actor.userId,
    companyId: ticket.companyId,
    entityType: 'ticket',
    entityId: String(ticket.number),
    data: { from, to },
    ...context,
  });
  await recordWebhookEvent(tx, statusChangedEvent(ticket, from, to, now));
  return event;
}

/**
 * Moves a ticket to a status (if it is not there already) and records the change
 * as one event in the thread and one audit entry, inside the caller's transaction.
 */
export async function changeStatus(
  tx: Executor,
  ticket: TicketRow,
  to: TicketStatus,
  actor: Actor,
  context: RequestContext,
  now: Date,
): Promise<TicketStatus> {
  if (ticket.status === to) return to;
  await updateTicket(tx, ticket.id, statusFields(to, now));
  await markTicketRead(tx, actor.userId, ticket.id, now);
  await recordStatusChange(tx, ticket, to, actor, context, now);
  return to;
}

/** The status DESIGN.md's automatic rule gives the ticket after what just happened. */
export const statusAfter = (ticket: TicketRow, trigger: TicketTrigger): TicketStatus =>
  nextStatus(ticket.status, trigger);

/** Applies DESIGN.md's automatic rule for what just happened to the ticket. */
export function changeStatusBy(
  tx: Executor,
  ticket: TicketRow,
  trigger: TicketTrigger,
  actor: Actor,
  context: RequestContext,
  now: Date,
): Promise<TicketStatus> {
  return changeStatus(tx, ticket, statusAfter(ticket, trigger), actor, context, now);
}
