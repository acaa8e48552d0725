import type { MantineColor } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { TicketPriority, TicketStatus } from '../../../shared/tickets/ticket-status';

/** Each status's badge colour: open blue, in progress violet, waiting orange, closed grey. */
export const STATUS_COLORS: Record<TicketStatus, MantineColor> = {
  open: 'blue',
  in_progress: 'violet',
  waiting_customer: 'orange',
  closed: 'gray',
};

export const PRIORITY_COLORS: Record<TicketPriority, MantineColor> = {
  low: 'gray',
  normal: 'blue',
  high: 'orange',
  urgent: 'red',
};

/**
 * A status's name. Customers read «Αναμονή απάντησής σας» (it waits for them);
 * staff read «Αναμονή πελάτη».
 */
export function statusLabel(t: TFunction, status: TicketStatus, forStaff: boolean): string {
  if (forStaff && status === 'waiting_customer')
    return t('tickets.statusForStaff.waiting_customer');
  return t(`tickets.status.${status}`);
}

/** A priority's name. */
export function priorityLabel(t: TFunction, priority: TicketPriority): string {
  return t(`tickets.priority.${priority}`);
}
