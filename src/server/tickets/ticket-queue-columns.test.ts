import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';
import { tickets } from '../db/schema.js';
import { recomputeThreadColumns } from './thread-columns.js';

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

  it("takes a closing's last word as the latest message, and a reopening customer's as a new wait", async () => {
    const customer = await createCustomer(t.db);
    const member = await loggedInClient(t.app, customer.member.email);
    const number = await openTicketAs(member);
    const closed = await agent.post(`/api/tickets/${number}/close`, {
      body: 'Το διορθώσαμε, κλείνουμε το αίτημα.',
    });
    expect(closed.statusCode).toBe(200);
    const times = await messageTimes(agent, number);
    expect(await rowOf(agent, number)).toMatchObject({
      waitingSince: null,
      lastReply: { at: times.at(-1), name: 'Νίκος Αγγέλου', isStaff: true },
    });
    await member.post(`/api/tickets/${number}/messages`, { body: 'Ξαναγύρισε το πρόβλημα.' });
    const reopened = await messageTimes(agent, number);
    expect((await rowOf(agent, number)).waitingSince).toBe(reopened.at(-1));
  });

  // The demo and bench seeds, and migration 0027's backfill, work the columns out from the
  // messages: the same answer as the services give message by message.
  it('are worked out from the messages alone exactly as the services wrote them', async () => {
    const customer = await createCustomer(t.db);
    const member = await loggedInClient(t.app, customer.member.email);
    const waiting = await openTicketAs(member);
    await member.post(`/api/tickets/${waiting}/messages`, { body: 'Και κάτι ακόμη.' });
    const answered = await openTicketAs(member);
    await agent.post(`/api/tickets/${answered}/messages`, { body: 'Σημείωση', isInternal: true });
    await agent.post(`/api/tickets/${answered}/messages`, { body: 'Έγινε.' });
    const numbers = [waiting, answered];
    const stored = await threadColumnsOf(numbers);
    await t.db.execute(sql`
      update tickets set last_public_message_at = null, last_public_author_id = null,
        customer_waiting_since = null
      where number in (${sql.join(numbers, sql`, `)})`);
    await recomputeThreadColumns(t.db, sql`${tickets.number} in (${sql.join(numbers, sql`, `)})`);
    expect(await threadColumnsOf(numbers)).toEqual(stored);
    expect(stored[0]!.customer_waiting_since).not.toBeNull();
    expect(stored[1]!.customer_waiting_since).toBeNull();
  });
});

async function threadColumnsOf(numbers: number[]) {
  const result = await t.db.execute(sql`
    select number, last_public_message_at::text, last_public_author_id::text,
      customer_waiting_since::text
    from tickets where number in (${sql.join(numbers, sql`, `)}) order by number`);
  return (result as unknown as { rows: Record<string, string | null>[] }).rows;
}
