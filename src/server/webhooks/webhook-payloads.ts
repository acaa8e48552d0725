import type { TicketStatus } from '../../shared/tickets/ticket-status.js';
import type { WebhookEvent } from './webhook-events.js';

/**
 * The events' data, field by field, for each scope: a presenter for webhooks.
 * What a company's people may see goes to their endpoints; internal notes only
 * to staff endpoints.
 */

interface TicketFields {
  id: string;
  number: number;
  companyId: string;
  subject: string;
  status: TicketStatus;
  priority: string;
  requesterId: string;
  assigneeId: string | null;
}

const ticketData = (ticket: TicketFields, status: TicketStatus = ticket.status) => ({
  id: ticket.id,
  number: ticket.number,
  companyId: ticket.companyId,
  subject: ticket.subject,
  status,
  priority: ticket.priority,
  requesterId: ticket.requesterId,
  assigneeId: ticket.assigneeId,
});

/** Same data for staff and the company's own endpoints. */
const forBoth = (
  type: WebhookEvent['type'],
  companyId: string,
  at: Date,
  data: Record<string, unknown>,
): WebhookEvent => ({ type, companyId, at, staff: data, company: data });

export const ticketCreatedEvent = (ticket: TicketFields, at: Date): WebhookEvent =>
  forBoth('ticket.created', ticket.companyId, at, { ticket: ticketData(ticket) });

/** A message on a ticket; an internal note reaches staff endpoints only. */
export function messageAddedEvent(
  ticket: TicketFields,
  status: TicketStatus,
  message: { id: string; authorId: string; body: string; isInternal: boolean; createdAt: Date },
  at: Date,
): WebhookEvent {
  const data = {
    ticket: ticketData(ticket, status),
    message: {
      id: message.id,
      authorId: message.authorId,
      body: message.body,
      isInternal: message.isInternal,
      createdAt: message.createdAt.toISOString(),
    },
  };
  return {
    type: 'message.added',
    companyId: ticket.companyId,
    at,
    staff: data,
    company: message.isInternal ? null : data,
  };
}

export const statusChangedEvent = (
  ticket: TicketFields,
  from: TicketStatus,
  to: TicketStatus,
  at: Date,
): WebhookEvent =>
  forBoth('ticket.status_changed', ticket.companyId, at, {
    ticket: ticketData(ticket, to),
    from,
    to,
  });

export function taskEvent(
  type: 'task.started' | 'task.stopped',
  task: {
    id: string;
    companyId: string;
    ticketId: string;
    staffId: string;
    description: string;
    startedAt: Date;
    endedAt: Date | null;
    isBillable: boolean;
    billableMinutes: number | null;
  },
  ticketNumber: number,
  at: Date,
): WebhookEvent {
  return forBoth(type, task.companyId, at, {
    task: {
      id: task.id,
      ticketId: task.ticketId,
      ticketNumber,
      staffId: task.staffId,
      description: task.description,
      startedAt: task.startedAt.toISOString(),
      endedAt: task.endedAt?.toISOString() ?? null,
      isBillable: task.isBillable,
      billableMinutes: task.billableMinutes,
    },
  });
}

export function packageHoursEvent(
  figures: {
    companyId: string;
    subscriptionId: string;
    packageName: string;
    thresholdPercent: 80 | 100;
    usedMinutes: number;
    allowanceMinutes: number;
    periodStartDate: string;
    periodLastDate: string | null;
  },
  at: Date,
): WebhookEvent {
  const { thresholdPercent, companyId, ...rest } = figures;
  return forBoth(`package.hours_${thresholdPercent}`, companyId, at, {
    companyId,
    thresholdPercent,
    ...rest,
  });
}

export function statementIssuedEvent(
  statement: {
    id: string;
    companyId: string;
    subscriptionId: string;
    packageName: string;
    periodStartDate: string;
    periodLastDate: string;
    closingBalanceMinutes: number;
    overageMinutes: number;
  },
  at: Date,
): WebhookEvent {
  const { id, companyId, ...rest } = statement;
  return forBoth('statement.issued', companyId, at, { statementId: id, companyId, ...rest });
}
