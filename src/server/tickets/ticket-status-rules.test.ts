import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';
import { auditEntries } from '../db/schema.js';

/**
 * The important paths of docs/ticket-status.md through the API (every cell of the
 * table is in src/shared/tickets/ticket-status.test.ts): status, thread events,
 * audit entries and news follow the one status machine.
 */
let t: TestApp;
let agent: ApiClient;
let colleague: ApiClient;
beforeAll(async () => {
  t = await createTestApp();
  agent = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
  colleague = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
});
afterAll(() => t.close());

async function newTicket() {
  const customer = await createCustomer(t.db);
  const client = await loggedInClient(t.app, customer.member.email);
  return { client, number: await openTicketAs(client) };
}

const detailOf = async (client: ApiClient, number: number) =>
  (await client.get(`/api/tickets/${number}`)).json();
const statusOf = async (number: number) => (await detailOf(agent, number)).status;
const eventsOf = async (number: number) =>
  (await detailOf(agent, number)).thread
    .filter((item: { type: string }) => item.type === 'event')
    .filter((item: { kind: string }) => item.kind !== 'created' && item.kind !== 'assigned')
    .map((item: { kind: string; data: object }) => ({ kind: item.kind, ...item.data }));
const auditOf = async (number: number) =>
  (
    await t.db
      .select({ action: auditEntries.action })
      .from(auditEntries)
      .where(eq(auditEntries.entityId, String(number)))
      .orderBy(auditEntries.createdAt)
  ).map((entry) => entry.action);
const hasNews = async (client: ApiClient, number: number) =>
  (await client.get('/api/tickets?state=all'))
    .json()
    .items.find((item: { number: number }) => item.number === number)?.hasNews;

async function startTask(client: ApiClient, number: number, extra: object = {}) {
  const response = await client.post(`/api/tickets/${number}/tasks/start`, {
    description: 'Έλεγχος διακομιστή',
    isBillable: false,
    stopRunning: true,
    ...extra,
  });
  return response;
}

async function stopRunningTaskOf(client: ApiClient) {
  const { task } = (await client.get('/api/me/running-task')).json();
  expect(task).not.toBeNull();
  expect((await client.post(`/api/tasks/${task.id}/stop`)).statusCode).toBe(200);
}

describe('status follows the work (docs/ticket-status.md)', () => {
  it('a customer reply to a ticket in progress keeps it in progress, as news for staff', async () => {
    const { client, number } = await newTicket();
    expect((await startTask(agent, number)).statusCode).toBe(201);
    await stopRunningTaskOf(agent);
    expect(await statusOf(number)).toBe('in_progress');
    await agent.post(`/api/tickets/${number}/read`);
    expect(await hasNews(agent, number)).toBe(false);

    const reply = await client.post(`/api/tickets/${number}/messages`, { body: 'Ευχαριστώ!' });
    expect(reply.statusCode).toBe(201);
    expect(reply.json().status).toBe('in_progress');
    expect(reply.json().events).toEqual([]);
    expect(await hasNews(agent, number)).toBe(true);
    expect(await eventsOf(number)).toEqual([
      { kind: 'status_changed', from: 'open', to: 'in_progress' },
    ]);
  });

  it('a staff reply while a task runs keeps the ticket in progress; «wait for the customer» moves it', async () => {
    const { number } = await newTicket();
    expect((await startTask(agent, number)).statusCode).toBe(201);

    const kept = await agent.post(`/api/tickets/${number}/messages`, { body: 'Το κοιτάζω.' });
    expect(kept.json().status).toBe('in_progress');

    // A colleague's reply sees the same running task.
    const colleagues = await colleague.post(`/api/tickets/${number}/messages`, {
      body: 'Συνεχίζουμε.',
    });
    expect(colleagues.json().status).toBe('in_progress');

    const waiting = await agent.post(`/api/tickets/${number}/messages`, {
      body: 'Δοκιμάστε τώρα και πείτε μας.',
      waitForCustomer: true,
    });
    expect(waiting.json().status).toBe('waiting_customer');
    expect(waiting.json().events).toMatchObject([
      { kind: 'status_changed', data: { from: 'in_progress', to: 'waiting_customer' } },
    ]);
    await stopRunningTaskOf(agent);
    expect(await auditOf(number)).toEqual([
      'ticket.created',
      'ticket.status_changed',
      'ticket.status_changed',
    ]);
  });

  it('with no task running a staff reply waits for the customer, unless the agent says not to', async () => {
    const { client, number } = await newTicket();
    const stays = await agent.post(`/api/tickets/${number}/messages`, {
      body: 'Θα σας απαντήσω σύντομα.',
      waitForCustomer: false,
    });
    expect(stays.json().status).toBe('open');
    const waits = await agent.post(`/api/tickets/${number}/messages`, { body: 'Δοκιμάστε τώρα.' });
    expect(waits.json().status).toBe('waiting_customer');

    // A customer's answer hands it back to staff; the field is staff's only.
    const answer = await client.post(`/api/tickets/${number}/messages`, {
      body: 'Ακόμη τίποτα.',
      waitForCustomer: true,
    });
    expect(answer.json().status).toBe('open');
  });

  it('a customer reply while staff work moves a waiting ticket to in progress', async () => {
    const { client, number } = await newTicket();
    await agent.post(`/api/tickets/${number}/messages`, { body: 'Στείλτε μας ένα στιγμιότυπο.' });
    expect((await startTask(agent, number)).statusCode).toBe(201);
    await agent.post(`/api/tickets/${number}/messages`, {
      body: 'Περιμένουμε το στιγμιότυπο.',
      waitForCustomer: true,
    });
    expect(await statusOf(number)).toBe('waiting_customer');
    const reply = await client.post(`/api/tickets/${number}/messages`, { body: 'Ορίστε.' });
    expect(reply.json().status).toBe('in_progress');
    await stopRunningTaskOf(agent);
  });

  it('close and reopen: closed, then open, each once in the thread and the audit log', async () => {
    const { number } = await newTicket();
    expect((await agent.post(`/api/tickets/${number}/close`, {})).statusCode).toBe(200);
    expect(await statusOf(number)).toBe('closed');
    const reopened = await agent.post(`/api/tickets/${number}/reopen`);
    expect(reopened.json()).toMatchObject({ status: 'open', closedAt: null });
    expect(await eventsOf(number)).toEqual([
      { kind: 'closed', from: 'open', to: 'closed' },
      { kind: 'reopened', from: 'closed', to: 'open' },
    ]);
    expect(await auditOf(number)).toEqual(['ticket.created', 'ticket.closed', 'ticket.reopened']);
  });

  it('a customer reply reopens a closed ticket', async () => {
    const { client, number } = await newTicket();
    await agent.post(`/api/tickets/${number}/close`, {});
    const reply = await client.post(`/api/tickets/${number}/messages`, { body: 'Ξανά το ίδιο.' });
    expect(reply.json()).toMatchObject({ status: 'open', closedAt: null });
    expect(reply.json().events).toMatchObject([
      { kind: 'reopened', data: { from: 'closed', to: 'open' } },
    ]);
  });

  it('a task started on a closed ticket asks first, then reopens it straight to in progress', async () => {
    const { number } = await newTicket();
    await agent.post(`/api/tickets/${number}/close`, {});
    const refused = await startTask(agent, number);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('ticket_closed');
    expect(await statusOf(number)).toBe('closed');

    expect((await startTask(agent, number, { reopen: true })).statusCode).toBe(201);
    await stopRunningTaskOf(agent);
    expect(await statusOf(number)).toBe('in_progress');
    expect(await eventsOf(number)).toEqual([
      { kind: 'closed', from: 'open', to: 'closed' },
      { kind: 'reopened', from: 'closed', to: 'in_progress' },
    ]);
    expect(await auditOf(number)).toEqual(
      expect.arrayContaining(['ticket.closed', 'ticket.reopened']),
    );
  });

  it('an internal note changes nothing; staff may still set a status by hand', async () => {
    const { number } = await newTicket();
    const note = await agent.post(`/api/tickets/${number}/messages`, {
      body: 'Σημείωση',
      isInternal: true,
      waitForCustomer: true,
    });
    expect(note.json().status).toBe('open');
    const set = await agent.patch(`/api/tickets/${number}`, { status: 'in_progress' });
    expect(set.statusCode).toBe(200);
    expect(await statusOf(number)).toBe('in_progress');
  });
});
