import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createSubscription, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';
import { localDateOf } from '../../shared/hours/time-zone.js';
import { addBusinessMinutes } from '../../shared/targets/working-calendar.js';
import { packages, ticketEvents, tickets } from '../db/schema.js';
import { refreshTicketDueTimes } from './ticket-due-times.js';

let t: TestApp;
let agent: ApiClient;
let admin: ApiClient;
beforeAll(async () => {
  t = await createTestApp();
  agent = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
  admin = await loggedInClient(t.app, (await createUser(t.db, 'admin')).email);
});
afterAll(() => t.close());

/** A customer company whose package promises these targets, with a signed-in member. */
async function customerWithTargets(targets: {
  firstResponseTargetHours: number | null;
  resolutionTargetHours: number | null;
}) {
  const customer = await createCustomer(t.db);
  const { package: pkg, subscription } = await createSubscription(t.db, customer.company.id);
  await t.db.update(packages).set(targets).where(eq(packages.id, pkg.id));
  const member = await loggedInClient(t.app, customer.member.email);
  return { ...customer, pkg, subscription, member };
}

async function ticketRow(number: number) {
  const [row] = await t.db.select().from(tickets).where(eq(tickets.number, number));
  return row!;
}

/** Moves a ticket's opening and its status events (oldest first) to the given instants. */
async function rewind(number: number, createdAt: Date, eventTimes: Date[]) {
  const row = await ticketRow(number);
  await t.db.update(tickets).set({ createdAt }).where(eq(tickets.id, row.id));
  const events = await t.db
    .select()
    .from(ticketEvents)
    .where(eq(ticketEvents.ticketId, row.id))
    .orderBy(ticketEvents.seq);
  const moves = events.filter((event) => event.kind !== 'created');
  for (const [index, event] of moves.entries()) {
    await t.db
      .update(ticketEvents)
      .set({ createdAt: eventTimes[index] })
      .where(eq(ticketEvents.id, event.id));
  }
  await refreshTicketDueTimes(t.db, row.id);
}

const detail = async (client: ApiClient, number: number) =>
  (await client.get(`/api/tickets/${number}`)).json();

describe('due times', () => {
  it('are written when a ticket opens, in business time from its opening', async () => {
    const c = await customerWithTargets({ firstResponseTargetHours: 2, resolutionTargetHours: 16 });
    const number = await openTicketAs(c.member, { subscriptionId: c.subscription.id });
    const row = await ticketRow(number);
    expect(row.firstResponseDueAt).toEqual(addBusinessMinutes(row.createdAt, 120));
    expect(row.resolutionDueAt).toEqual(addBusinessMinutes(row.createdAt, 960));
    expect((await detail(c.member, number)).due).toEqual({
      kind: 'first_response',
      at: row.firstResponseDueAt!.toISOString(),
    });
  });

  it('are none when the package promises nothing', async () => {
    const c = await customerWithTargets({
      firstResponseTargetHours: null,
      resolutionTargetHours: null,
    });
    const number = await openTicketAs(c.member, { subscriptionId: c.subscription.id });
    const row = await ticketRow(number);
    expect([row.firstResponseDueAt, row.resolutionDueAt]).toEqual([null, null]);
    expect((await detail(c.member, number)).due).toBeNull();
  });

  it('meet the first response with the first public staff reply, not an internal note', async () => {
    const c = await customerWithTargets({ firstResponseTargetHours: 4, resolutionTargetHours: 40 });
    const number = await openTicketAs(c.member, { subscriptionId: c.subscription.id });
    await agent.post(`/api/tickets/${number}/messages`, { body: 'Σημείωση', isInternal: true });
    expect((await ticketRow(number)).firstRespondedAt).toBeNull();

    await agent.post(`/api/tickets/${number}/messages`, {
      body: 'Το κοιτάμε.',
      waitForCustomer: false,
    });
    const answered = await ticketRow(number);
    expect(answered.firstRespondedAt).not.toBeNull();
    // Now the resolution is what the ticket runs against.
    expect((await detail(c.member, number)).due).toEqual({
      kind: 'resolution',
      at: answered.resolutionDueAt!.toISOString(),
    });
    // A later reply does not move the first answer.
    await agent.post(`/api/tickets/${number}/messages`, { body: 'Και κάτι ακόμα.' });
    expect((await ticketRow(number)).firstRespondedAt).toEqual(answered.firstRespondedAt);
  });

  it('pause the resolution clock while the ticket waits for the customer', async () => {
    const c = await customerWithTargets({ firstResponseTargetHours: 1, resolutionTargetHours: 8 });
    const number = await openTicketAs(c.member, { subscriptionId: c.subscription.id });
    // The staff reply waits for the customer; the customer's answer reopens it.
    await agent.post(`/api/tickets/${number}/messages`, {
      body: 'Στείλτε μας το μήνυμα σφάλματος.',
    });
    expect((await ticketRow(number)).status).toBe('waiting_customer');
    expect((await detail(c.member, number)).due).toBeNull();
    await c.member.post(`/api/tickets/${number}/messages`, { body: 'Ορίστε.' });

    // Opened Monday 2/3/2026 09:00 Athens; waited from 11:00 to Tuesday 11:00.
    await rewind(number, new Date('2026-03-02T07:00:00Z'), [
      new Date('2026-03-02T09:00:00Z'),
      new Date('2026-03-03T09:00:00Z'),
    ]);
    // 2 h ran before the pause, 6 h after it: Tuesday 17:00 Athens, not Monday 17:00.
    expect((await ticketRow(number)).resolutionDueAt).toEqual(new Date('2026-03-03T15:00:00Z'));
  });

  it('follow the package chosen later for a ticket that had none', async () => {
    const c = await customerWithTargets({
      firstResponseTargetHours: 3,
      resolutionTargetHours: null,
    });
    const number = await openTicketAs(c.member, { subscriptionId: c.subscription.id });
    // As if it had come by email while the company had several packages.
    await t.db
      .update(tickets)
      .set({ subscriptionId: null, needsPackage: true, firstResponseDueAt: null })
      .where(eq(tickets.number, number));
    const chosen = await agent.patch(`/api/tickets/${number}`, {
      subscriptionId: c.subscription.id,
    });
    expect(chosen.statusCode).toBe(200);
    const row = await ticketRow(number);
    expect(row.firstResponseDueAt).toEqual(addBusinessMinutes(row.createdAt, 180));
  });
});

describe('the overdue filter', () => {
  it('lists tickets past a due time, and a customer only their own company’s', async () => {
    const c = await customerWithTargets({ firstResponseTargetHours: 1, resolutionTargetHours: 8 });
    const other = await customerWithTargets({
      firstResponseTargetHours: 1,
      resolutionTargetHours: 8,
    });
    const late = await openTicketAs(c.member, { subscriptionId: c.subscription.id });
    const inTime = await openTicketAs(c.member, { subscriptionId: c.subscription.id });
    const otherLate = await openTicketAs(other.member, { subscriptionId: other.subscription.id });
    const past = new Date(Date.now() - 60_000);
    for (const number of [late, otherLate]) {
      await t.db
        .update(tickets)
        .set({ firstResponseDueAt: past })
        .where(eq(tickets.number, number));
    }

    const overdueNumbers = async (client: ApiClient) =>
      (
        (await client.get('/api/tickets?overdue=true&pageSize=100')).json().items as {
          number: number;
        }[]
      ).map((item) => item.number);
    const staffSees = await overdueNumbers(agent);
    expect(staffSees).toEqual(expect.arrayContaining([late, otherLate]));
    expect(staffSees).not.toContain(inTime);
    expect(await overdueNumbers(c.member)).toEqual([late]);

    // Answered, the first response is no longer overdue (the resolution is still in time).
    await agent.post(`/api/tickets/${late}/messages`, {
      body: 'Εδώ είμαστε.',
      waitForCustomer: false,
    });
    expect(await overdueNumbers(agent)).not.toContain(late);
    // A resolution past due while waiting for the customer is paused, not overdue.
    await t.db.update(tickets).set({ resolutionDueAt: past }).where(eq(tickets.number, late));
    expect(await overdueNumbers(agent)).toContain(late);
    await agent.patch(`/api/tickets/${late}`, { status: 'waiting_customer' });
    await t.db.update(tickets).set({ resolutionDueAt: past }).where(eq(tickets.number, late));
    expect(await overdueNumbers(agent)).not.toContain(late);
  });

  it('refuses a flag that is not true or false', async () => {
    const response = await agent.get('/api/tickets?overdue=yes');
    expect(response.statusCode).toBe(400);
  });
});

describe('breaches', () => {
  it('count met and breached targets per month for a package, and list a company’s breaches', async () => {
    const c = await customerWithTargets({ firstResponseTargetHours: 1, resolutionTargetHours: 8 });
    const breached = await openTicketAs(c.member, {
      subscriptionId: c.subscription.id,
      subject: 'Αργήσαμε',
    });
    const met = await openTicketAs(c.member, { subscriptionId: c.subscription.id });
    const dueAt = new Date(Date.now() - 60_000);
    await t.db
      .update(tickets)
      .set({ firstResponseDueAt: dueAt })
      .where(eq(tickets.number, breached));
    await agent.post(`/api/tickets/${met}/messages`, { body: 'Απάντηση εγκαίρως.' });
    const month = localDateOf(dueAt, 'Europe/Athens').slice(0, 7);

    const figures = await agent.get(`/api/packages/${c.pkg.id}/target-figures?months=3`);
    expect(figures.statusCode).toBe(200);
    const items: { month: string; firstResponse: { met: number; breached: number } }[] =
      figures.json().items;
    expect(items).toHaveLength(3);
    expect(items.find((item) => item.month === month)?.firstResponse).toEqual({
      met: 1,
      breached: 1,
    });

    const breaches = await agent.get(
      `/api/companies/${c.company.id}/target-breaches?month=${month}`,
    );
    expect(breaches.statusCode).toBe(200);
    expect(breaches.json().items).toEqual([
      {
        ticketNumber: breached,
        subject: 'Αργήσαμε',
        kind: 'first_response',
        dueAt: dueAt.toISOString(),
        metAt: null,
      },
    ]);
  });

  it('are for staff only, and name what is wrong in bad input', async () => {
    const c = await customerWithTargets({
      firstResponseTargetHours: 1,
      resolutionTargetHours: null,
    });
    const admin = await loggedInClient(t.app, c.admin.email);
    expect((await admin.get(`/api/companies/${c.company.id}/target-breaches`)).statusCode).toBe(
      403,
    );
    expect((await c.member.get(`/api/packages/${c.pkg.id}/target-figures`)).statusCode).toBe(403);
    const badMonth = await agent.get(
      `/api/companies/${c.company.id}/target-breaches?month=2026-13`,
    );
    expect(badMonth.statusCode).toBe(400);
    expect(
      (await agent.get('/api/packages/00000000-0000-4000-8000-000000000000/target-figures'))
        .statusCode,
    ).toBe(404);
  });
});

describe('a customer', () => {
  it('sees the expected answer time of their own ticket, never another company’s', async () => {
    const c = await customerWithTargets({
      firstResponseTargetHours: 2,
      resolutionTargetHours: null,
    });
    const other = await customerWithTargets({
      firstResponseTargetHours: 2,
      resolutionTargetHours: null,
    });
    const number = await openTicketAs(c.member, { subscriptionId: c.subscription.id });
    expect((await detail(c.member, number)).due?.kind).toBe('first_response');
    const response = await other.member.get(`/api/tickets/${number}`);
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('first_response');
  });
});

describe('package targets', () => {
  it('are set on the package form and checked', async () => {
    const created = await admin.post('/api/packages', {
      name: 'Με στόχους',
      hoursPerPeriod: 10,
      periodKind: 'monthly',
      billingIncrementMinutes: 15,
      firstResponseTargetHours: 4,
      resolutionTargetHours: 16,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      firstResponseTargetHours: 4,
      resolutionTargetHours: 16,
      businessHoursStart: '09:00',
      businessHoursEnd: '17:00',
    });
    const id = created.json().id;
    const wrongDay = await admin.patch(`/api/packages/${id}`, { businessHoursEnd: '08:00' });
    expect(wrongDay.statusCode).toBe(400);
    expect(wrongDay.body).toContain('end_before_start');
    const negative = await admin.patch(`/api/packages/${id}`, { firstResponseTargetHours: -1 });
    expect(negative.statusCode).toBe(400);
    const cleared = await admin.patch(`/api/packages/${id}`, { resolutionTargetHours: null });
    expect(cleared.json().resolutionTargetHours).toBeNull();
  });
});
