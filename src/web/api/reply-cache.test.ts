import { describe, expect, it } from 'vitest';
import type { ReplyResult, TicketDetail } from '../../shared/api/tickets';
import { newSubmissionKey } from './submission-key';
import { withReply } from './tickets';

const person = { id: '00000000-0000-4000-8000-000000000001', name: 'Νίκος', isStaff: true };
const message = (id: string, body: string) => ({
  type: 'message' as const,
  id,
  author: person,
  body,
  isInternal: false,
  createdAt: '2026-12-04T10:00:00.000Z',
  attachments: [],
  viaEmail: false,
  refusedFiles: [],
  originalEmailId: null,
});

const ticket = {
  number: 1001,
  status: 'open',
  closedAt: null,
  lastActivityAt: '2026-12-04T09:00:00.000Z',
  thread: [message('00000000-0000-4000-8000-00000000000a', 'Περιγραφή')],
} as unknown as TicketDetail;

const answer: ReplyResult = {
  number: 1001,
  status: 'waiting_customer',
  closedAt: null,
  lastActivityAt: '2026-12-04T10:00:00.000Z',
  message: message('00000000-0000-4000-8000-00000000000b', 'Δοκιμάστε ξανά'),
  events: [
    {
      type: 'event',
      id: '00000000-0000-4000-8000-00000000000c',
      kind: 'status_changed',
      actor: person,
      data: { from: 'open', to: 'waiting_customer' },
      createdAt: '2026-12-04T10:00:00.000Z',
    },
  ],
};

describe('a reply added to the thread on screen', () => {
  it('appends the message and its events, and takes the new state', () => {
    const updated = withReply(ticket, answer);
    expect(updated.thread.map((item) => item.id)).toEqual([
      ticket.thread[0]!.id,
      answer.message.id,
      answer.events[0]!.id,
    ]);
    expect(updated).toMatchObject({
      status: 'waiting_customer',
      lastActivityAt: answer.lastActivityAt,
    });
  });

  it('does not repeat what a refetch already brought', () => {
    const twice = withReply(withReply(ticket, answer), answer);
    expect(twice.thread).toHaveLength(3);
  });
});

describe('submission keys', () => {
  it('are random and long enough for the server', () => {
    const keys = new Set(Array.from({ length: 50 }, newSubmissionKey));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
  });
});
