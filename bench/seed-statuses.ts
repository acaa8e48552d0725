import {
  INITIAL_TICKET_STATUS,
  nextStatus,
  statusEventKind,
} from '../src/shared/tickets/ticket-status.js';

/**
 * The statuses the bench seed writes in bulk SQL, as the one status machine answers
 * for the path it simulates: a ticket opens; at the first staff message a task is
 * started on it; in the end staff close it, reply waiting for the customer, or leave
 * it. Asked here, not typed into the SQL, so the seed cannot drift from the rules.
 */
const opened = INITIAL_TICKET_STATUS;
const worked = nextStatus({ current: opened, trigger: 'task_started', isTaskRunning: true });
const closed = nextStatus({ current: worked, trigger: 'staff_close', isTaskRunning: false });

export const BENCH_STATUSES = {
  opened,
  worked,
  waiting: nextStatus({
    current: worked,
    trigger: 'staff_reply',
    waitForCustomer: true,
    isTaskRunning: false,
  }),
  closed,
  /** The thread event of the move to closed. */
  closedEventKind: statusEventKind(worked, closed) ?? 'status_changed',
} as const;
