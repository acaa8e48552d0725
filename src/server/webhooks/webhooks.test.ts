import { eq } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createSubscription, createUser } from '../../../test/support/factories.js';
import { monthlyPeriodsOfAPackage } from '../../../test/support/periods.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';
import {
  HANG,
  startWebhookReceiver,
  type WebhookReceiver,
} from '../../../test/support/webhook-receiver.js';
import { auditEntries, tickets, webhookDeliveries, webhookEndpoints } from '../db/schema.js';
import { decryptSecret } from '../inbound/mailbox-secret.js';
import { issueDueStatements } from '../statements/statement-issue.js';
import { resolveRequester } from '../tickets/ticket-requester.js';
import { createTicketInTransaction } from '../tickets/tickets.service.js';
import { createWebhookWorker, type WebhookWorker } from './webhook.worker.js';

let t: TestApp;
let receiver: WebhookReceiver;
let admin: ApiClient;
let agent: ApiClient;
let worker: WebhookWorker;

beforeAll(async () => {
  t = await createTestApp();
  receiver = await startWebhookReceiver();
  admin = await loggedInClient(t.app, (await createUser(t.db, 'admin')).email);
  agent = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
  worker = createWebhookWorker({
    db: t.db,
    secretKey: t.deps.config.inbound.secretKey,
    settings: { extraCa: receiver.ca, timeoutMs: 5000, maxAttempts: 3, disableAfterFailures: 2 },
    // Due again at once: the test runs the rounds itself, nothing waits on a clock.
    retryDelayMs: () => 0,
  });
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});
beforeEach(async () => {
  receiver.reset();
  // Each test starts with no endpoint: events of one test never reach another's.
  await t.db.delete(webhookEndpoints);
});

/** Runs rounds until nothing is due; returns the outcomes of all of them. */
async function drain() {
  const total = { delivered: 0, retrying: 0, failed: 0 };
  for (;;) {
    const round = await worker.runOnce();
    if (round.delivered + round.retrying + round.failed === 0) return total;
    total.delivered += round.delivered;
    total.retrying += round.retrying;
    total.failed += round.failed;
  }
}

async function register(values: Record<string, unknown> = {}) {
  const response = await admin.post('/api/webhooks', {
    url: receiver.url,
    description: 'Τιμολόγηση',
    events: ['ticket.created', 'message.added', 'ticket.status_changed'],
    companyId: null,
    allowPrivateNetwork: true,
    ...values,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; secret: string; isActive: boolean };
}

const deliveriesOf = async (id: string) =>
  (await admin.get(`/api/webhooks/${id}/deliveries`)).json().items as {
    id: string;
    messageId: string;
    eventType: string;
    status: string;
    attempts: number;
    lastStatusCode: number | null;
    lastResponseMs: number | null;
    lastResponseExcerpt: string | null;
    lastError: string | null;
  }[];

const bodies = () => receiver.received.map((r) => JSON.parse(r.body));

async function customerClient() {
  const customer = await createCustomer(t.db);
  return { customer, client: await loggedInClient(t.app, customer.member.email) };
}

describe('managing endpoints', () => {
  it('is for admins only: 401 anonymous, 403 for agents and customers', async () => {
    const { client } = await customerClient();
    const { id } = await register();
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/webhooks' });
    expect(anonymous.statusCode).toBe(401);
    for (const someone of [agent, client]) {
      expect((await someone.get('/api/webhooks')).statusCode).toBe(403);
      expect((await someone.get(`/api/webhooks/${id}/secret`)).statusCode).toBe(403);
      expect((await someone.get(`/api/webhooks/${id}/deliveries`)).statusCode).toBe(403);
      expect((await someone.post(`/api/webhooks/${id}/test`)).statusCode).toBe(403);
      const created = await someone.post('/api/webhooks', {
        url: receiver.url,
        events: ['ticket.created'],
        companyId: null,
      });
      expect(created.statusCode).toBe(403);
    }
    expect((await admin.get('/api/webhooks')).json().items).toHaveLength(1);
  });

  it('keeps the whsec_ secret encrypted, out of the audit log, shown again on request and rotated', async () => {
    const created = await register();
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const [row] = await t.db
      .select()
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.id, created.id));
    expect(row!.secretEncrypted).not.toContain(created.secret.slice(6));
    expect(decryptSecret(t.deps.config.inbound.secretKey, row!.secretEncrypted)).toBe(
      created.secret,
    );
    expect(JSON.stringify((await admin.get('/api/webhooks')).json())).not.toContain(created.secret);
    expect((await admin.get(`/api/webhooks/${created.id}/secret`)).json().secret).toBe(
      created.secret,
    );
    const rotated = (await admin.post(`/api/webhooks/${created.id}/secret`)).json().secret;
    expect(rotated).not.toBe(created.secret);
    expect((await admin.get(`/api/webhooks/${created.id}/secret`)).json().secret).toBe(rotated);
    const entries = await t.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.entityId, created.id));
    expect(entries.map((e) => e.action).sort()).toEqual([
      'webhook.created',
      'webhook.secret_rotated',
      'webhook.secret_viewed',
      'webhook.secret_viewed',
    ]);
    expect(JSON.stringify(entries)).not.toContain(created.secret.slice(6));
    expect(JSON.stringify(entries)).not.toContain(rotated.slice(6));
  });

  it('refuses plain http, no events and an unknown company with a named field', async () => {
    const cases = [
      [{ url: 'http://example.com/hook' }, 'url', 'invalid_url'],
      [{ url: 'https://user:pw@example.com/hook' }, 'url', 'invalid_url'],
      [{ events: [] }, 'events', 'required'],
      [{ events: ['ticket.deleted'] }, 'events.0', 'invalid_value'],
      [{ companyId: '00000000-0000-4000-8000-000000000000' }, 'companyId', 'invalid_value'],
      // NUL is refused for every route before its schema (src/server/http/refuse-nul.ts).
      [{ description: 'a\u0000b' }, 'description', 'invalid_character'],
    ] as const;
    for (const [values, field, code] of cases) {
      const response = await admin.post('/api/webhooks', {
        url: 'https://example.com/hook',
        events: ['ticket.created'],
        companyId: null,
        ...values,
      });
      expect(response.statusCode, JSON.stringify(values)).toBe(400);
      expect(response.json().errors).toContainEqual(expect.objectContaining({ field, code }));
    }
  });
});

describe('deliveries to a real HTTPS receiver', () => {
  it('signs the Standard Webhooks way; the receiver verifies it; the log shows the answer', async () => {
    const { id, secret } = await register();
    const { client } = await customerClient();
    const number = await openTicketAs(client, { subject: 'Ο εκτυπωτής' });
    expect(await drain()).toEqual({ delivered: 1, retrying: 0, failed: 0 });

    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    expect(request!.headers['webhook-id']).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(request!.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    const verified = new Webhook(secret).verify(request!.body, request!.headers) as {
      type: string;
      timestamp: string;
      data: { ticket: { number: number; subject: string; status: string } };
    };
    expect(verified.type).toBe('ticket.created');
    expect(verified.data.ticket).toMatchObject({ number, subject: 'Ο εκτυπωτής', status: 'open' });
    // Another secret does not verify it: the signature is real.
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(
        request!.body,
        request!.headers,
      ),
    ).toThrow();

    const [line] = await deliveriesOf(id);
    expect(line).toMatchObject({
      eventType: 'ticket.created',
      status: 'delivered',
      attempts: 1,
      lastStatusCode: 200,
      lastResponseExcerpt: 'received',
      lastError: null,
    });
    expect(line!.lastResponseMs).toBeGreaterThanOrEqual(0);
  });

  it('retries after a 500 and a 429 with the same webhook-id, and then succeeds', async () => {
    const { id } = await register();
    receiver.answerWith(500, 429);
    const { client } = await customerClient();
    await openTicketAs(client);
    expect(await drain()).toEqual({ delivered: 1, retrying: 2, failed: 0 });
    expect(receiver.received).toHaveLength(3);
    const ids = new Set(receiver.received.map((r) => r.headers['webhook-id']));
    expect(ids.size).toBe(1);
    const [line] = await deliveriesOf(id);
    expect(line).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 200 });
  });

  it('gives up after the last try, and a 4xx at once; failures in a row turn the endpoint off', async () => {
    const { id } = await register({ events: ['ticket.created'] });
    receiver.answerWith(500, 500, 500, 404);
    const { client } = await customerClient();
    await openTicketAs(client);
    expect(await drain()).toEqual({ delivered: 0, retrying: 2, failed: 1 });
    const [exhausted] = await deliveriesOf(id);
    expect(exhausted).toMatchObject({ status: 'failed', attempts: 3, lastStatusCode: 500 });
    let [endpoint] = (await admin.get('/api/webhooks')).json().items;
    expect(endpoint).toMatchObject({ isActive: true, consecutiveFailures: 1 });

    await openTicketAs(client);
    expect(await drain()).toEqual({ delivered: 0, retrying: 0, failed: 1 });
    expect((await deliveriesOf(id))[0]).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastStatusCode: 404,
      lastResponseExcerpt: 'failed with 404',
    });
    [endpoint] = (await admin.get('/api/webhooks')).json().items;
    expect(endpoint).toMatchObject({ isActive: false, consecutiveFailures: 2 });
    expect(endpoint.disabledReason).toContain('2 deliveries in a row failed');

    // Off: nothing more is queued for it, and a redelivery is refused until it is turned on.
    await openTicketAs(client);
    expect(await deliveriesOf(id)).toHaveLength(2);
    const redeliver = await admin.post(`/api/webhooks/${id}/deliveries/${exhausted!.id}/redeliver`);
    expect(redeliver.statusCode).toBe(409);
    expect(redeliver.json().code).toBe('webhook_endpoint_inactive');
    const on = await admin.patch(`/api/webhooks/${id}`, {
      url: receiver.url,
      events: ['ticket.created'],
      companyId: null,
      allowPrivateNetwork: true,
      isActive: true,
    });
    expect(on.json()).toMatchObject({
      isActive: true,
      consecutiveFailures: 0,
      disabledReason: null,
    });
  });

  it('follows no redirect: a 3xx is a final answer', async () => {
    const { id } = await register();
    receiver.answerWith(302);
    await admin.post(`/api/webhooks/${id}/test`);
    expect(await drain()).toEqual({ delivered: 0, retrying: 0, failed: 1 });
    expect(receiver.received).toHaveLength(1);
    const [line] = await deliveriesOf(id);
    expect(line).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: 302 });
    expect(line!.lastError).toContain('redirects are not followed');
  });

  it('gives up on an attempt with no answer by its deadline, and tries again', async () => {
    const { id } = await register();
    receiver.answerWith(HANG);
    const hasty = createWebhookWorker({
      db: t.db,
      secretKey: t.deps.config.inbound.secretKey,
      settings: { extraCa: receiver.ca, timeoutMs: 300, maxAttempts: 3, disableAfterFailures: 2 },
      retryDelayMs: () => 0,
    });
    await admin.post(`/api/webhooks/${id}/test`);
    expect(await hasty.runOnce()).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    expect((await deliveriesOf(id))[0]!.lastError).toMatch(/^timeout/);
    expect(await hasty.runOnce()).toEqual({ delivered: 1, retrying: 0, failed: 0 });
  });

  it('redelivers a delivery with the same message, as a new line of the log', async () => {
    const { id, secret } = await register();
    const { client } = await customerClient();
    await openTicketAs(client);
    await drain();
    const [first] = await deliveriesOf(id);
    const again = await admin.post(`/api/webhooks/${id}/deliveries/${first!.id}/redeliver`);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toMatchObject({ status: 'pending', messageId: first!.messageId });
    expect(await drain()).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1]!.body).toBe(receiver.received[0]!.body);
    expect(receiver.received[1]!.headers['webhook-id']).toBe(first!.messageId);
    expect(() =>
      new Webhook(secret).verify(receiver.received[1]!.body, receiver.received[1]!.headers),
    ).not.toThrow();
    expect(await deliveriesOf(id)).toHaveLength(2);
    const unknown = await admin.post(
      `/api/webhooks/${id}/deliveries/00000000-0000-4000-8000-000000000000/redeliver`,
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('«Δοκιμή» sends a webhook.test event to that endpoint', async () => {
    const { id } = await register();
    const test = await admin.post(`/api/webhooks/${id}/test`);
    expect(test.statusCode, test.body).toBe(201);
    await drain();
    expect(bodies()).toEqual([
      { type: 'webhook.test', timestamp: expect.any(String), data: { endpointId: id } },
    ]);
    expect((await deliveriesOf(id))[0]).toMatchObject({
      status: 'delivered',
      eventType: 'webhook.test',
    });
  });
});

describe('addresses webhooks may not reach', () => {
  it.each([
    ['a loopback address', (port: number) => `https://127.0.0.1:${port}/hook`],
    ['a name that resolves to loopback', (port: number) => `https://localhost:${port}/hook`],
    ['an IPv4-mapped IPv6 loopback', (port: number) => `https://[::ffff:127.0.0.1]:${port}/hook`],
    ['the IPv6 loopback', (port: number) => `https://[::1]:${port}/hook`],
  ])('refuses %s unless an admin allowed it', async (_name, urlOf) => {
    const { id } = await register({ url: urlOf(receiver.port), allowPrivateNetwork: false });
    await admin.post(`/api/webhooks/${id}/test`);
    expect(await drain()).toEqual({ delivered: 0, retrying: 0, failed: 1 });
    expect(receiver.received).toHaveLength(0);
    const [line] = await deliveriesOf(id);
    expect(line).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: null });
    expect(line!.lastError).toMatch(/^address_not_allowed/);
  });

  it('delivers to the same loopback address once the admin allows it', async () => {
    const { id } = await register({ allowPrivateNetwork: false });
    const allowed = await admin.patch(`/api/webhooks/${id}`, {
      url: receiver.url,
      events: ['ticket.created'],
      companyId: null,
      allowPrivateNetwork: true,
    });
    expect(allowed.statusCode, allowed.body).toBe(200);
    await admin.post(`/api/webhooks/${id}/test`);
    expect(await drain()).toEqual({ delivered: 1, retrying: 0, failed: 0 });
  });
});

describe('what an endpoint may see', () => {
  it("a company's endpoint hears only its company, never internal notes; a staff one hears all", async () => {
    const a = await customerClient();
    const b = await customerClient();
    const events = ['ticket.created', 'message.added', 'ticket.status_changed'];
    const companyHook = await register({ companyId: a.customer.company.id, events });
    const staffHook = await register({ companyId: null, events });
    // Subscribed to one of the two events the reply's transaction announces.
    const movesOnly = await register({
      companyId: a.customer.company.id,
      events: ['ticket.status_changed'],
    });

    await openTicketAs(b.client, { subject: 'Της Β' });
    const number = await openTicketAs(a.client, { subject: 'Της Α' });
    const note = await agent.post(`/api/tickets/${number}/messages`, {
      body: 'Ο κωδικός του router είναι 1234',
      isInternal: true,
    });
    expect(note.statusCode).toBe(201);
    await agent.post(`/api/tickets/${number}/messages`, { body: 'Το κοιτάμε.' });
    await drain();

    const seenBy = async (id: string) =>
      (
        await t.db
          .select({ payload: webhookDeliveries.payload })
          .from(webhookDeliveries)
          .where(eq(webhookDeliveries.endpointId, id))
      ).map((d) => JSON.stringify(d.payload));
    const company = await seenBy(companyHook.id);
    expect(company.join()).not.toContain('Της Β');
    expect(company.join()).not.toContain('1234');
    expect(company.join()).toContain('Το κοιτάμε.');
    expect(company).toHaveLength(3); // created, the reply, open → waiting_customer
    const staff = await seenBy(staffHook.id);
    expect(staff.join()).toContain('Της Β');
    expect(staff.join()).toContain('"isInternal":true');
    expect(staff).toHaveLength(5);
    const moves = await seenBy(movesOnly.id);
    expect(moves).toHaveLength(1);
    expect(moves[0]).toContain('"type":"ticket.status_changed"');

    // And what arrived at the receiver is what was queued, each signed with its own endpoint's secret.
    const verifiers = [companyHook, movesOnly, staffHook].map((hook) => new Webhook(hook.secret));
    const signedBy = [0, 0, 0];
    for (const request of receiver.received) {
      const index = verifiers.findIndex((verifier) => {
        try {
          verifier.verify(request.body, request.headers);
          return true;
        } catch {
          return false;
        }
      });
      expect(index).not.toBe(-1);
      signedBy[index]! += 1;
      if (index < 2) expect(request.body).not.toContain('1234');
    }
    expect(signedBy).toEqual([3, 1, 5]);
  });

  it("a package reaching 80 % reaches its company's endpoint, with the figures", async () => {
    const { customer, client } = await customerClient();
    const { id } = await register({
      companyId: customer.company.id,
      events: ['package.hours_80', 'package.hours_100'],
    });
    const { subscription } = await createSubscription(t.db, customer.company.id, {
      name: 'Support Basic',
      hoursPerPeriod: 2,
    });
    const number = await openTicketAs(client, { subscriptionId: subscription.id });
    const logged = await agent.post(`/api/tickets/${number}/tasks`, {
      description: 'Εργασία',
      startedAt: new Date(Date.now() - 3 * 60 * 60_000).toISOString(),
      durationMinutes: 100, // 105 of 120 minutes in 15-minute steps: past 80 %, short of 100 %
    });
    expect(logged.statusCode, logged.body).toBe(201);
    await drain();
    expect(bodies()).toEqual([
      expect.objectContaining({
        type: 'package.hours_80',
        data: expect.objectContaining({
          companyId: customer.company.id,
          subscriptionId: subscription.id,
          packageName: 'Support Basic',
          thresholdPercent: 80,
          usedMinutes: 105,
          allowanceMinutes: 120,
        }),
      }),
    ]);
    expect(await deliveriesOf(id)).toHaveLength(1);
  });

  it("a statement issued for an ended period reaches its company's endpoint", async () => {
    const { customer } = await customerClient();
    const { startDate, previous } = monthlyPeriodsOfAPackage();
    const { subscription } = await createSubscription(t.db, customer.company.id, { startDate });
    const { id } = await register({
      companyId: customer.company.id,
      events: ['statement.issued'],
    });
    await issueDueStatements(t.db);
    await drain();
    const received = bodies();
    expect(received.length).toBeGreaterThanOrEqual(1);
    for (const body of received) {
      expect(body).toMatchObject({
        type: 'statement.issued',
        data: { companyId: customer.company.id, subscriptionId: subscription.id },
      });
    }
    expect(received.map((b) => b.data.periodStartDate)).toContain(previous.startDate);
    expect(await deliveriesOf(id)).toHaveLength(received.length);
  });

  it('task started and stopped reach the subscribed endpoint', async () => {
    const { id } = await register({ events: ['task.started', 'task.stopped'] });
    const { client } = await customerClient();
    const number = await openTicketAs(client);
    const started = await agent.post(`/api/tickets/${number}/tasks/start`, {
      description: 'Έλεγχος δικτύου',
      isBillable: false,
    });
    expect(started.statusCode, started.body).toBe(201);
    const taskId = started.json().id ?? started.json().task?.id;
    expect((await agent.post(`/api/tasks/${taskId}/stop`)).statusCode).toBeLessThan(300);
    await drain();
    expect(bodies().map((b) => [b.type, b.data.task.ticketNumber])).toEqual([
      ['task.started', number],
      ['task.stopped', number],
    ]);
    expect(await deliveriesOf(id)).toHaveLength(2);
  });
});

describe('the outbox and the transaction', () => {
  it('queues nothing for a change whose transaction rolls back', async () => {
    await register();
    const { customer } = await customerClient();
    const actor = {
      userId: customer.member.id,
      role: customer.member.role,
      companyId: customer.company.id,
    };
    await expect(
      t.db.transaction(async (tx) => {
        await createTicketInTransaction(
          tx,
          actor,
          {
            requester: await resolveRequester(tx, actor, undefined),
            subscriptionId: null,
            subject: 'Δεν θα υπάρξει',
            link: null,
            description: { body: 'Κάτι', isInternal: false, attachmentIds: [] },
          },
          { ip: null, userAgent: null },
          new Date(),
        );
        expect(await tx.select().from(webhookDeliveries)).not.toHaveLength(0);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(
      await t.db.select().from(tickets).where(eq(tickets.companyId, customer.company.id)),
    ).toHaveLength(0);
    expect(await t.db.select().from(webhookDeliveries)).toHaveLength(0);
    expect(await drain()).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    expect(receiver.received).toHaveLength(0);
  });
});
