import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/support/api-client.js';
import {
  backdateTask,
  createCustomer,
  createSubscription,
  createUser,
  TEST_PASSWORD,
} from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';
import { addDays, addMonths, localDateOf } from '../../shared/hours/index.js';
import { auditEntries, tasks } from '../db/schema.js';

const MINUTE = 60_000;
/** Three months back from two days ago: the current monthly period began at least two days ago. */
const START_DATE = addMonths(
  localDateOf(new Date(Date.now() - 2 * 24 * 60 * MINUTE), 'Europe/Athens'),
  -3,
);

let t: TestApp;
let admin: ApiClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = new ApiClient(t.app);
  await admin.logIn((await createUser(t.db, 'admin')).email, TEST_PASSWORD);
});
afterAll(() => t.close());

async function newAgent() {
  const user = await createUser(t.db, 'agent', { firstName: 'Ελένη', lastName: 'Καραγιάννη' });
  const client = new ApiClient(t.app);
  await client.logIn(user.email, TEST_PASSWORD);
  return { user, client };
}

/** A company with a 10-hour monthly package (15-minute increment) and one ticket on it. */
async function newTicket() {
  const customer = await createCustomer(t.db);
  const { subscription } = await createSubscription(t.db, customer.company.id, {
    startDate: START_DATE,
  });
  const member = new ApiClient(t.app);
  await member.logIn(customer.member.email, TEST_PASSWORD);
  const number = await openTicketAs(member, { subscriptionId: subscription.id });
  return { customer, subscription, member, number };
}

const start = (client: ApiClient, number: number, body: object = {}) =>
  client.post(`/api/tickets/${number}/tasks/start`, { description: 'Έλεγχος DNS', ...body });

const auditOf = (taskId: string) =>
  t.db.select().from(auditEntries).where(eq(auditEntries.entityId, taskId));

describe('starting and stopping a task («Έναρξη εργασίας», «Ολοκλήρωση»)', () => {
  it('starts a timer, moves an open ticket to in_progress, and stops with rounded minutes', async () => {
    const { user, client } = await newAgent();
    const { member, number, subscription } = await newTicket();
    const started = await start(client, number);
    expect(started.statusCode).toBe(201);
    const task = started.json();
    expect(task).toMatchObject({
      ticket: { number },
      subscriptionId: subscription.id,
      staff: { id: user.id, name: 'Ελένη Καραγιάννη' },
      description: 'Έλεγχος DNS',
      endedAt: null,
      isRunning: true,
      isBillable: true,
      billingIncrementMinutes: 15,
    });
    expect((await member.get(`/api/tickets/${number}`)).json().status).toBe('in_progress');
    expect((await client.get('/api/me/running-task')).json().task.id).toBe(task.id);

    // As if it had run 7 minutes: a 15-minute increment bills 15.
    await backdateTask(t.db, task.id, new Date(Date.now() - 7 * MINUTE));
    const stopped = await client.post(`/api/tasks/${task.id}/stop`);
    expect(stopped.statusCode).toBe(200);
    expect(stopped.json()).toMatchObject({ isRunning: false, billableMinutes: 15 });
    expect(stopped.json().durationSeconds).toBeGreaterThanOrEqual(7 * 60);
    expect(stopped.json().durationSeconds).toBeLessThan(8 * 60);
    const [row] = await t.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row!.billableMinutes).toBe(15);
    expect((await client.get('/api/me/running-task')).json().task).toBeNull();
    expect((await auditOf(task.id)).map((entry) => entry.action)).toEqual([
      'task.started',
      'task.stopped',
    ]);
  });

  it('stopping twice answers 409 task_not_running and changes nothing', async () => {
    const { client } = await newAgent();
    const { number } = await newTicket();
    const id = (await start(client, number)).json().id;
    await backdateTask(t.db, id, new Date(Date.now() - 20 * MINUTE));
    const first = await client.post(`/api/tasks/${id}/stop`);
    const second = await client.post(`/api/tasks/${id}/stop`);
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('task_not_running');
    const [row] = await t.db.select().from(tasks).where(eq(tasks.id, id));
    expect(row!.endedAt!.toISOString()).toBe(first.json().endedAt);
    expect(row!.billableMinutes).toBe(30);
  });

  it('a second start asks to stop the first (409 task_already_running), then does both at once', async () => {
    const { client } = await newAgent();
    const first = await newTicket();
    const second = await newTicket();
    const running = (await start(client, first.number)).json();
    await backdateTask(t.db, running.id, new Date(Date.now() - 31 * MINUTE));

    const refused = await start(client, second.number);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('task_already_running');
    expect(refused.json().detail).toContain(running.id);
    expect(refused.json().detail).toContain(`#${first.number}`);
    // Nothing happened to the second ticket.
    expect((await client.get(`/api/tickets/${second.number}/tasks`)).json().items).toEqual([]);
    expect((await client.get(`/api/tickets/${second.number}`)).json().status).toBe('open');

    const both = await start(client, second.number, { stopRunning: true });
    expect(both.statusCode).toBe(201);
    const firstTasks = (await client.get(`/api/tickets/${first.number}/tasks`)).json();
    expect(firstTasks.items[0]).toMatchObject({ isRunning: false, billableMinutes: 45 });
    expect((await client.get('/api/me/running-task')).json().task.id).toBe(both.json().id);
  });

  it('two staff members may each run a task on the same ticket', async () => {
    const one = await newAgent();
    const two = await newAgent();
    const { number } = await newTicket();
    expect((await start(one.client, number)).statusCode).toBe(201);
    expect((await start(two.client, number)).statusCode).toBe(201);
    expect((await one.client.get(`/api/tickets/${number}/tasks`)).json().totals.runningCount).toBe(
      2,
    );
  });

  it('two starts or two stops at the same moment: one wins, the other gets its 409', async () => {
    const { client } = await newAgent();
    const first = await newTicket();
    const second = await newTicket();
    const starts = await Promise.all([start(client, first.number), start(client, second.number)]);
    expect(starts.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    expect(starts.find((response) => response.statusCode === 409)!.json().code).toBe(
      'task_already_running',
    );
    const id = starts.find((response) => response.statusCode === 201)!.json().id;
    const stops = await Promise.all([
      client.post(`/api/tasks/${id}/stop`),
      client.post(`/api/tasks/${id}/stop`),
    ]);
    expect(stops.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    expect((await auditOf(id)).map((entry) => entry.action)).toEqual([
      'task.started',
      'task.stopped',
    ]);
  });

  it('the database keeps one running task per person even if a request slips past the check', async () => {
    const { user, client } = await newAgent();
    const { number } = await newTicket();
    const running = (await start(client, number)).json();
    const [row] = await t.db.select().from(tasks).where(eq(tasks.id, running.id));
    await expect(
      t.db.insert(tasks).values({ ...row!, id: undefined, staffId: user.id }),
    ).rejects.toThrow();
  });

  it('a closed ticket answers 409 ticket_closed; with reopen it is reopened and in progress', async () => {
    const { client } = await newAgent();
    const { member, number } = await newTicket();
    await client.post(`/api/tickets/${number}/close`, {});
    const refused = await start(client, number);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('ticket_closed');
    expect((await client.get('/api/me/running-task')).json().task).toBeNull();

    expect((await start(client, number, { reopen: true })).statusCode).toBe(201);
    const ticket = (await member.get(`/api/tickets/${number}`)).json();
    expect(ticket.status).toBe('in_progress');
    const kinds = ticket.thread
      .filter((item: { type: string }) => item.type === 'event')
      .map((item: { kind: string; data: object }) => ({ kind: item.kind, ...item.data }));
    // One move by the status machine, recorded as a reopening.
    expect(kinds.slice(-2)).toEqual([
      { kind: 'closed', from: 'open', to: 'closed' },
      { kind: 'reopened', from: 'closed', to: 'in_progress' },
    ]);
  });

  it('a ticket waiting for the customer is in progress again when a task starts (the status follows the work)', async () => {
    const { client } = await newAgent();
    const { number } = await newTicket();
    await client.post(`/api/tickets/${number}/messages`, { body: 'Μπορείτε να δοκιμάσετε;' });
    expect((await client.get(`/api/tickets/${number}`)).json().status).toBe('waiting_customer');
    expect((await start(client, number)).json().isRunning).toBe(true);
    expect((await client.get(`/api/tickets/${number}`)).json().status).toBe('in_progress');
  });

  it('a package that has ended takes no billable timer (409 package_ended); non-billable work is logged', async () => {
    const { client } = await newAgent();
    const { number, subscription } = await newTicket();
    const yesterday = addDays(localDateOf(new Date(), 'Europe/Athens'), -1);
    expect(
      (await admin.patch(`/api/subscriptions/${subscription.id}`, { endDate: yesterday }))
        .statusCode,
    ).toBe(200);
    const refused = await start(client, number);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('package_ended');
    const unbilled = await start(client, number, { isBillable: false });
    expect(unbilled.statusCode).toBe(201);
    expect(unbilled.json()).toMatchObject({ isBillable: false, billableMinutes: 0 });
  });

  it('a paused package takes no billable timer (409 package_paused) until it is resumed', async () => {
    const { client } = await newAgent();
    const { number, subscription } = await newTicket();
    const pause = await admin.patch(`/api/subscriptions/${subscription.id}`, { status: 'paused' });
    expect(pause.statusCode).toBe(200);
    const refused = await start(client, number);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('package_paused');
    await admin.patch(`/api/subscriptions/${subscription.id}`, { status: 'active' });
    const billed = await start(client, number);
    expect(billed.statusCode).toBe(201);
    expect(billed.json().isBillable).toBe(true);
  });

  it('a ticket without a package still logs time, in exact minutes, charged to nothing', async () => {
    const { client } = await newAgent();
    const customer = await createCustomer(t.db);
    const member = new ApiClient(t.app);
    await member.logIn(customer.member.email, TEST_PASSWORD);
    const number = await openTicketAs(member);
    const task = (await start(client, number)).json();
    expect(task).toMatchObject({
      subscriptionId: null,
      packageName: null,
      billingIncrementMinutes: 1,
    });
    await backdateTask(t.db, task.id, new Date(Date.now() - 7 * MINUTE));
    expect((await client.post(`/api/tasks/${task.id}/stop`)).json().billableMinutes).toBe(7);
  });

  it('only staff log work: customers get 403 on their tickets and 404 elsewhere', async () => {
    const { client } = await newAgent();
    const { customer, member, number } = await newTicket();
    const companyAdmin = new ApiClient(t.app);
    await companyAdmin.logIn(customer.admin.email, TEST_PASSWORD);
    expect((await start(member, number)).statusCode).toBe(403);
    expect((await start(companyAdmin, number)).statusCode).toBe(403);
    expect((await member.get('/api/me/running-task')).statusCode).toBe(403);

    const other = await newTicket();
    expect((await start(other.member, number)).statusCode).toBe(404);
    const id = (await start(client, number)).json().id;
    expect((await member.post(`/api/tasks/${id}/stop`)).statusCode).toBe(403);
    expect((await other.member.post(`/api/tasks/${id}/stop`)).statusCode).toBe(404);
    expect((await new ApiClient(t.app).post(`/api/tasks/${id}/stop`)).statusCode).toBe(401);
    expect((await client.post(`/api/tasks/${crypto.randomUUID()}/stop`)).statusCode).toBe(404);
  });

  it('names a missing description', async () => {
    const { client } = await newAgent();
    const { number } = await newTicket();
    const response = await start(client, number, { description: '  ' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'description', code: 'required' }]);
  });
});

describe("a ticket's tasks and its time", () => {
  it('customers of the ticket see its tasks and totals; other companies see nothing', async () => {
    const { client } = await newAgent();
    const { customer, member, number } = await newTicket();
    const manual = await client.post(`/api/tickets/${number}/tasks`, {
      description: 'Ρύθμιση SPF',
      startedAt: new Date(Date.now() - 3 * 60 * MINUTE).toISOString(),
      durationMinutes: 50,
    });
    expect(manual.statusCode).toBe(201);
    const nonBillable = await client.post(`/api/tickets/${number}/tasks`, {
      description: 'Εσωτερικός έλεγχος',
      startedAt: new Date(Date.now() - 2 * 60 * MINUTE).toISOString(),
      durationMinutes: 20,
      isBillable: false,
    });
    expect(nonBillable.statusCode).toBe(201);
    const running = (await start(client, number)).json();
    await backdateTask(t.db, running.id, new Date(Date.now() - 16 * MINUTE));

    const seen = await member.get(`/api/tickets/${number}/tasks`);
    expect(seen.statusCode).toBe(200);
    const body = seen.json();
    expect(body.items.map((task: { description: string }) => task.description)).toEqual([
      'Ρύθμιση SPF',
      'Εσωτερικός έλεγχος',
      'Έλεγχος DNS',
    ]);
    // 50 → 60 billable, 20 not billable, 16 running → 30: 90 billable; 50 + 20 + 16 = 86 minutes worked.
    expect(body.totals).toEqual({ minutesSpent: 86, billableMinutes: 90, runningCount: 1 });
    expect(body.abilities).toEqual({ log: false });
    expect((await client.get(`/api/tickets/${number}/tasks`)).json().abilities).toEqual({
      log: true,
    });

    // The ticket and the list show the same minutes, computed in the database.
    expect((await member.get(`/api/tickets/${number}`)).json().minutesSpent).toBe(86);
    const list = (await member.get('/api/tickets?state=all')).json();
    expect(list.items.find((item: { number: number }) => item.number === number).minutesSpent).toBe(
      86,
    );

    const other = await newTicket();
    expect((await other.member.get(`/api/tickets/${number}/tasks`)).statusCode).toBe(404);
    // A member sees only the tickets they opened; the company admin sees all the company's.
    const colleague = await createUser(t.db, 'member', { companyId: customer.company.id });
    const colleagueClient = new ApiClient(t.app);
    await colleagueClient.logIn(colleague.email, TEST_PASSWORD);
    expect((await colleagueClient.get(`/api/tickets/${number}/tasks`)).statusCode).toBe(404);
    const companyAdmin = new ApiClient(t.app);
    await companyAdmin.logIn(customer.admin.email, TEST_PASSWORD);
    expect((await companyAdmin.get(`/api/tickets/${number}/tasks`)).statusCode).toBe(200);
  });

  it('lists many tickets with their minutes in one page', async () => {
    const { client } = await newAgent();
    const customer = await createCustomer(t.db);
    const { subscription } = await createSubscription(t.db, customer.company.id, {
      startDate: START_DATE,
    });
    const member = new ApiClient(t.app);
    await member.logIn(customer.member.email, TEST_PASSWORD);
    const numbers: number[] = [];
    for (const minutes of [5, 10, 0]) {
      const number = await openTicketAs(member, { subscriptionId: subscription.id });
      numbers.push(number);
      if (minutes === 0) continue;
      await client.post(`/api/tickets/${number}/tasks`, {
        description: 'Εργασία',
        startedAt: new Date(Date.now() - 2 * 60 * MINUTE).toISOString(),
        durationMinutes: minutes,
      });
    }
    const list = (await member.get('/api/tickets?state=all&sort=number&direction=asc')).json();
    expect(list.items.map((item: { minutesSpent: number }) => item.minutesSpent)).toEqual([
      5, 10, 0,
    ]);
  });
});
