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
import {
  addDays,
  addMonths,
  localDateOf,
  periodAt,
  periodContaining,
} from '../../shared/hours/index.js';
import { issueDueStatements } from '../statements/statement-issue.js';

const ATHENS = 'Europe/Athens';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Three months back from two days ago: the current monthly period began at least two days ago. */
const START_DATE = addMonths(localDateOf(new Date(Date.now() - 48 * HOUR), ATHENS), -3);
const terms = { startDate: START_DATE, endDate: null, periodKind: 'monthly' as const };
const current = periodContaining(terms, new Date(), ATHENS)!;
const previous = periodAt(terms, current.index - 1, ATHENS)!;
const monthOf = (iso: string) => localDateOf(new Date(iso), ATHENS).slice(0, 7);

let t: TestApp;
let agent: ApiClient;
let agentName: string;
let admin: ApiClient;
beforeAll(async () => {
  t = await createTestApp();
  const user = await createUser(t.db, 'agent', { firstName: 'Νίκος', lastName: 'Δημητρίου' });
  agentName = 'Νίκος Δημητρίου';
  agent = new ApiClient(t.app);
  await agent.logIn(user.email, TEST_PASSWORD);
  admin = new ApiClient(t.app);
  await admin.logIn((await createUser(t.db, 'admin')).email, TEST_PASSWORD);
});
afterAll(() => t.close());

const signIn = async (email: string) => {
  const client = new ApiClient(t.app);
  await client.logIn(email, TEST_PASSWORD);
  return client;
};

/** A company on a monthly package with two members, each with a ticket. */
async function newCompany(hoursPerPeriod = 10) {
  const customer = await createCustomer(t.db);
  const { subscription } = await createSubscription(t.db, customer.company.id, {
    name: `Support ${hoursPerPeriod} ώρες/μήνα`,
    hoursPerPeriod,
    startDate: START_DATE,
  });
  const other = await createUser(t.db, 'member', { companyId: customer.company.id });
  const clients = {
    admin: await signIn(customer.admin.email),
    member: await signIn(customer.member.email),
    other: await signIn(other.email),
  };
  const ticketA = await openTicketAs(clients.member, {
    subject: 'Εκτυπωτής',
    subscriptionId: subscription.id,
  });
  const ticketB = await openTicketAs(clients.other, {
    subject: 'Email',
    subscriptionId: subscription.id,
  });
  return { company: customer.company, subscription, clients, ticketA, ticketB };
}

async function addTask(number: number, body: object) {
  const response = await agent.post(`/api/tickets/${number}/tasks`, {
    description: 'Εργασία',
    ...body,
  });
  if (response.statusCode !== 201) throw new Error(`task: ${response.body}`);
  return response.json();
}
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

describe('the central screen', () => {
  it('shows the period figures, equal for staff and every customer of the company', async () => {
    const { company, subscription, clients, ticketA, ticketB } = await newCompany();
    await addTask(ticketA, { startedAt: hoursAgo(5), durationMinutes: 50 }); // → 60
    await addTask(ticketA, { startedAt: hoursAgo(4), durationMinutes: 7 }); // → 15
    await addTask(ticketA, { startedAt: hoursAgo(3), durationMinutes: 20, isBillable: false });
    await addTask(ticketB, { startedAt: hoursAgo(6), durationMinutes: 100 }); // → 105
    const late = await addTask(ticketA, {
      startedAt: new Date(previous.start.getTime() + 30 * HOUR).toISOString(),
      durationMinutes: 60,
      reason: 'Τηλεφωνική υποστήριξη που δεν είχε καταγραφεί',
    });
    const running = (
      await agent.post(`/api/tickets/${ticketB}/tasks/start`, { description: 'Ρύθμιση MX' })
    ).json();
    // Running for 7 minutes: 15 so far.
    await backdateTask(t.db, running.id, new Date(Date.now() - 7 * MINUTE));

    const staffView = await agent.get(`/api/dashboard?companyId=${company.id}`);
    expect(staffView.statusCode).toBe(200);
    const dashboard = staffView.json();
    expect(dashboard.company).toEqual({
      id: company.id,
      name: company.legalName,
      timeZone: ATHENS,
    });
    expect(dashboard.subscriptions).toHaveLength(1);
    const [sub] = dashboard.subscriptions;
    expect(sub).toMatchObject({
      id: subscription.id,
      packageName: 'Support 10 ώρες/μήνα',
      periodKind: 'monthly',
      hoursPerPeriod: 10,
      hasHoursOverride: false,
      billingIncrementMinutes: 15,
      period: {
        index: current.index,
        start: current.start.toISOString(),
        end: current.end!.toISOString(),
        startDate: current.startDate,
        lastDate: current.lastDate,
      },
      // 60 + 15 + 0 + 105 + 15 running = 195 of 600.
      summary: {
        allowanceMinutes: 600,
        usedMinutes: 195,
        runningMinutes: 15,
        remainingMinutes: 405,
        overageMinutes: 0,
        usedRatio: 0.325,
      },
      runningTimers: [
        { startedAt: expect.any(String), billingIncrementMinutes: 15, isBillable: true },
      ],
      previousPeriod: {
        period: { startDate: previous.startDate, lastDate: previous.lastDate },
        summary: { usedMinutes: 60, remainingMinutes: 540 },
        lateCorrectionMinutes: 60,
      },
    });
    expect(Date.parse(dashboard.now)).toBeLessThanOrEqual(Date.now());

    // Every customer of the company sees the same figures, to the minute.
    for (const client of Object.values(clients)) {
      const seen = (await client.get('/api/dashboard')).json();
      expect(seen.subscriptions.map((s: { summary: object }) => s.summary)).toEqual([sub.summary]);
      expect(seen.subscriptions[0].previousPeriod).toEqual(sub.previousPeriod);
    }

    // The chart: each billing period of the package (here all four since it began, the
    // current one marked), measured like the balance: the late task counts in its period.
    const periods = [0, 1, 2, 3].map((index) => periodAt(terms, index, ATHENS)!);
    expect(periods[3]!.startDate).toBe(current.startDate);
    expect(dashboard.periodUsage).toEqual({
      series: [
        {
          subscriptionId: subscription.id,
          packageName: 'Support 10 ώρες/μήνα',
          periodKind: 'monthly',
          periods: periods.map((period) => ({
            startDate: period.startDate,
            lastDate: period.lastDate,
            isCurrent: period.index === current.index,
            allowanceMinutes: 600,
            usedMinutes:
              period.index === current.index ? 195 : period.index === previous.index ? 60 : 0,
          })),
        },
      ],
    });

    // The late correction: visible, with who, when, why and the minutes.
    expect(dashboard.lateCorrections).toEqual([
      {
        id: expect.any(String),
        at: expect.any(String),
        actor: { id: expect.any(String), name: agentName },
        action: 'created',
        taskId: late.id,
        ticketNumber: ticketA,
        reason: 'Τηλεφωνική υποστήριξη που δεν είχε καταγραφεί',
        subscriptionId: subscription.id,
        packageName: 'Support 10 ώρες/μήνα',
        periodStartDate: previous.startDate,
        periodLastDate: previous.lastDate,
        minutesDelta: 60,
      },
    ]);
    await agent.post(`/api/tasks/${running.id}/stop`);
  });

  it('lists running and recent tasks of the tickets each customer may see', async () => {
    const { company, clients, ticketA, ticketB } = await newCompany();
    await addTask(ticketA, { startedAt: hoursAgo(5), durationMinutes: 30, description: 'Α1' });
    await addTask(ticketB, { startedAt: hoursAgo(4), durationMinutes: 30, description: 'Β1' });
    await addTask(ticketA, { startedAt: hoursAgo(3), durationMinutes: 30, description: 'Α2' });
    const running = (
      await agent.post(`/api/tickets/${ticketB}/tasks/start`, { description: 'Β τώρα' })
    ).json();

    const staff = (await agent.get(`/api/dashboard?companyId=${company.id}`)).json();
    expect(staff.activeTasks).toEqual([
      {
        id: running.id,
        ticket: { number: ticketB, subject: 'Email' },
        staff: { id: running.staff.id, name: agentName },
        description: 'Β τώρα',
        startedAt: running.startedAt,
        subscriptionId: running.subscriptionId,
        chargedToEarlierPeriod: false,
      },
    ]);
    const descriptions = (dashboard: { recentTasks: { description: string }[] }) =>
      dashboard.recentTasks.map((task) => task.description);
    expect(descriptions(staff)).toEqual(['Α2', 'Β1', 'Α1']);
    const companyAdmin = (await clients.admin.get('/api/dashboard')).json();
    expect(descriptions(companyAdmin)).toEqual(['Α2', 'Β1', 'Α1']);
    expect(companyAdmin.activeTasks).toHaveLength(1);
    // A member sees the tasks of the tickets they opened, but the company's hours.
    const member = (await clients.member.get('/api/dashboard')).json();
    expect(descriptions(member)).toEqual(['Α2', 'Α1']);
    expect(member.activeTasks).toEqual([]);
    expect(member.subscriptions[0].runningTimers).toHaveLength(1);
    const other = (await clients.other.get('/api/dashboard')).json();
    expect(descriptions(other)).toEqual(['Β1']);
    expect(other.activeTasks).toHaveLength(1);
    await agent.post(`/api/tasks/${running.id}/stop`);
  });

  it('says so when a running task started in the period before, where it is charged', async () => {
    const { company, subscription, ticketA } = await newCompany();
    const running = (
      await agent.post(`/api/tickets/${ticketA}/tasks/start`, { description: 'Από χθες' })
    ).json();
    await backdateTask(t.db, running.id, new Date(current.start.getTime() - 30 * MINUTE));

    const dashboard = (await agent.get(`/api/dashboard?companyId=${company.id}`)).json();
    expect(dashboard.activeTasks).toMatchObject([
      { id: running.id, subscriptionId: subscription.id, chargedToEarlierPeriod: true },
    ]);
    // The balance on screen is the current period's, which this task does not touch.
    expect(dashboard.subscriptions[0].runningTimers).toEqual([]);
    expect(dashboard.subscriptions[0].summary.usedMinutes).toBe(0);
    await agent.post(`/api/tasks/${running.id}/stop`);
  });

  it('moves the balance while a task runs', async () => {
    const { company, ticketA } = await newCompany();
    await addTask(ticketA, { startedAt: hoursAgo(5), durationMinutes: 45 });
    const running = (
      await agent.post(`/api/tickets/${ticketA}/tasks/start`, { description: 'Αναβάθμιση' })
    ).json();
    const summary = async () =>
      (await agent.get(`/api/dashboard?companyId=${company.id}`)).json().subscriptions[0].summary;
    await backdateTask(t.db, running.id, new Date(Date.now() - 7 * MINUTE));
    expect(await summary()).toMatchObject({
      usedMinutes: 60,
      runningMinutes: 15,
      remainingMinutes: 540,
    });
    await backdateTask(t.db, running.id, new Date(Date.now() - 16 * MINUTE));
    expect(await summary()).toMatchObject({
      usedMinutes: 75,
      runningMinutes: 30,
      remainingMinutes: 525,
    });
    // Stopped, it keeps what it had run; the running part is gone.
    await agent.post(`/api/tasks/${running.id}/stop`);
    expect(await summary()).toMatchObject({ usedMinutes: 75, runningMinutes: 0 });
  });

  it('shows overage below zero, never hidden', async () => {
    const { company, ticketA } = await newCompany(1);
    await addTask(ticketA, { startedAt: hoursAgo(5), durationMinutes: 50 }); // → 60
    // The hour is used up: billable work past it is logged only once confirmed as overage.
    await addTask(ticketA, { startedAt: hoursAgo(3), durationMinutes: 20, confirmExhausted: true }); // → 30
    const [sub] = (await agent.get(`/api/dashboard?companyId=${company.id}`)).json().subscriptions;
    expect(sub.summary).toEqual({
      allowanceMinutes: 60,
      usedMinutes: 90,
      runningMinutes: 0,
      remainingMinutes: -30,
      overageMinutes: 30,
      usedRatio: 1.5,
    });
  });

  it('corrections after a period ended show as adjustments, deletions included', async () => {
    const { company, subscription, clients, ticketA } = await newCompany();
    const lastMonth = new Date(previous.start.getTime() + 50 * HOUR).toISOString();
    const task = await addTask(ticketA, {
      startedAt: lastMonth,
      durationMinutes: 90,
      reason: 'Καταγραφή από το ημερολόγιο',
    });
    await agent.patch(`/api/tasks/${task.id}`, { durationMinutes: 40, reason: 'Λάθος διάρκεια' });
    await agent.request('DELETE', `/api/tasks/${task.id}`, { reason: 'Δεν αφορούσε την εταιρεία' });

    const dashboard = (await clients.member.get('/api/dashboard')).json();
    expect(
      dashboard.lateCorrections.map(
        (c: { action: string; minutesDelta: number; reason: string }) => [
          c.action,
          c.minutesDelta,
          c.reason,
        ],
      ),
    ).toEqual([
      ['deleted', -45, 'Δεν αφορούσε την εταιρεία'],
      ['updated', -45, 'Λάθος διάρκεια'],
      ['created', 90, 'Καταγραφή από το ημερολόγιο'],
    ]);
    expect(dashboard.subscriptions[0].previousPeriod).toMatchObject({
      summary: { usedMinutes: 0 },
      lateCorrectionMinutes: 0,
    });
    // A colleague who did not open that ticket sees the figures, not the task's story.
    const other = (await clients.other.get('/api/dashboard')).json();
    expect(other.lateCorrections).toEqual([]);
    expect(other.subscriptions[0].previousPeriod.lateCorrectionMinutes).toBe(0);
    // Corrections within the open period are ordinary changes, not adjustments.
    const now = await addTask(ticketA, { startedAt: hoursAgo(5), durationMinutes: 10 });
    await agent.patch(`/api/tasks/${now.id}`, { durationMinutes: 20, reason: 'Διόρθωση' });
    const after = (await agent.get(`/api/dashboard?companyId=${company.id}`)).json();
    expect(after.lateCorrections).toHaveLength(3);
    expect(after.subscriptions[0].id).toBe(subscription.id);
  });

  it("gives the customer the company's own hours, and says they are its own", async () => {
    const { subscription, clients, ticketA } = await newCompany();
    await addTask(ticketA, { startedAt: hoursAgo(5), durationMinutes: 60 });
    const changed = await admin.patch(`/api/subscriptions/${subscription.id}`, {
      hoursPerPeriodOverride: 6,
    });
    expect(changed.statusCode).toBe(200);
    const [sub] = (await clients.member.get('/api/dashboard')).json().subscriptions;
    expect(sub).toMatchObject({
      packageName: 'Support 10 ώρες/μήνα',
      hoursPerPeriod: 6,
      hasHoursOverride: true,
      summary: { allowanceMinutes: 360, usedMinutes: 60, remainingMinutes: 300 },
    });
  });

  it('shows only packages active now, but charts those of the last 12 months', async () => {
    const { company, subscription, ticketA } = await newCompany();
    await addTask(ticketA, { startedAt: hoursAgo(5), durationMinutes: 30 });
    const yesterday = addDays(localDateOf(new Date(), ATHENS), -1);
    await admin.patch(`/api/subscriptions/${subscription.id}`, { endDate: yesterday });
    const dashboard = (await agent.get(`/api/dashboard?companyId=${company.id}`)).json();
    expect(dashboard.subscriptions).toEqual([]);
    expect(dashboard.periodUsage.series).toHaveLength(1);
    const charted = dashboard.periodUsage.series[0].periods;
    expect(
      charted
        .map((p: { usedMinutes: number }) => p.usedMinutes)
        .reduce((a: number, b: number) => a + b),
    ).toBe(30);
    // It has ended: no period of it is the current one.
    expect(charted.some((p: { isCurrent: boolean }) => p.isCurrent)).toBe(false);
  });

  it('charts each ended period with the same figure as its statement and its ledger', async () => {
    const { company, subscription, clients, ticketA } = await newCompany(2);
    const inPeriod = (period: typeof previous, hours: number) =>
      new Date(period.start.getTime() + hours * HOUR).toISOString();
    const earlier = periodAt(terms, previous.index - 1, ATHENS)!;
    await addTask(ticketA, {
      startedAt: inPeriod(earlier, 10),
      durationMinutes: 50,
      reason: 'Από το ημερολόγιο',
    });
    await addTask(ticketA, {
      startedAt: inPeriod(previous, 30),
      durationMinutes: 90,
      reason: 'Από το ημερολόγιο',
    });
    await addTask(ticketA, {
      startedAt: inPeriod(previous, 40),
      durationMinutes: 100,
      reason: 'Από το ημερολόγιο',
    });
    const adjusted = await admin.post(`/api/companies/${company.id}/ledger/adjustments`, {
      subscriptionId: subscription.id,
      date: previous.startDate,
      minutes: -15,
      reason: 'Έκπτωση καλής θέλησης',
    });
    expect(adjusted.statusCode, adjusted.body).toBe(201);
    await addTask(ticketA, { startedAt: hoursAgo(3), durationMinutes: 30 });
    await issueDueStatements(t.db);

    const charted: { startDate: string; usedMinutes: number; allowanceMinutes: number }[] = (
      await clients.admin.get('/api/dashboard')
    ).json().periodUsage.series[0].periods;
    const statements: { figures: Record<string, number | string> }[] = (
      await clients.admin.get('/api/statements')
    )
      .json()
      .items.filter(
        (s: { figures: { subscriptionId?: string; packageName: string } }) =>
          s.figures.packageName === 'Support 2 ώρες/μήνα',
      );
    // The statement job looks back two months: compare every ended period it issued.
    const ended = charted.filter((period) => period.startDate < current.startDate);
    const compared = ended.flatMap((period) => {
      const statement = statements.find((s) => s.figures.periodStartDate === period.startDate);
      return statement ? [{ period, figures: statement.figures }] : [];
    });
    expect(compared.map(({ period }) => period.startDate)).toEqual(
      expect.arrayContaining([earlier.startDate, previous.startDate]),
    );
    for (const { period, figures } of compared) {
      const own = Number(figures.chargedMinutes) + Number(figures.adjustmentMinutes);
      expect(period.usedMinutes, period.startDate).toBe(own);
      expect(period.allowanceMinutes).toBe(figures.allowanceMinutes);
    }
    // The figures themselves: 50 → 60 earlier; 90 + 100 → 90 + 105, less 15, last period.
    expect(charted.find((p) => p.startDate === earlier.startDate)?.usedMinutes).toBe(60);
    expect(charted.find((p) => p.startDate === previous.startDate)?.usedMinutes).toBe(180);

    // And the ledger's lines of each period add up to the same.
    for (const period of ended) {
      const ledger = await clients.admin.get(
        `/api/ledger?subscriptionId=${subscription.id}&periodStartDate=${period.startDate}`,
      );
      expect(ledger.json().totalMinutes, period.startDate).toBe(period.usedMinutes);
    }
  });

  it('is scoped: staff name the company, customers get only their own', async () => {
    const { company, clients } = await newCompany();
    const stranger = await newCompany();
    const missing = await agent.get('/api/dashboard');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([{ field: 'companyId', code: 'required' }]);
    expect((await agent.get(`/api/dashboard?companyId=${crypto.randomUUID()}`)).statusCode).toBe(
      404,
    );
    expect((await clients.admin.get(`/api/dashboard?companyId=${company.id}`)).statusCode).toBe(
      200,
    );
    const foreign = await clients.admin.get(`/api/dashboard?companyId=${stranger.company.id}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).not.toContain(stranger.company.legalName);
    expect((await new ApiClient(t.app).get('/api/dashboard')).statusCode).toBe(401);
  });
});

describe('the past tasks list', () => {
  it('filters by package and month, newest first, scoped like tickets', async () => {
    const { company, subscription, clients, ticketA, ticketB } = await newCompany();
    const lastMonth = await addTask(ticketA, {
      startedAt: new Date(previous.start.getTime() + 30 * HOUR).toISOString(),
      durationMinutes: 30,
      reason: 'Καθυστερημένη καταγραφή',
      description: 'Παλιά',
    });
    const a = await addTask(ticketA, {
      startedAt: hoursAgo(5),
      durationMinutes: 30,
      description: 'Α',
    });
    const b = await addTask(ticketB, {
      startedAt: hoursAgo(4),
      durationMinutes: 30,
      description: 'Β',
    });
    const running = (
      await agent.post(`/api/tickets/${ticketA}/tasks/start`, { description: 'Τρέχει' })
    ).json();
    const others = await newCompany();
    await addTask(others.ticketA, {
      startedAt: hoursAgo(5),
      durationMinutes: 30,
      description: 'Ξένη',
    });

    const ids = (response: { json(): { items: { id: string }[] } }) =>
      response.json().items.map((task) => task.id);
    const all = await clients.admin.get('/api/tasks');
    expect(all.statusCode).toBe(200);
    expect(ids(all)).toEqual([b.id, a.id, lastMonth.id]);
    expect(all.json()).toMatchObject({ total: 3, page: 1, pageSize: 25 });
    expect(all.body).not.toContain('Ξένη');
    expect(ids(await clients.member.get('/api/tasks'))).toEqual([a.id, lastMonth.id]);
    expect(ids(await clients.admin.get('/api/tasks?pageSize=1&page=2'))).toEqual([a.id]);

    const month = monthOf(lastMonth.startedAt);
    const inMonth = [b, a, lastMonth].filter((task) => monthOf(task.startedAt) === month);
    expect(ids(await clients.admin.get(`/api/tasks?month=${month}`))).toEqual(
      inMonth.map((task) => task.id),
    );
    expect(
      ids(await clients.admin.get(`/api/tasks?subscriptionId=${subscription.id}`)),
    ).toHaveLength(3);
    expect(
      ids(await clients.admin.get(`/api/tasks?subscriptionId=${others.subscription.id}`)),
    ).toEqual([]);
    expect(ids(await agent.get(`/api/tasks?companyId=${company.id}`))).toEqual([
      b.id,
      a.id,
      lastMonth.id,
    ]);
    expect((await clients.admin.get(`/api/tasks?companyId=${others.company.id}`)).statusCode).toBe(
      404,
    );
    expect((await clients.admin.get('/api/tasks?month=2026-13')).statusCode).toBe(400);
    await agent.post(`/api/tasks/${running.id}/stop`);
  });

  it('totals what the filter matches on every page: worked as the rows show it, charged by increment', async () => {
    const { clients, ticketA, ticketB } = await newCompany();
    await addTask(ticketA, { startedAt: hoursAgo(6), durationMinutes: 50 }); // charges 60
    await addTask(ticketA, { startedAt: hoursAgo(5), durationMinutes: 7 }); // charges 15
    await addTask(ticketB, { startedAt: hoursAgo(4), durationMinutes: 20, isBillable: false });
    const running = (
      await agent.post(`/api/tickets/${ticketB}/tasks/start`, { description: 'Τρέχει' })
    ).json();
    const others = await newCompany();
    await addTask(others.ticketA, { startedAt: hoursAgo(5), durationMinutes: 90 });

    const list = (await clients.admin.get('/api/tasks?pageSize=1')).json();
    expect(list.total).toBe(3);
    expect(list.totals).toEqual({ workedSeconds: (50 + 7 + 20) * 60, billableMinutes: 75 });
    // The same sums as the rows of every page, whichever page is asked for.
    const rows = (await clients.admin.get('/api/tasks?pageSize=100')).json().items as {
      durationSeconds: number;
      billableMinutes: number;
    }[];
    expect(rows.reduce((sum, row) => sum + row.durationSeconds, 0)).toBe(list.totals.workedSeconds);
    expect(rows.reduce((sum, row) => sum + row.billableMinutes, 0)).toBe(
      list.totals.billableMinutes,
    );
    expect((await clients.admin.get('/api/tasks?page=2&pageSize=1')).json().totals).toEqual(
      list.totals,
    );
    await agent.post(`/api/tasks/${running.id}/stop`);
  });
});
