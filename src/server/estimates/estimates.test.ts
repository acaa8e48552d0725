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
import { addMonths, localDateOf } from '../../shared/hours/index.js';
import { ledgerEntries, ticketEstimates } from '../db/schema.js';

const MINUTE = 60_000;
const START_DATE = addMonths(
  localDateOf(new Date(Date.now() - 2 * 24 * 60 * MINUTE), 'Europe/Athens'),
  -3,
);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function signedIn(email: string) {
  const client = new ApiClient(t.app);
  await client.logIn(email, TEST_PASSWORD);
  return client;
}

const newAgent = async () => signedIn((await createUser(t.db, 'agent')).email);

/** A company on a 10-hour monthly package (15-minute increment), a ticket its member opened, and an agent. */
async function newTicket() {
  const customer = await createCustomer(t.db);
  const { subscription } = await createSubscription(t.db, customer.company.id, {
    startDate: START_DATE,
  });
  const member = await signedIn(customer.member.email);
  const companyAdmin = await signedIn(customer.admin.email);
  const number = await openTicketAs(member, { subscriptionId: subscription.id });
  return { customer, member, companyAdmin, number, agent: await newAgent() };
}

/** A finished task logged by hand, two hours ago. */
const logTask = (agent: ApiClient, number: number, minutes: number, body: object = {}) =>
  agent.post(`/api/tickets/${number}/tasks`, {
    description: 'Ρύθμιση διακομιστή',
    startedAt: new Date(Date.now() - 3 * 60 * MINUTE).toISOString(),
    durationMinutes: minutes,
    ...body,
  });

const startTimer = (agent: ApiClient, number: number, body: object = {}) =>
  agent.post(`/api/tickets/${number}/tasks/start`, { description: 'Μεταφορά δεδομένων', ...body });

async function addEstimate(agent: ApiClient, number: number, minutes: number) {
  const response = await agent.post(`/api/tickets/${number}/estimates`, {
    minutes,
    included: 'Μεταφορά γραμματοκιβωτίων και έλεγχος',
  });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
}

const decide = (client: ApiClient, id: string, decision: 'approve' | 'decline') =>
  client.post(`/api/estimates/${id}/decision`, { decision });

const setCap = (client: ApiClient, companyId: string, ticketCapMinutes: number | null) =>
  client.request('PUT', `/api/companies/${companyId}/ticket-cap`, { ticketCapMinutes });

describe('estimates («Εκτίμηση»)', () => {
  it('staff add one; the customer sees it in the ticket and approves it once', async () => {
    const { member, companyAdmin, number, agent } = await newTicket();
    const id = await addEstimate(agent, number, 120);

    const seen = await member.get(`/api/tickets/${number}/estimates`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({
      items: [{ id, minutes: 120, status: 'pending', decidedAt: null }],
      limitMinutes: 0,
      limitSource: 'estimates',
      usedMinutes: 0,
    });
    expect((await companyAdmin.get(`/api/tickets/${number}/estimates`)).statusCode).toBe(200);

    const approved = await decide(member, id, 'approve');
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ id, status: 'approved' });
    expect((await member.get(`/api/tickets/${number}/estimates`)).json().limitMinutes).toBe(120);

    // Twice: refused, and the estimate stays as it was.
    const again = await decide(member, id, 'decline');
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('estimate_not_pending');
    const [row] = await t.db.select().from(ticketEstimates).where(eq(ticketEstimates.id, id));
    expect(row!.status).toBe('approved');
  });

  it('refuses bad input, deciding a withdrawn estimate, and the wrong people', async () => {
    const { member, number, agent } = await newTicket();
    for (const minutes of [-60, 0, 30.5]) {
      const bad = await agent.post(`/api/tickets/${number}/estimates`, { minutes, included: 'x' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].field).toBe('minutes');
    }
    expect(
      (await agent.post(`/api/tickets/${number}/estimates`, { minutes: 60, included: ' ' }))
        .statusCode,
    ).toBe(400);
    // Customers do not write estimates; staff do not decide for the customer.
    expect(
      (await member.post(`/api/tickets/${number}/estimates`, { minutes: 60, included: 'x' }))
        .statusCode,
    ).toBe(403);
    const id = await addEstimate(agent, number, 60);
    expect((await decide(agent, id, 'approve')).statusCode).toBe(403);

    // Another company knows nothing of it.
    const stranger = await newTicket();
    expect((await decide(stranger.member, id, 'approve')).statusCode).toBe(404);
    expect((await stranger.companyAdmin.get(`/api/tickets/${number}/estimates`)).statusCode).toBe(
      404,
    );

    expect((await agent.post(`/api/estimates/${id}/withdraw`)).json().status).toBe('withdrawn');
    const late = await decide(member, id, 'approve');
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('estimate_not_pending');
    expect((await agent.post(`/api/estimates/${id}/withdraw`)).statusCode).toBe(409);
    // A withdrawn estimate limits nothing.
    expect((await member.get(`/api/tickets/${number}/estimates`)).json().limitMinutes).toBeNull();
  });

  it('stops billable work at the approved hours, offering non-billable work', async () => {
    const { member, number, agent } = await newTicket();
    const id = await addEstimate(agent, number, 60);

    // Pending: nothing approved yet, so no billable work; non-billable work goes on.
    const refused = await startTimer(agent, number);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('estimate_approval_required');
    expect((await logTask(agent, number, 30, { isBillable: false })).statusCode).toBe(201);

    expect((await decide(member, id, 'approve')).statusCode).toBe(200);
    expect((await logTask(agent, number, 45)).statusCode).toBe(201);
    const over = await logTask(agent, number, 30);
    expect(over.statusCode).toBe(409);
    expect(over.json().code).toBe('estimate_approval_required');
    expect((await logTask(agent, number, 15)).statusCode).toBe(201);
    expect((await startTimer(agent, number)).json().code).toBe('estimate_approval_required');
    expect((await member.get(`/api/tickets/${number}/estimates`)).json()).toMatchObject({
      limitMinutes: 60,
      usedMinutes: 60,
    });

    // A second estimate, once approved, allows more.
    const more = await addEstimate(agent, number, 30);
    expect((await logTask(agent, number, 15)).statusCode).toBe(409);
    expect((await decide(member, more, 'approve')).statusCode).toBe(200);
    expect((await logTask(agent, number, 30)).statusCode).toBe(201);
  });

  it('refuses an edit that would take a task past the approved hours', async () => {
    const { member, number, agent } = await newTicket();
    const id = await addEstimate(agent, number, 60);
    expect((await decide(member, id, 'approve')).statusCode).toBe(200);
    const task = (await logTask(agent, number, 45)).json();
    const edit = await agent.patch(`/api/tasks/${task.id}`, {
      durationMinutes: 90,
      reason: 'Ξέχασα τη ρύθμιση',
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('estimate_approval_required');
    const fits = await agent.patch(`/api/tasks/${task.id}`, {
      durationMinutes: 60,
      reason: 'Διόρθωση',
    });
    expect(fits.statusCode).toBe(200);
    expect(fits.json().billableMinutes).toBe(60);
  });

  it('cuts a running timer at the approved hours when it stops, and says so in the ledger', async () => {
    const { member, number, agent } = await newTicket();
    const id = await addEstimate(agent, number, 60);
    expect((await decide(member, id, 'approve')).statusCode).toBe(200);
    const task = (await startTimer(agent, number)).json();
    await backdateTask(t.db, task.id, new Date(Date.now() - 2 * 60 * MINUTE));
    const stopped = await agent.post(`/api/tasks/${task.id}/stop`);
    expect(stopped.statusCode).toBe(200);
    expect(stopped.json().billableMinutes).toBe(60);
    const [line] = await t.db.select().from(ledgerEntries).where(eq(ledgerEntries.taskId, task.id));
    expect(line!.minutes).toBe(60);
    expect(line!.details).toMatchObject({
      cutAtAllowance: { measuredMinutes: 120, limitMinutes: 60 },
    });
  });

  it('two timers at once never pass the approved hours together', async () => {
    const { member, number, agent } = await newTicket();
    const second = await newAgent();
    const id = await addEstimate(agent, number, 60);
    expect((await decide(member, id, 'approve')).statusCode).toBe(200);

    const started = await Promise.all([startTimer(agent, number), startTimer(second, number)]);
    expect(started.map((response) => response.statusCode)).toEqual([201, 201]);
    const [a, b] = started.map((response) => response.json().id as string);
    await backdateTask(t.db, a!, new Date(Date.now() - 50 * MINUTE));
    await backdateTask(t.db, b!, new Date(Date.now() - 50 * MINUTE));

    const stopped = await Promise.all([
      agent.post(`/api/tasks/${a}/stop`),
      second.post(`/api/tasks/${b}/stop`),
    ]);
    expect(stopped.map((response) => response.statusCode)).toEqual([200, 200]);
    const minutes = stopped.map((response) => response.json().billableMinutes as number);
    expect(minutes.reduce((sum, value) => sum + value, 0)).toBe(60);
    expect(minutes.sort((x, y) => x - y)).toEqual([0, 60]);
    expect((await member.get(`/api/tickets/${number}/estimates`)).json().usedMinutes).toBe(60);
  });

  it('two billable tasks logged at once: only the one that fits is saved', async () => {
    const { member, number, agent } = await newTicket();
    const second = await newAgent();
    const id = await addEstimate(agent, number, 90);
    expect((await decide(member, id, 'approve')).statusCode).toBe(200);
    const logged = await Promise.all([logTask(agent, number, 60), logTask(second, number, 60)]);
    expect(logged.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    expect((await member.get(`/api/tickets/${number}/estimates`)).json().usedMinutes).toBe(60);
  });

  it('an estimate below the work already done is refused', async () => {
    const { member, number, agent } = await newTicket();
    expect((await logTask(agent, number, 60)).statusCode).toBe(201);
    const below = await agent.post(`/api/tickets/${number}/estimates`, {
      minutes: 30,
      included: 'Υπόλοιπη εργασία',
    });
    expect(below.statusCode).toBe(409);
    expect(below.json().code).toBe('estimate_below_work');
    expect((await member.get(`/api/tickets/${number}/estimates`)).json().items).toEqual([]);
  });
});

describe('«Όριο ωρών ανά αίτημα χωρίς έγκριση»', () => {
  it('a company_admin sets it; above it billable work needs an approved estimate', async () => {
    const { customer, member, companyAdmin, number, agent } = await newTicket();
    const set = await setCap(companyAdmin, customer.company.id, 30);
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ ticketCapMinutes: 30 });
    expect((await member.get(`/api/companies/${customer.company.id}/ticket-cap`)).json()).toEqual({
      ticketCapMinutes: 30,
    });

    const over = await logTask(agent, number, 45);
    expect(over.statusCode).toBe(409);
    expect(over.json().code).toBe('estimate_approval_required');
    expect((await logTask(agent, number, 30)).statusCode).toBe(201);
    expect((await member.get(`/api/tickets/${number}/estimates`)).json()).toMatchObject({
      limitMinutes: 30,
      limitSource: 'company_cap',
      usedMinutes: 30,
    });

    // An approved estimate then governs the ticket.
    const id = await addEstimate(agent, number, 90);
    expect((await decide(member, id, 'approve')).statusCode).toBe(200);
    expect((await logTask(agent, number, 60)).statusCode).toBe(201);

    expect((await setCap(companyAdmin, customer.company.id, null)).json()).toEqual({
      ticketCapMinutes: null,
    });
  });

  it('only the company_admin (or staff) of that company may change it; never below work done', async () => {
    const { customer, member, companyAdmin, number, agent } = await newTicket();
    expect((await setCap(member, customer.company.id, 60)).statusCode).toBe(403);
    const stranger = await newTicket();
    expect((await setCap(stranger.companyAdmin, customer.company.id, 60)).statusCode).toBe(404);
    expect((await setCap(companyAdmin, customer.company.id, -30)).statusCode).toBe(400);

    expect((await logTask(agent, number, 60)).statusCode).toBe(201);
    const below = await setCap(companyAdmin, customer.company.id, 45);
    expect(below.statusCode).toBe(409);
    expect(below.json().code).toBe('ticket_cap_below_work');
    expect((await member.get(`/api/companies/${customer.company.id}/ticket-cap`)).json()).toEqual({
      ticketCapMinutes: null,
    });
    expect((await setCap(agent, customer.company.id, 60)).statusCode).toBe(200);
  });
});

describe('multipliers for urgent and out-of-hours work', () => {
  it('scale the minutes a task charges, are shown on the task, and are kept in the ledger line', async () => {
    const { member, number, agent } = await newTicket();
    const urgent = await logTask(agent, number, 60, { multiplier: 'urgent' });
    expect(urgent.statusCode).toBe(201);
    expect(urgent.json()).toMatchObject({ billableMinutes: 90, multiplier: 'urgent' });
    const [line] = await t.db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.taskId, urgent.json().id));
    expect(line!.minutes).toBe(90);
    expect(line!.details).toMatchObject({ after: { multiplier: 'urgent' } });

    const timer = (await startTimer(agent, number, { multiplier: 'out_of_hours' })).json();
    await backdateTask(t.db, timer.id, new Date(Date.now() - 20 * MINUTE));
    const stopped = await agent.post(`/api/tasks/${timer.id}/stop`);
    expect(stopped.json()).toMatchObject({ billableMinutes: 60, multiplier: 'out_of_hours' });

    const seen = (await member.get(`/api/tickets/${number}/tasks`)).json();
    expect(seen.items.map((task: { multiplier: string }) => task.multiplier)).toEqual([
      'urgent',
      'out_of_hours',
    ]);
    expect((await logTask(agent, number, 30, { multiplier: 'triple' })).statusCode).toBe(400);
  });
});
