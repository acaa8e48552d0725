import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createSubscription, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';
import { addMonths, localDateOf } from '../../shared/hours/index.js';

const MINUTE = 60_000;
/** The current monthly period began at least two days ago: work hours ago lands in it. */
const START_DATE = addMonths(
  localDateOf(new Date(Date.now() - 2 * 24 * 60 * MINUTE), 'Europe/Athens'),
  -3,
);

let t: TestApp;
let agent: ApiClient;
let colleague: ApiClient;
beforeAll(async () => {
  t = await createTestApp();
  agent = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
  colleague = await loggedInClient(
    t.app,
    (await createUser(t.db, 'agent', { firstName: 'Νίκος', lastName: 'Ζαχαρίου' })).email,
  );
});
afterAll(() => t.close());

/** A ticket on a fresh 10-hour package with `usedMinutes` of finished billable work. */
async function ticketWithUsage(usedMinutes: number) {
  const customer = await createCustomer(t.db);
  const { subscription } = await createSubscription(t.db, customer.company.id, {
    startDate: START_DATE,
    hoursPerPeriod: 10,
  });
  const member = await loggedInClient(t.app, customer.member.email);
  const number = await openTicketAs(member, { subscriptionId: subscription.id });
  if (usedMinutes > 0) {
    const logged = await logTask(number, {
      startedAt: new Date(Date.now() - (usedMinutes + 60) * MINUTE).toISOString(),
      durationMinutes: usedMinutes,
    });
    expect(logged.statusCode).toBe(201);
  }
  return { number, member };
}

const logTask = (number: number, body: object) =>
  agent.post(`/api/tickets/${number}/tasks`, {
    description: 'Ρύθμιση αντιγράφων ασφαλείας',
    confirmLongDuration: true,
    ...body,
  });

const start = (client: ApiClient, number: number, body: object = {}) =>
  client.post(`/api/tickets/${number}/tasks/start`, {
    description: 'Έλεγχος DNS',
    stopRunning: true,
    ...body,
  });

async function stopOwn(client: ApiClient) {
  const { task } = (await client.get('/api/me/running-task')).json();
  if (task) await client.post(`/api/tasks/${task.id}/stop`, {});
}

describe('billable work on a package at or past 100 % asks first', () => {
  it('refuses a billable timer on a used-up package with 409 until the agent confirms', async () => {
    const { number } = await ticketWithUsage(600);
    const refused = await start(agent, number);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('package_exhausted_confirmation_required');
    // Nothing happened: no timer, no status change.
    expect((await agent.get('/api/me/running-task')).json().task).toBeNull();
    expect((await agent.get(`/api/tickets/${number}`)).json().status).toBe('open');

    const confirmed = await start(agent, number, { confirmExhausted: true });
    expect(confirmed.statusCode).toBe(201);
    expect(confirmed.json()).toMatchObject({ isRunning: true, isBillable: true });
    await stopOwn(agent);
  });

  it('lets non-billable work and a package under 100 % go without asking', async () => {
    const exhausted = await ticketWithUsage(600);
    expect((await start(agent, exhausted.number, { isBillable: false })).statusCode).toBe(201);
    await stopOwn(agent);

    const at80 = await ticketWithUsage(480);
    expect((await start(agent, at80.number)).statusCode).toBe(201);
    await stopOwn(agent);
  });

  it('refuses logging a billable task by hand on a used-up package until confirmed', async () => {
    const { number } = await ticketWithUsage(630);
    const task = {
      startedAt: new Date(Date.now() - 40 * MINUTE).toISOString(),
      durationMinutes: 30,
    };
    const refused = await logTask(number, task);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('package_exhausted_confirmation_required');
    expect((await agent.get(`/api/tickets/${number}/tasks`)).json().items).toHaveLength(1);

    expect((await logTask(number, { ...task, confirmExhausted: true })).statusCode).toBe(201);
    expect((await logTask(number, { ...task, isBillable: false })).statusCode).toBe(201);
  });

  it('never lets a customer start work or learn another company’s figures this way', async () => {
    const { number } = await ticketWithUsage(600);
    const stranger = await loggedInClient(t.app, (await createCustomer(t.db)).admin.email);
    expect((await start(stranger, number, { confirmExhausted: true })).statusCode).toBe(404);
    expect((await stranger.get(`/api/tickets/${number}`)).statusCode).toBe(404);
  });
});

describe("stopping a colleague's timer asks first", () => {
  it('answers 409 colleague_task_confirmation_required, then stops it when confirmed', async () => {
    const { number } = await ticketWithUsage(0);
    const started = await start(colleague, number, { isBillable: false });
    expect(started.statusCode).toBe(201);
    const url = `/api/tasks/${started.json().id}/stop`;

    const refused = await agent.post(url, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('colleague_task_confirmation_required');
    expect((await colleague.get('/api/me/running-task')).json().task?.id).toBe(started.json().id);

    const stopped = await agent.post(url, { confirmColleague: true });
    expect(stopped.statusCode).toBe(200);
    expect(stopped.json().isRunning).toBe(false);
  });

  it('stops one’s own timer without asking, with or without a body', async () => {
    const { number } = await ticketWithUsage(0);
    const started = await start(agent, number, { isBillable: false });
    expect((await agent.post(`/api/tasks/${started.json().id}/stop`)).statusCode).toBe(200);
  });
});
