import { describe, expect, it } from 'vitest';
import type { ThreadItem } from '../../../shared/api/tickets';
import { groupThread, statusTrail } from './group-thread';

let sequence = 0;
const id = () => `00000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;
const at = '2026-01-05T10:00:00.000Z';

function message(): ThreadItem {
  return {
    type: 'message',
    id: id(),
    author: { id: id(), name: 'Μαρία', isStaff: false },
    body: 'Καλημέρα',
    isInternal: false,
    viaEmail: false,
    attachments: [],
    refusedFiles: [],
    originalEmailId: null,
    createdAt: at,
  } as unknown as ThreadItem;
}

function event(kind: string, data: Record<string, string | null> = {}): ThreadItem {
  return { type: 'event', id: id(), kind, actor: null, data, createdAt: at } as ThreadItem;
}

const showAll = () => true;
const events = (row: ReturnType<typeof groupThread>[number]) =>
  row.type === 'events' ? row.events.map((item) => item.kind) : null;

describe('groupThread', () => {
  it('joins consecutive events into one row and keeps messages apart', () => {
    const rows = groupThread(
      [
        message(),
        event('status_changed', { from: 'open', to: 'in_progress' }),
        event('assigned', { to: null }),
        event('status_changed', { from: 'in_progress', to: 'waiting_customer' }),
        message(),
        event('closed', { from: 'waiting_customer', to: 'closed' }),
      ],
      showAll,
    );
    expect(rows.map((row) => row.type)).toEqual(['message', 'events', 'message', 'events']);
    expect(events(rows[1]!)).toEqual(['status_changed', 'assigned', 'status_changed']);
    expect(events(rows[3]!)).toEqual(['closed']);
  });

  it('drops hidden events before grouping, so they neither show nor split a run', () => {
    const hidden = event('created');
    const rows = groupThread(
      [
        message(),
        event('priority_changed', { to: 'high' }),
        hidden,
        event('reopened', { from: 'closed', to: 'open' }),
      ],
      (item) => item.id !== hidden.id,
    );
    expect(rows).toHaveLength(2);
    expect(events(rows[1]!)).toEqual(['priority_changed', 'reopened']);
  });

  it('names a run after its first event, so its key stays as it grows', () => {
    const first = event('status_changed', { from: 'open', to: 'in_progress' });
    const before = groupThread([message(), first], showAll);
    const after = groupThread(
      [message(), first, event('assigned', { to: null })].map((item, index) =>
        index === 0 ? (before[0] as { message: ThreadItem }).message : item,
      ),
      showAll,
    );
    expect(after[1]?.id).toBe(first.id);
  });
});

describe('statusTrail', () => {
  it('lists the status before the first change, then each status reached', () => {
    const trail = statusTrail([
      event('status_changed', { from: 'open', to: 'in_progress' }),
      event('assigned', { to: null }),
      event('status_changed', { from: 'in_progress', to: 'waiting_customer' }),
      event('closed', { from: 'waiting_customer', to: 'closed' }),
    ] as Extract<ThreadItem, { type: 'event' }>[]);
    expect(trail).toEqual(['open', 'in_progress', 'waiting_customer', 'closed']);
  });

  it('is empty when no status changed, and says a repeated status once', () => {
    expect(
      statusTrail([event('assigned', { to: null })] as Extract<ThreadItem, { type: 'event' }>[]),
    ).toEqual([]);
    expect(
      statusTrail([
        event('status_changed', { from: 'open', to: 'in_progress' }),
        event('status_changed', { from: 'in_progress', to: 'in_progress' }),
      ] as Extract<ThreadItem, { type: 'event' }>[]),
    ).toEqual(['open', 'in_progress']);
  });
});
