import type { TicketStatus } from '../tickets/ticket-status.js';

/** Which of a package's targets a due time is for. */
export const TARGET_KINDS = ['first_response', 'resolution'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** What of a ticket decides the due time it shows. */
export interface TicketTiming {
  status: TicketStatus;
  firstResponseDueAt: Date | null;
  firstRespondedAt: Date | null;
  resolutionDueAt: Date | null;
}

/**
 * The due time a ticket runs against now: the first response until staff answered,
 * then the resolution, except while it waits for the customer (that clock is paused)
 * and once it is closed. Null: nothing is due.
 */
export function currentDue(ticket: TicketTiming): { kind: TargetKind; at: Date } | null {
  if (ticket.status === 'closed') return null;
  if (ticket.firstResponseDueAt && !ticket.firstRespondedAt) {
    return { kind: 'first_response', at: ticket.firstResponseDueAt };
  }
  if (ticket.resolutionDueAt && ticket.status !== 'waiting_customer') {
    return { kind: 'resolution', at: ticket.resolutionDueAt };
  }
  return null;
}
