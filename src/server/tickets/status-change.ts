import {
  nextStatus,
  type TicketStatus,
  type TicketTrigger,
} from '../../shared/tickets/ticket-status.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { Executor } from '../db/database.js';
import type { RequestContext } from '../http/request-context.js';
import type { Actor } from '../policies/actor.js';
import { insertTicketEvent } from './thread.repository.js';
import { markTicketRead } from './ticket-reads.repository.js';
import { type TicketRow, updateTicket } from './tickets.repository.js';

/**
 * Moves a ticket to a status (if it is not there already) and records the change
 * as one event in the thread and one audit entry, inside the caller's transaction.
 * Leaving `closed` is a reopening; entering it is a closing.
 */
export async function changeStatus(
  tx: Executor,
  ticket: TicketRow,
  to: TicketStatus,
  actor: Actor,
  context: RequestContext,
  now: Date,
): Promise<TicketStatus> {
  const from = ticket.status;
  if (from === to) return from;
  await updateTicket(tx, ticket.id, {
    status: to,
    closedAt: to === 'closed' ? now : null,
    lastActivityAt: now,
  });
  await markTicketRead(tx, actor.userId, ticket.id, now);
  const kind = to === 'closed' ? 'closed' : from === 'closed' ? 'reopened' : 'status_changed';
  await insertTicketEvent(tx, {
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
  return to;
}

/** Applies DESIGN.md's automatic rule for what just happened to the ticket. */
export function changeStatusBy(
  tx: Executor,
  ticket: TicketRow,
  trigger: TicketTrigger,
  actor: Actor,
  context: RequestContext,
  now: Date,
): Promise<TicketStatus> {
  return changeStatus(tx, ticket, nextStatus(ticket.status, trigger), actor, context, now);
}
