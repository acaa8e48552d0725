import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';

let t: TestApp;
let agent: ApiClient;
beforeAll(async () => {
  t = await createTestApp();
  const user = await createUser(t.db, 'agent', { firstName: 'Νίκος', lastName: 'Αγγέλου' });
  agent = await loggedInClient(t.app, user.email);
});
afterAll(() => t.close());

interface QueueRow {
  number: number;
  waitingSince: string | null;
  lastReply: { at: string; name: string; isStaff: boolean } | null;
}

async function rowOf(client: ApiClient, number: number): Promise<QueueRow> {
  const items: QueueRow[] = (await client.get('/api/tickets?state=all')).json().items;
  const row = items.find((item) => item.number === number);
  if (!row) throw new Error(`ticket ${number} not listed`);
  return row;
}

/** When the ticket's latest public message was written, as its thread shows it. */
async function messageTimes(client: ApiClient, number: number): Promise<string[]> {
  const items: { type: string; createdAt: string; isInternal?: boolean }[] = (
    await client.get(`/api/tickets/${number}`)
  ).json().thread;
  return items
    .filter((item) => item.type === 'message' && !item.isInternal)
    .map((item) => item.createdAt);
}

describe('the queue: since when the customer waits, and who wrote last', () => {
  it('waits from the first unanswered customer message until staff answer publicly', async () => {
    const customer = await createCustomer(t.db);
    const member = await loggedInClient(t.app, customer.member.email);
    const number = await openTicketAs(member);

    const opened = await rowOf(agent, number);
    const [first] = await messageTimes(agent, number);
    expect(opened.waitingSince).toBe(first);
    expect(opened.lastReply).toMatchObject({ name: 'Μαρία Παπαδοπούλου', isStaff: false });

    // A second customer message does not restart the wait.
    await member.post(`/api/tickets/${number}/messages`, { body: 'Ακόμα τίποτα.' });
    expect((await rowOf(agent, number)).waitingSince).toBe(first);

    // An internal note is no answer.
    await agent.post(`/api/tickets/${number}/messages`, { body: 'Κοιτάζω', isInternal: true });
    const afterNote = await rowOf(agent, number);
    expect(afterNote.waitingSince).toBe(first);
    expect(afterNote.lastReply?.isStaff).toBe(false);

    await agent.post(`/api/tickets/${number}/messages`, { body: 'Δοκιμάστε ξανά τώρα.' });
    const answered = await rowOf(agent, number);
    expect(answered.waitingSince).toBeNull();
    expect(answered.lastReply).toMatchObject({ name: 'Νίκος Αγγέλου', isStaff: true });

    // The customer's next message starts a new wait from that message.
    await member.post(`/api/tickets/${number}/messages`, { body: 'Πάλι δεν δουλεύει.' });
    const times = await messageTimes(agent, number);
    const again = await rowOf(agent, number);
    expect(again.waitingSince).toBe(times.at(-1));
    expect(again.lastReply).toMatchObject({ at: times.at(-1), isStaff: false });
    // The customer sees the same row of their own ticket.
    expect((await rowOf(member, number)).waitingSince).toBe(times.at(-1));

    // A closed ticket waits for no one.
    await agent.post(`/api/tickets/${number}/close`, {});
    expect((await rowOf(agent, number)).waitingSince).toBeNull();
  });
});
