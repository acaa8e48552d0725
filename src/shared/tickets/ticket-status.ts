/** Ticket statuses (DESIGN.md): they change by themselves as people act. */
export const TICKET_STATUSES = ['open', 'in_progress', 'waiting_customer', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export const TICKET_EVENT_KINDS = [
  'created',
  'status_changed',
  'assigned',
  'reopened',
  'closed',
  'priority_changed',
] as const;
export type TicketEventKind = (typeof TICKET_EVENT_KINDS)[number];

/** Who caused a change to a ticket, as far as the status rules care. */
export type TicketTrigger =
  | 'customer_reply'
  | 'staff_reply'
  | 'internal_note'
  | 'task_started'
  | 'staff_close'
  | 'staff_reopen';

/**
 * The status a ticket moves to when something happens to it, by DESIGN.md's table.
 * Returns the current status when nothing changes (internal notes never change it).
 */
export function nextStatus(current: TicketStatus, trigger: TicketTrigger): TicketStatus {
  switch (trigger) {
    case 'customer_reply':
      return 'open';
    case 'staff_reply':
      return 'waiting_customer';
    case 'internal_note':
      return current;
    case 'task_started':
      return current === 'open' ? 'in_progress' : current;
    case 'staff_close':
      return 'closed';
    case 'staff_reopen':
      return current === 'closed' ? 'open' : current;
  }
}
