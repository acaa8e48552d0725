import { randomUUID } from 'node:crypto';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';
import { idempotencyKeys, messages, tickets } from '../db/schema.js';
import { deleteExpiredIdempotencyKeys } from './idempotency.repository.js';

let t: TestApp;
let agent: ApiClient;

beforeAll(async () => {
  t = await createTestApp();
  agent = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
});
afterAll(() => t.close());

async function newTicket() {
  const customer = await createCustomer(t.db);
  const client = await loggedInClient(t.app, customer.member.email);
  return { ...customer, client, number: await openTicketAs(client) };
}

const withKey = (client: ApiClient, url: string, body: unknown, key: string) =>
  client.request('POST', url, body, { 'idempotency-key': key });

async function messageCount(number: number): Promise<number> {
  const [row] = await t.db
    .select({ value: count() })
    .from(messages)
    .innerJoin(tickets, eq(tickets.id, messages.ticketId))
    .where(eq(tickets.number, number));
  return row!.value;
}

async function ticketCount(requesterId: string): Promise<number> {
  const [row] = await t.db
    .select({ value: count() })
    .from(tickets)
    .where(eq(tickets.requesterId, requesterId));
  return row!.value;
}

describe('Idempotency-Key on a reply', () => {
  it('a retry after a lost answer gets the first answer and posts nothing', async () => {
    const { client, number } = await newTicket();
    const key = randomUUID();
    const url = `/api/tickets/${number}/messages`;
    const first = await withKey(client, url, { body: 'Ακόμα δεν δουλεύει.' }, key);
    expect(first.statusCode).toBe(201);
    const retry = await withKey(client, url, { body: 'Ακόμα δεν δουλεύει.' }, key);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await messageCount(number)).toBe(2);
  });

  it('two retries at the same moment post one message', async () => {
    const { client, number } = await newTicket();
    const key = randomUUID();
    const url = `/api/tickets/${number}/messages`;
    const answers = await Promise.all(
      [1, 2, 3].map(() => withKey(client, url, { body: 'Το στέλνω μία φορά.' }, key)),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201]);
    const ids = new Set(answers.map((a) => a.json().message.id));
    expect(ids.size).toBe(1);
    expect(await messageCount(number)).toBe(2);
  });

  it('the same key with a different reply is refused with a 422', async () => {
    const { client, number } = await newTicket();
    const key = randomUUID();
    const url = `/api/tickets/${number}/messages`;
    await withKey(client, url, { body: 'Πρώτο' }, key);
    const other = await withKey(client, url, { body: 'Άλλο' }, key);
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('idempotency_key_reused');
    expect(await messageCount(number)).toBe(2);
  });

  it('keys are per person, and a fresh key posts again', async () => {
    const { client, number } = await newTicket();
    const key = randomUUID();
    const url = `/api/tickets/${number}/messages`;
    await withKey(client, url, { body: 'Από τον πελάτη' }, key);
    const byAgent = await withKey(agent, url, { body: 'Από τον πελάτη' }, key);
    expect(byAgent.statusCode).toBe(201);
    expect(byAgent.json().message.author.isStaff).toBe(true);
    await withKey(client, url, { body: 'Από τον πελάτη' }, randomUUID());
    expect(await messageCount(number)).toBe(4);
  });

  it('a failed write keeps no key, so its retry can succeed', async () => {
    const { client, number } = await newTicket();
    const key = randomUUID();
    const url = `/api/tickets/${number}/messages`;
    const refused = await withKey(
      client,
      url,
      { body: 'Με αρχείο', attachmentIds: [randomUUID()] },
      key,
    );
    expect(refused.statusCode).toBe(400);
    expect(await withKey(client, url, { body: 'Χωρίς αρχείο' }, key)).toMatchObject({
      statusCode: 201,
    });
  });

  it('a key older than a day is free again, and the sweep forgets it', async () => {
    const { client, member, number } = await newTicket();
    const key = randomUUID();
    const url = `/api/tickets/${number}/messages`;
    await withKey(client, url, { body: 'Χθες' }, key);
    await t.db
      .update(idempotencyKeys)
      .set({ createdAt: sql`now() - interval '25 hours'` })
      .where(eq(idempotencyKeys.userId, member.id));
    const again = await withKey(client, url, { body: 'Σήμερα' }, key);
    expect(again.statusCode).toBe(201);
    expect(await messageCount(number)).toBe(3);
    await t.db
      .update(idempotencyKeys)
      .set({ createdAt: sql`now() - interval '25 hours'` })
      .where(eq(idempotencyKeys.userId, member.id));
    expect(await deleteExpiredIdempotencyKeys(t.db, new Date())).toBeGreaterThanOrEqual(1);
    const left = await t.db
      .select()
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.userId, member.id));
    expect(left).toEqual([]);
  });

  it('a malformed key is a 400', async () => {
    const { client, number } = await newTicket();
    const response = await withKey(client, `/api/tickets/${number}/messages`, { body: 'x' }, 'ab');
    expect(response.statusCode).toBe(400);
  });
});

describe('Idempotency-Key on a new ticket', () => {
  it('a retry answers the same ticket and opens no other', async () => {
    const { client, member } = await createCustomer(t.db).then(async (c) => ({
      ...c,
      client: await loggedInClient(t.app, c.member.email),
    }));
    const key = randomUUID();
    const body = { subject: 'Δεν ανοίγει το VPN', description: 'Από το πρωί.' };
    const first = await withKey(client, '/api/tickets', body, key);
    expect(first.statusCode).toBe(201);
    const retries = await Promise.all([1, 2].map(() => withKey(client, '/api/tickets', body, key)));
    for (const retry of retries) {
      expect(retry.statusCode).toBe(201);
      expect(retry.json()).toEqual(first.json());
    }
    expect(await ticketCount(member.id)).toBe(1);
    const other = await withKey(client, '/api/tickets', { ...body, subject: 'Άλλο' }, key);
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('idempotency_key_reused');
  });

  it('staff opening one for a contact («Νέο αίτημα για πελάτη») is not opened twice', async () => {
    const { member } = await createCustomer(t.db);
    const key = randomUUID();
    const body = {
      subject: 'Τηλεφώνησε',
      description: 'Θέλει νέο λογαριασμό.',
      requesterId: member.id,
    };
    const answers = await Promise.all([1, 2].map(() => withKey(agent, '/api/tickets', body, key)));
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201]);
    expect(answers[0]!.json().number).toBe(answers[1]!.json().number);
    expect(await ticketCount(member.id)).toBe(1);
  });
});
