/** Ticket statuses (DESIGN.md): they change by themselves as people act. */
export const TICKET_STATUSES = ['open', 'in_progress', 'waiting_customer', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Every ticket starts here, whoever opens it (a customer, staff for a customer, an email). */
export const INITIAL_TICKET_STATUS: TicketStatus = 'open';

export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export const TICKET_EVENT_KINDS = [
  'created',
  'status_changed',
  'assigned',
  'reopened',
  'closed',
  'priority_changed',
  'participant_added',
  'participant_removed',
] as const;
export type TicketEventKind = (typeof TICKET_EVENT_KINDS)[number];

/** What happened to a ticket, as far as the status rules care. */
export type TicketTrigger =
  | 'customer_reply'
  | 'staff_reply'
  | 'internal_note'
  | 'task_started'
  | 'staff_close'
  | 'staff_reopen'
  | 'staff_set';

/** What happened, with the choice that came with it (the agent's, for a reply or a set). */
export type StatusEvent =
  | { trigger: Exclude<TicketTrigger, 'staff_reply' | 'staff_set'> }
  | {
      trigger: 'staff_reply';
      /**
       * The agent's choice in the reply box, «Αναμονή απάντησης πελάτη». Left out, the
       * reply waits for the customer unless a task runs on the ticket.
       */
      waitForCustomer?: boolean;
    }
  | { trigger: 'staff_set'; chosen: TicketStatus };

/** Everything the status rules look at: the ticket now, what happened, and how. */
export type StatusInput = StatusEvent & {
  current: TicketStatus;
  /** A task timer (anyone's) runs on the ticket right now: work is going on. */
  isTaskRunning: boolean;
};

/** With staff: in progress while work goes on (a timer runs, or it was in progress), else open. */
const withStaff = (current: TicketStatus, isTaskRunning: boolean): TicketStatus =>
  isTaskRunning || current === 'in_progress' ? 'in_progress' : 'open';

/**
 * The one status machine: the status a ticket moves to when something happens to it.
 * Nothing else decides a ticket's status (docs/ticket-status.md holds the same table).
 *
 * | trigger | rule |
 * |---|---|
 * | customer_reply | in progress if it was, or a task runs (and it is news for staff); else open — a closed ticket reopens |
 * | staff_reply | waiting_customer if the agent waits for the customer (default: only when no task runs); else in progress if it was or a task runs, else open |
 * | internal_note | unchanged |
 * | task_started | in_progress, from any status (on a closed ticket the API asks `reopen: true` first) |
 * | staff_close | closed |
 * | staff_reopen | a closed ticket: in progress if a task runs, else open; others unchanged |
 * | staff_set | the status staff chose |
 *
 * Returns the current status when nothing changes; leaving `closed` is a reopening.
 */
export function nextStatus(input: StatusInput): TicketStatus {
  const { current, isTaskRunning } = input;
  switch (input.trigger) {
    case 'customer_reply':
      return withStaff(current, isTaskRunning);
    case 'staff_reply': {
      const waits = input.waitForCustomer ?? !isTaskRunning;
      return waits ? 'waiting_customer' : withStaff(current, isTaskRunning);
    }
    case 'internal_note':
      return current;
    case 'task_started':
      return 'in_progress';
    case 'staff_close':
      return 'closed';
    case 'staff_reopen':
      return current === 'closed' ? withStaff(current, isTaskRunning) : current;
    case 'staff_set':
      return input.chosen;
  }
}

/** The thread event a move from → to is recorded as (null: no move). */
export function statusEventKind(
  from: TicketStatus,
  to: TicketStatus,
): 'closed' | 'reopened' | 'status_changed' | null {
  if (from === to) return null;
  if (to === 'closed') return 'closed';
  return from === 'closed' ? 'reopened' : 'status_changed';
}
