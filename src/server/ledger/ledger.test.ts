import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import {
  backdateTask,
  createCustomer,
  createSubscription,
  createUser,
  TEST_PASSWORD,
} from '../../../test/support/factories.js';
import { HOUR, monthlyPeriodsOfAPackage } from '../../../test/support/periods.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';

const { startDate: START_DATE, current, previous } = monthlyPeriodsOfAPackage();
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();
const lastMonth = new Date(previous.start.getTime() + 50 * HOUR).toISOString();

let t: TestApp;
let agent: ApiClient;
beforeAll(async () => {
  t = await createTestApp();
  const user = await createUser(t.db, 'agent');
  agent = await loggedInClient(t.app, user.email, TEST_PASSWORD);
});
afterAll(() => t.close());

/** A company with a 10-hour package, its admin and member, a ticket of each. */
async function newCompany() {
  const { company, admin, member } = await createCustomer(t.db);
  const { subscription } = await createSubscription(t.db, company.id, { startDate: START_DATE });
  const clients = {
    admin: await loggedInClient(t.app, admin.email),
    member: await loggedInClient(t.app, member.email),
  };
  const adminTicket = await openTicketAs(clients.admin, { subscriptionId: subscription.id });
  const memberTicket = await openTicketAs(clients.member, { subscriptionId: subscription.id });
  return { company, subscription, clients, adminTicket, memberTicket };
}

async function addTask(number: number, body: object) {
  const response = await agent.post(`/api/tickets/${number}/tasks`, {
    description: 'Ρύθμιση δρομολογητή',
    startedAt: hoursAgo(5),
    durationMinutes: 60,
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

type Line = {
  kind: string;
  minutes: number;
  reason: string | null;
  ticket: { number: number } | null;
};
const linesOf = (body: { items: Line[] }) =>
  body.items.map((line) => [line.kind, line.minutes, line.ticket?.number ?? null]);

describe('«Κίνηση ωρών»', () => {
  it('has a line for every kind of movement, and the figures are its sum', async () => {
    const { company, subscription, clients, adminTicket, memberTicket } = await newCompany();
    const task = await addTask(adminTicket, {});
    await agent.patch(`/api/tasks/${task.id}`, { durationMinutes: 20, reason: 'Λάθος διάρκεια' });
    await agent.patch(`/api/tasks/${task.id}`, { isBillable: false, reason: 'Εγγύηση' });
    await agent.patch(`/api/tasks/${task.id}`, { isBillable: true, reason: 'Τελικά χρεώνεται' });
    await agent.patch(`/api/tasks/${task.id}`, { startedAt: hoursAgo(6), reason: 'Λάθος ώρα' });
    await agent.request('DELETE', `/api/tasks/${task.id}`, { reason: 'Διπλή καταχώριση' });
    const timer = (
      await agent.post(`/api/tickets/${memberTicket}/tasks/start`, { description: 'Κλήση' })
    ).json();
    await backdateTask(t.db, timer.id, new Date(Date.now() - 7 * 60_000));
    await agent.post(`/api/tasks/${timer.id}/stop`);
    const adjusted = await agent.post(`/api/companies/${company.id}/ledger/adjustments`, {
      subscriptionId: subscription.id,
      date: current.startDate,
      minutes: 45,
      reason: 'Τηλεφωνική υποστήριξη εκτός συστήματος',
    });
    expect(adjusted.statusCode, adjusted.body).toBe(201);
    expect(adjusted.json()).toMatchObject({ kind: 'adjustment', minutes: 45, isLate: false });

    const ledger = (await clients.admin.get('/api/ledger')).json();
    expect(linesOf(ledger).reverse()).toEqual([
      ['task_charged', 60, adminTicket],
      ['task_edited', -30, adminTicket],
      ['task_unbilled', -30, adminTicket],
      ['task_billed', 30, adminTicket],
      // Another start: leaves where it was and arrives at the new instant.
      expect.arrayContaining(['task_edited']),
      expect.arrayContaining(['task_edited']),
      ['task_deleted', -30, adminTicket],
      ['task_charged', 15, memberTicket],
      ['adjustment', 45, null],
    ]);
    expect(ledger.items[0]).toMatchObject({
      reason: 'Τηλεφωνική υποστήριξη εκτός συστήματος',
      actor: { isStaff: true },
      periodStartDate: current.startDate,
    });
    expect(ledger.totalMinutes).toBe(60);
    const dashboard = (await clients.admin.get('/api/dashboard')).json();
    expect(dashboard.subscriptions[0].summary).toMatchObject({
      usedMinutes: 60,
      remainingMinutes: 540,
    });
    expect(ledger.periods).toEqual([
      {
        subscriptionId: subscription.id,
        packageName: expect.any(String),
        periodStartDate: current.startDate,
        periodLastDate: current.lastDate,
      },
    ]);
  });

  it('a move to an ended period is two lines, the ended one late; filters by period and ticket', async () => {
    const { subscription, clients, adminTicket, memberTicket } = await newCompany();
    const task = await addTask(adminTicket, {});
    await addTask(memberTicket, { durationMinutes: 30 });
    await agent.patch(`/api/tasks/${task.id}`, {
      startedAt: lastMonth,
      reason: 'Έγινε τον προηγούμενο μήνα',
    });
    const moved = (await clients.admin.get(`/api/ledger?ticketNumber=${adminTicket}`)).json();
    expect(
      moved.items.map(
        (line: { kind: string; minutes: number; periodStartDate: string; isLate: boolean }) => [
          line.kind,
          line.minutes,
          line.periodStartDate,
          line.isLate,
        ],
      ),
    ).toEqual([
      ['task_moved', -60, current.startDate, false],
      ['task_moved', 60, previous.startDate, true],
      ['task_charged', 60, current.startDate, false],
    ]);
    const ended = (
      await clients.admin.get(
        `/api/ledger?subscriptionId=${subscription.id}&periodStartDate=${previous.startDate}`,
      )
    ).json();
    expect(ended.total).toBe(1);
    expect(ended.totalMinutes).toBe(60);
    const dashboard = (await clients.admin.get('/api/dashboard')).json();
    expect(dashboard.subscriptions[0].summary.usedMinutes).toBe(30);
    expect(dashboard.subscriptions[0].previousPeriod.summary.usedMinutes).toBe(60);
  });

  it('a move to another ticket and package leaves one package and arrives at the other', async () => {
    const { company, subscription, clients, adminTicket } = await newCompany();
    const other = await newCompany();
    const { subscription: second } = await createSubscription(t.db, company.id, {
      startDate: START_DATE,
      name: 'Δεύτερο πακέτο',
    });
    const secondTicket = await openTicketAs(clients.admin, { subscriptionId: second.id });
    const task = await addTask(adminTicket, {});
    const wrong = await agent.patch(`/api/tasks/${task.id}`, {
      ticketNumber: other.adminTicket,
      reason: 'Λάθος αίτημα',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([{ field: 'ticketNumber', code: 'invalid_value' }]);
    const moved = await agent.patch(`/api/tasks/${task.id}`, {
      ticketNumber: secondTicket,
      reason: 'Αφορούσε το άλλο πακέτο',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({
      ticket: { number: secondTicket },
      subscriptionId: second.id,
    });
    const lines = (await clients.admin.get('/api/ledger')).json().items;
    expect(
      lines.map((line: Line & { subscriptionId: string }) => [
        line.kind,
        line.minutes,
        line.ticket?.number,
        line.subscriptionId,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['task_moved', -60, adminTicket, subscription.id],
        ['task_moved', 60, secondTicket, second.id],
      ]),
    );
    const dashboard = (await clients.admin.get('/api/dashboard')).json();
    const used = Object.fromEntries(
      dashboard.subscriptions.map((s: { id: string; summary: { usedMinutes: number } }) => [
        s.id,
        s.summary.usedMinutes,
      ]),
    );
    expect(used).toEqual({ [subscription.id]: 0, [second.id]: 60 });
  });

  it('a member reads the lines of their own tickets; a company_admin and staff all of them', async () => {
    const { company, clients, adminTicket, memberTicket } = await newCompany();
    await addTask(adminTicket, {});
    await addTask(memberTicket, { durationMinutes: 30 });
    const admin = (await clients.admin.get('/api/ledger')).json();
    const member = (await clients.member.get('/api/ledger')).json();
    const staff = (await agent.get(`/api/ledger?companyId=${company.id}`)).json();
    expect(admin.total).toBe(2);
    expect(staff.total).toBe(2);
    expect(linesOf(member)).toEqual([['task_charged', 30, memberTicket]]);
    expect(member.totalMinutes).toBe(30);
    const colleagues = admin.items.find((line: Line) => line.ticket?.number === adminTicket);
    expect((await clients.member.get(`/api/ledger/${colleagues.id}`)).statusCode).toBe(404);
    expect(admin.abilities).toEqual({ adjust: false });
    expect(staff.abilities).toEqual({ adjust: true });
    expect(
      admin.items.every((line: { abilities: { dispute: boolean } }) => line.abilities.dispute),
    ).toBe(true);
    expect(member.items[0].abilities.dispute).toBe(false);
  });

  it("another company's ids are 404; staff must name the company", async () => {
    const mine = await newCompany();
    const theirs = await newCompany();
    await addTask(theirs.adminTicket, {});
    const [line] = (await theirs.clients.admin.get('/api/ledger')).json().items;
    expect(
      (await mine.clients.admin.get(`/api/ledger?companyId=${theirs.company.id}`)).statusCode,
    ).toBe(404);
    expect((await mine.clients.admin.get(`/api/ledger/${line.id}`)).statusCode).toBe(404);
    expect(
      (await mine.clients.admin.get(`/api/ledger.csv?companyId=${theirs.company.id}`)).statusCode,
    ).toBe(404);
    const dispute = await mine.clients.admin.post(`/api/ledger/${line.id}/dispute`, {
      comment: 'Τι είναι αυτό;',
    });
    expect(dispute.statusCode).toBe(404);
    const missing = await agent.get('/api/ledger');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([{ field: 'companyId', code: 'required' }]);
    expect((await mine.clients.admin.get('/api/ledger')).json().total).toBe(0);
  });

  it('exports the lines as CSV in the reader’s language, scoped alike', async () => {
    const { clients, adminTicket, memberTicket } = await newCompany();
    await addTask(adminTicket, { description: 'Αναβάθμιση' });
    await addTask(memberTicket, { durationMinutes: 30, description: 'Εκτυπωτής' });
    const csv = await clients.admin.get('/api/ledger.csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    const rows = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toContain('"Κίνηση"');
    expect(rows).toHaveLength(3);
    expect(csv.body).toContain('"Χρέωση εργασίας"');
    expect(csv.body).toContain('"1,00"');
    const member = (await clients.member.get('/api/ledger.csv')).body;
    expect(member).toContain('Εκτυπωτής');
    expect(member).not.toContain('Αναβάθμιση');
  });
});

describe('adjustments by hand', () => {
  it('need a reason, staff, a package of the company and a day within it; nothing half-written', async () => {
    const { company, subscription, clients } = await newCompany();
    const other = await newCompany();
    const url = `/api/companies/${company.id}/ledger/adjustments`;
    const body = {
      subscriptionId: subscription.id,
      date: current.startDate,
      minutes: -15,
      reason: 'Έκπτωση',
    };
    const noReason = await agent.post(url, { ...body, reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([{ field: 'reason', code: 'required' }]);
    expect((await agent.post(url, { ...body, minutes: 0 })).json().errors).toEqual([
      { field: 'minutes', code: 'invalid_value' },
    ]);
    expect((await clients.admin.post(url, body)).statusCode).toBe(403);
    expect((await other.clients.admin.post(url, body)).statusCode).toBe(404);
    expect(
      (await agent.post(url, { ...body, subscriptionId: other.subscription.id })).json().errors,
    ).toEqual([{ field: 'subscriptionId', code: 'invalid_value' }]);
    expect((await agent.post(url, { ...body, date: '2001-01-01' })).json().errors).toEqual([
      { field: 'date', code: 'outside_package' },
    ]);
    expect(
      (await agent.post(url, { ...body, ticketNumber: other.adminTicket })).json().errors,
    ).toEqual([{ field: 'ticketNumber', code: 'invalid_value' }]);
    expect((await clients.admin.get('/api/ledger')).json().total).toBe(0);
    const late = await agent.post(url, { ...body, date: previous.startDate });
    expect(late.json()).toMatchObject({
      isLate: true,
      minutes: -15,
      periodStartDate: previous.startDate,
    });
    const dashboard = (await clients.admin.get('/api/dashboard')).json();
    expect(dashboard.subscriptions[0].previousPeriod).toMatchObject({
      summary: { usedMinutes: -15 },
      lateCorrectionMinutes: -15,
    });
    expect(dashboard.lateCorrections[0]).toMatchObject({
      action: 'adjusted',
      minutesDelta: -15,
      ticketNumber: null,
    });
  });
});

describe('«Αμφισβήτηση»', () => {
  it('a company_admin questions a line, staff answer in its thread and correct it with a new line', async () => {
    const { clients, adminTicket, memberTicket } = await newCompany();
    await addTask(adminTicket, { durationMinutes: 90 });
    await addTask(memberTicket, { durationMinutes: 30 });
    const lines = (await clients.admin.get('/api/ledger')).json().items;
    const questioned = lines.find((line: Line) => line.ticket?.number === adminTicket);
    const membersLine = lines.find((line: Line) => line.ticket?.number === memberTicket);

    // A member may see their line but not question it.
    expect(
      (await clients.member.post(`/api/ledger/${membersLine.id}/dispute`, { comment: 'Γιατί;' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await agent.post(`/api/ledger/${questioned.id}/dispute`, { comment: 'x' })).statusCode,
    ).toBe(403);
    const empty = await clients.admin.post(`/api/ledger/${questioned.id}/dispute`, {
      comment: ' ',
    });
    expect(empty.json().errors).toEqual([{ field: 'comment', code: 'required' }]);

    const opened = await clients.admin.post(`/api/ledger/${questioned.id}/dispute`, {
      comment: 'Η εργασία κράτησε μισή ώρα, όχι μιάμιση.',
    });
    expect(opened.statusCode).toBe(201);
    expect(opened.json()).toMatchObject({
      abilities: { dispute: false },
      dispute: { status: 'open', messages: [{ body: 'Η εργασία κράτησε μισή ώρα, όχι μιάμιση.' }] },
    });
    const again = await clients.admin.post(`/api/ledger/${questioned.id}/dispute`, {
      comment: 'Ξανά',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('dispute_exists');

    const queue = (await agent.get('/api/disputes')).json();
    const item = queue.items.find(
      (entry: { entry: { id: string } }) => entry.entry.id === questioned.id,
    );
    expect(item).toMatchObject({
      dispute: { status: 'open' },
      company: { name: expect.any(String) },
    });
    expect((await clients.admin.get('/api/disputes')).statusCode).toBe(403);
    const disputeId = item.dispute.id;

    expect(
      (await agent.post(`/api/disputes/${disputeId}/messages`, { body: 'Το ελέγχουμε.' }))
        .statusCode,
    ).toBe(204);
    expect(
      (await clients.admin.post(`/api/disputes/${disputeId}/messages`, { body: 'Ευχαριστώ.' }))
        .statusCode,
    ).toBe(204);
    expect(
      (await clients.member.post(`/api/disputes/${disputeId}/messages`, { body: 'x' })).statusCode,
    ).toBe(404);
    expect(
      (
        await clients.admin.post(`/api/disputes/${disputeId}/resolve`, {
          outcome: 'explained',
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    const noReason = await agent.post(`/api/disputes/${disputeId}/resolve`, {
      outcome: 'corrected',
      minutes: -60,
      reason: '',
    });
    expect(noReason.json().errors).toEqual([{ field: 'reason', code: 'required' }]);

    const resolved = await agent.post(`/api/disputes/${disputeId}/resolve`, {
      outcome: 'corrected',
      minutes: -60,
      reason: 'Σωστά: 30 λεπτά.',
    });
    expect(resolved.statusCode).toBe(204);
    const after = (await clients.admin.get('/api/ledger')).json();
    expect(after.items[0]).toMatchObject({
      kind: 'adjustment',
      minutes: -60,
      reason: 'Σωστά: 30 λεπτά.',
      ticket: { number: adminTicket },
    });
    const line = (await clients.admin.get(`/api/ledger/${questioned.id}`)).json();
    expect(line).toMatchObject({
      minutes: 90,
      dispute: { status: 'corrected', correctionEntryId: after.items[0].id },
    });
    expect(
      line.dispute.messages.map((m: { body: string; author: { isStaff: boolean } }) => [
        m.body,
        m.author.isStaff,
      ]),
    ).toEqual([
      ['Η εργασία κράτησε μισή ώρα, όχι μιάμιση.', false],
      ['Το ελέγχουμε.', true],
      ['Ευχαριστώ.', false],
      ['Σωστά: 30 λεπτά.', true],
    ]);
    const dashboard = (await clients.admin.get('/api/dashboard')).json();
    expect(dashboard.subscriptions[0].summary.usedMinutes).toBe(60);
    const closed = await clients.admin.post(`/api/disputes/${disputeId}/messages`, {
      body: 'Και κάτι ακόμη',
    });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().code).toBe('dispute_closed');
    expect(
      (await agent.get('/api/disputes?status=corrected'))
        .json()
        .items.map((i: { dispute: { id: string } }) => i.dispute.id),
    ).toContain(disputeId);
  });

  it('explained: the answer in the thread, no new line', async () => {
    const { clients, adminTicket } = await newCompany();
    await addTask(adminTicket, {});
    const [line] = (await clients.admin.get('/api/ledger')).json().items;
    const opened = (
      await clients.admin.post(`/api/ledger/${line.id}/dispute`, { comment: 'Τι ήταν;' })
    ).json();
    await agent.post(`/api/disputes/${opened.dispute.id}/resolve`, {
      outcome: 'explained',
      reason: 'Ρύθμιση του δρομολογητή.',
    });
    const after = (await clients.admin.get('/api/ledger')).json();
    expect(after.total).toBe(1);
    expect(after.items[0].dispute).toMatchObject({ status: 'explained', correctionEntryId: null });
  });
});
