import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';

let t: TestApp;
let agent: ApiClient;

beforeAll(async () => {
  t = await createTestApp();
  agent = await loggedInClient(
    t.app,
    (await createUser(t.db, 'agent', { firstName: 'Νίκος', lastName: 'Δημητρίου' })).email,
  );
  // Counts UPDATE statements on tickets (this file's own database): a statement-level
  // trigger sees every UPDATE, whichever driver sent it.
  await t.db.execute(sql`create table ticket_update_count (n int not null)`);
  await t.db.execute(sql`insert into ticket_update_count values (0)`);
  await t.db.execute(sql`
    create function count_ticket_update() returns trigger language plpgsql as $$
    begin update ticket_update_count set n = n + 1; return null; end $$`);
  await t.db.execute(sql`
    create trigger tickets_count_update after update on tickets
    for each statement execute function count_ticket_update()`);
});
afterAll(() => t.close());

async function ticketUpdates(): Promise<number> {
  const result = await t.db.execute(sql`select n from ticket_update_count`);
  const rows = (result as unknown as { rows: { n: number }[] }).rows;
  return Number(rows[0]!.n);
}

async function newTicket() {
  const { member } = await createCustomer(t.db);
  const client = await loggedInClient(t.app, member.email);
  return { client, number: await openTicketAs(client) };
}

describe('a reply answers with what it wrote', () => {
  it('the message, the status change it caused and the ticket state, as the thread shows them', async () => {
    const { client, number } = await newTicket();
    const response = await agent.post(`/api/tickets/${number}/messages`, {
      body: 'Δοκιμάστε ξανά τώρα.',
    });
    expect(response.statusCode).toBe(201);
    const answer = response.json();
    expect(answer).toMatchObject({
      number,
      status: 'waiting_customer',
      closedAt: null,
      message: {
        type: 'message',
        body: 'Δοκιμάστε ξανά τώρα.',
        author: { name: 'Νίκος Δημητρίου', isStaff: true },
        isInternal: false,
        attachments: [],
      },
      events: [
        { type: 'event', kind: 'status_changed', data: { from: 'open', to: 'waiting_customer' } },
      ],
    });
    expect(answer).not.toHaveProperty('thread');
    const seen = (await client.get(`/api/tickets/${number}`)).json();
    expect(seen.lastActivityAt).toBe(answer.lastActivityAt);
    expect(seen.thread.slice(-2)).toEqual([answer.message, answer.events[0]]);
  });

  it('a reply that leaves the status as it is has no event, and moves the last activity', async () => {
    const { client, number } = await newTicket();
    const first = (await client.post(`/api/tickets/${number}/messages`, { body: 'Ένα.' })).json();
    const second = (await client.post(`/api/tickets/${number}/messages`, { body: 'Δύο.' })).json();
    expect(second).toMatchObject({ status: 'open', events: [], message: { body: 'Δύο.' } });
    expect(second.lastActivityAt >= first.lastActivityAt).toBe(true);
  });

  it('an internal note answers the ticket as it was, and is not shown to the customer', async () => {
    const { client, number } = await newTicket();
    const before = (await client.get(`/api/tickets/${number}`)).json();
    const note = (
      await agent.post(`/api/tickets/${number}/messages`, { body: 'Σημείωση', isInternal: true })
    ).json();
    expect(note).toMatchObject({
      status: 'open',
      lastActivityAt: before.lastActivityAt,
      events: [],
      message: { isInternal: true, body: 'Σημείωση' },
    });
    expect((await client.get(`/api/tickets/${number}`)).body).not.toContain('Σημείωση');
  });
});

describe('the ticket row is written once per reply', () => {
  it('a reply that changes the status, one that does not, and a reopening each update it once', async () => {
    const { client, number } = await newTicket();
    let before = await ticketUpdates();
    await agent.post(`/api/tickets/${number}/messages`, { body: 'Απάντηση' });
    expect(await ticketUpdates()).toBe(before + 1);

    before = await ticketUpdates();
    await agent.post(`/api/tickets/${number}/messages`, { body: 'Και κάτι ακόμη' });
    expect(await ticketUpdates()).toBe(before + 1);

    await agent.post(`/api/tickets/${number}/close`, {});
    before = await ticketUpdates();
    const reopened = await client.post(`/api/tickets/${number}/messages`, { body: 'Πάλι!' });
    expect(reopened.json()).toMatchObject({ status: 'open', closedAt: null });
    expect(await ticketUpdates()).toBe(before + 1);
  });

  it('an internal note does not touch it', async () => {
    const { number } = await newTicket();
    const before = await ticketUpdates();
    await agent.post(`/api/tickets/${number}/messages`, {
      body: 'Μόνο για εμάς',
      isInternal: true,
    });
    expect(await ticketUpdates()).toBe(before);
  });
});
