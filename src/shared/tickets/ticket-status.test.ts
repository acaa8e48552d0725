import { describe, expect, it } from 'vitest';
import {
  nextStatus,
  type StatusEvent,
  statusEventKind,
  TICKET_STATUSES,
  type TicketStatus,
} from './ticket-status.js';

const O = 'open';
const P = 'in_progress';
const W = 'waiting_customer';
const C = 'closed';
type Row = [TicketStatus, TicketStatus, TicketStatus, TicketStatus];

/**
 * The whole table of docs/ticket-status.md, written out by hand: for each event, the
 * next status from open, in_progress, waiting_customer and closed, with no task
 * running on the ticket and with one running.
 */
const TABLE: { name: string; event: StatusEvent; idle: Row; running: Row }[] = [
  {
    name: 'customer reply',
    event: { trigger: 'customer_reply' },
    idle: [O, P, O, O],
    running: [P, P, P, P],
  },
  {
    name: 'staff reply (default)',
    event: { trigger: 'staff_reply' },
    idle: [W, W, W, W],
    running: [P, P, P, P],
  },
  {
    name: 'staff reply, waiting for the customer',
    event: { trigger: 'staff_reply', waitForCustomer: true },
    idle: [W, W, W, W],
    running: [W, W, W, W],
  },
  {
    name: 'staff reply, not waiting',
    event: { trigger: 'staff_reply', waitForCustomer: false },
    idle: [O, P, O, O],
    running: [P, P, P, P],
  },
  {
    name: 'internal note',
    event: { trigger: 'internal_note' },
    idle: [O, P, W, C],
    running: [O, P, W, C],
  },
  {
    name: 'task started',
    event: { trigger: 'task_started' },
    idle: [P, P, P, P],
    running: [P, P, P, P],
  },
  {
    name: 'staff close',
    event: { trigger: 'staff_close' },
    idle: [C, C, C, C],
    running: [C, C, C, C],
  },
  {
    name: 'staff reopen',
    event: { trigger: 'staff_reopen' },
    idle: [O, P, W, O],
    running: [O, P, W, P],
  },
  ...TICKET_STATUSES.map((chosen) => ({
    name: `staff set to ${chosen}`,
    event: { trigger: 'staff_set', chosen } as const,
    idle: [chosen, chosen, chosen, chosen] as Row,
    running: [chosen, chosen, chosen, chosen] as Row,
  })),
];

const cases = TABLE.flatMap(({ name, event, idle, running }) =>
  TICKET_STATUSES.flatMap((current, column) => [
    { name, event, current, isTaskRunning: false, expected: idle[column] },
    { name, event, current, isTaskRunning: true, expected: running[column] },
  ]),
);

describe('the ticket status machine (docs/ticket-status.md)', () => {
  it('covers every trigger', () => {
    const triggers = new Set(TABLE.map((row) => row.event.trigger));
    expect([...triggers].sort()).toEqual(
      [
        'customer_reply',
        'internal_note',
        'staff_close',
        'staff_reopen',
        'staff_reply',
        'staff_set',
        'task_started',
      ].sort(),
    );
    expect(cases).toHaveLength(TABLE.length * 8);
  });

  it.each(cases)(
    '$name from $current (task running: $isTaskRunning) → $expected',
    ({ event, current, isTaskRunning, expected }) => {
      expect(nextStatus({ ...event, current, isTaskRunning })).toBe(expected);
    },
  );

  it('names the thread event of each move: closing, reopening, any other change, or none', () => {
    expect(statusEventKind(P, C)).toBe('closed');
    expect(statusEventKind(C, P)).toBe('reopened');
    expect(statusEventKind(C, O)).toBe('reopened');
    expect(statusEventKind(O, W)).toBe('status_changed');
    expect(statusEventKind(P, P)).toBeNull();
  });
});
