import type { ThreadItem } from '../../../shared/api/tickets';

type ThreadMessageItem = Extract<ThreadItem, { type: 'message' }>;
type ThreadEventItem = Extract<ThreadItem, { type: 'event' }>;

/** A row of the chat: one message, or a run of events with no message between them. */
export type ThreadRow =
  | { type: 'message'; id: string; message: ThreadMessageItem }
  | { type: 'events'; id: string; events: ThreadEventItem[] };

/**
 * The thread as chat rows: consecutive events (status changes, assignments…) join
 * one row, so a ticket that went «Ανοιχτό → Σε εξέλιξη → Αναμονή» reads as one line
 * between two messages. `isShown` drops the events the viewer's thread does not
 * show (a customer's own «created») before grouping, so they never split a run.
 */
export function groupThread(
  items: readonly ThreadItem[],
  isShown: (event: ThreadEventItem) => boolean,
): ThreadRow[] {
  const rows: ThreadRow[] = [];
  for (const item of items) {
    if (item.type === 'message') {
      rows.push({ type: 'message', id: item.id, message: item });
      continue;
    }
    if (!isShown(item)) continue;
    const last = rows.at(-1);
    if (last?.type === 'events') last.events.push(item);
    // The run is named after its first event: the key stays put as the run grows.
    else rows.push({ type: 'events', id: item.id, events: [item] });
  }
  return rows;
}

/**
 * The statuses a run of events went through, in order, for its one-line summary:
 * the status before the first change, then each status reached. Repeats in a row
 * are said once. Empty when the run changed no status.
 */
export function statusTrail(events: readonly ThreadEventItem[]): string[] {
  const trail: string[] = [];
  const add = (status: string | null | undefined) => {
    if (status && trail.at(-1) !== status) trail.push(status);
  };
  for (const event of events) {
    if (event.kind !== 'status_changed' && event.kind !== 'reopened' && event.kind !== 'closed') {
      continue;
    }
    if (trail.length === 0) add(event.data.from);
    add(event.data.to);
  }
  return trail;
}
