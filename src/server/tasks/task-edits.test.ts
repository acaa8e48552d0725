import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/support/api-client.js';
import {
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
  localMidnight,
  periodAt,
  periodContaining,
} from '../../shared/hours/index.js';
import { auditEntries, ledgerEntries, tasks } from '../db/schema.js';

const ATHENS = 'Europe/Athens';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Three months back from two days ago: the current monthly period began at least two days ago. */
const START_DATE = addMonths(localDateOf(new Date(Date.now() - 48 * HOUR), ATHENS), -3);
const terms = { startDate: START_DATE, endDate: null, periodKind: 'monthly' as const };
const current = periodContaining(terms, new Date(), ATHENS)!;
const previous = periodAt(terms, current.index - 1, ATHENS)!;

let t: TestApp;
let agent: ApiClient;
let agentId: string;
beforeAll(async () => {
  t = await createTestApp();
  const user = await createUser(t.db, 'agent');
  agentId = user.id;
  agent = new ApiClient(t.app);
  await agent.logIn(user.email, TEST_PASSWORD);
});
afterAll(() => t.close());

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

const iso = (date: Date) => date.toISOString();
/** An instant in the current period, safely in the past. */
const earlierToday = (hoursAgo = 5) => iso(new Date(Date.now() - hoursAgo * HOUR));

function addTask(client: ApiClient, number: number, body: object = {}) {
  return client.post(`/api/tickets/${number}/tasks`, {
    description: 'Επαναφορά αντιγράφου ασφαλείας',
    startedAt: earlierToday(),
    durationMinutes: 7,
    ...body,
  });
}

const fieldErrors = (response: { json(): { errors?: unknown } }) => response.json().errors;
const auditOf = (taskId: string) =>
  t.db
    .select()
    .from(auditEntries)
    .where(eq(auditEntries.entityId, taskId))
    .orderBy(auditEntries.id);
/** A task's ledger lines, oldest first (lines of one change in the order written). */
const ledgerOf = async (taskId: string) =>
  (
    await t.db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.taskId, taskId))
      .orderBy(ledgerEntries.createdAt, ledgerEntries.minutes)
  ).map(({ kind, subscriptionId, periodStartDate, periodLastDate, minutes, isLate, reason }) => ({
    kind,
    subscriptionId,
    periodStartDate,
    periodLastDate,
    minutes,
    isLate,
    reason,
  }));
const deleteTask = (client: ApiClient, id: string, body?: object) =>
  client.request('DELETE', `/api/tasks/${id}`, body);

describe('a finished task added by hand', () => {
  it('is rounded up to the increment, keeps its start, and is in the audit log', async () => {
    const { number, subscription } = await newTicket();
    const startedAt = earlierToday(6);
    const response = await addTask(agent, number, { startedAt, durationMinutes: 7 });
    expect(response.statusCode).toBe(201);
    const task = response.json();
    expect(task).toMatchObject({
      startedAt,
      endedAt: iso(new Date(Date.parse(startedAt) + 7 * MINUTE)),
      isRunning: false,
      durationSeconds: 420,
      billableMinutes: 15,
      subscriptionId: subscription.id,
      staff: { id: agentId },
    });
    const [entry] = await auditOf(task.id);
    expect(entry).toMatchObject({ action: 'task.created', actorUserId: agentId });
    expect(entry!.data).toEqual({
      ticketNumber: number,
      after: {
        description: 'Επαναφορά αντιγράφου ασφαλείας',
        startedAt,
        endedAt: task.endedAt,
        isBillable: true,
        billableMinutes: 15,
        multiplier: 'normal',
      },
      reason: null,
    });
  });

  it('does not change the ticket status, and may be added to a closed ticket', async () => {
    const { number } = await newTicket();
    expect((await addTask(agent, number)).statusCode).toBe(201);
    expect((await agent.get(`/api/tickets/${number}`)).json().status).toBe('open');
    await agent.post(`/api/tickets/${number}/close`, {});
    expect((await addTask(agent, number)).statusCode).toBe(201);
    expect((await agent.get(`/api/tickets/${number}`)).json().status).toBe('closed');
  });

  it('is marked non-billable: shown, with its duration, but charged 0', async () => {
    const { number } = await newTicket();
    const task = (await addTask(agent, number, { durationMinutes: 40, isBillable: false })).json();
    expect(task).toMatchObject({ isBillable: false, durationSeconds: 2400, billableMinutes: 0 });
  });

  it('refuses zero, negative, fractional and absurd durations', async () => {
    const { number } = await newTicket();
    for (const [durationMinutes, code] of [
      [0, 'too_small'],
      [-30, 'too_small'],
      [1.5, 'invalid_value'],
      [7 * 24 * 60 + 1, 'too_big'],
    ] as const) {
      const response = await addTask(agent, number, { durationMinutes });
      expect(response.statusCode).toBe(400);
      expect(fieldErrors(response)).toEqual([
        expect.objectContaining({ field: 'durationMinutes', code }),
      ]);
    }
    expect((await agent.get(`/api/tickets/${number}/tasks`)).json().items).toEqual([]);
  });

  it('over 24 hours needs a confirmation', async () => {
    const { number } = await newTicket();
    const long = { startedAt: earlierToday(26), durationMinutes: 24 * 60 + 1 };
    const unconfirmed = await addTask(agent, number, long);
    expect(unconfirmed.statusCode).toBe(400);
    expect(fieldErrors(unconfirmed)).toEqual([
      { field: 'durationMinutes', code: 'confirm_long_duration' },
    ]);
    const exactlyOneDay = await addTask(agent, number, { ...long, durationMinutes: 24 * 60 });
    expect(exactlyOneDay.statusCode).toBe(201);
    // The day before used the package's 10 hours up: more billable work is confirmed as overage.
    const confirmed = await addTask(agent, number, {
      ...long,
      confirmLongDuration: true,
      confirmExhausted: true,
    });
    expect(confirmed.statusCode).toBe(201);
    // 1441 minutes on a 15-minute increment: 97 increments.
    expect(confirmed.json().billableMinutes).toBe(1455);
  });

  it('cannot end in the future, and needs a real start', async () => {
    const { number } = await newTicket();
    const future = await addTask(agent, number, {
      startedAt: iso(new Date(Date.now() - 10 * MINUTE)),
      durationMinutes: 30,
    });
    expect(future.statusCode).toBe(400);
    expect(fieldErrors(future)).toEqual([{ field: 'startedAt', code: 'in_future' }]);
    const garbled = await addTask(agent, number, { startedAt: '2026-13-45 25:00' });
    expect(fieldErrors(garbled)).toEqual([{ field: 'startedAt', code: 'invalid_format' }]);
    const missing = await agent.post(`/api/tickets/${number}/tasks`, { description: 'Χ' });
    expect(fieldErrors(missing)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'startedAt', code: 'required' }),
        expect.objectContaining({ field: 'durationMinutes', code: 'required' }),
      ]),
    );
  });

  it('billable work before the package began is refused (outside_package); non-billable is kept', async () => {
    const { number } = await newTicket();
    const before = iso(new Date(localMidnight(START_DATE, ATHENS).getTime() - 2 * HOUR));
    const refused = await addTask(agent, number, { startedAt: before, reason: 'Παλιά εργασία' });
    expect(refused.statusCode).toBe(400);
    expect(fieldErrors(refused)).toEqual([{ field: 'startedAt', code: 'outside_package' }]);
    const kept = await addTask(agent, number, { startedAt: before, isBillable: false });
    expect(kept.statusCode).toBe(201);
  });

  it('in a period that has already ended needs a reason, and is recorded as a late correction', async () => {
    const { number, subscription } = await newTicket();
    const lastMonth = iso(new Date(previous.start.getTime() + 30 * HOUR));
    const silent = await addTask(agent, number, { startedAt: lastMonth, durationMinutes: 60 });
    expect(silent.statusCode).toBe(400);
    expect(fieldErrors(silent)).toEqual([{ field: 'reason', code: 'required' }]);
    const added = await addTask(agent, number, {
      startedAt: lastMonth,
      durationMinutes: 60,
      reason: 'Ξεχάστηκε να καταγραφεί',
    });
    expect(added.statusCode).toBe(201);
    const [entry] = await auditOf(added.json().id);
    expect(entry!.data).toMatchObject({ reason: 'Ξεχάστηκε να καταγραφεί' });
    expect(await ledgerOf(added.json().id)).toEqual([
      {
        kind: 'task_charged',
        subscriptionId: subscription.id,
        periodStartDate: previous.startDate,
        periodLastDate: previous.lastDate,
        minutes: 60,
        isLate: true,
        reason: 'Ξεχάστηκε να καταγραφεί',
      },
    ]);
    // Non-billable work in an ended period changes no figure: no reason needed.
    expect(
      (await addTask(agent, number, { startedAt: lastMonth, isBillable: false })).statusCode,
    ).toBe(201);
  });

  it('is for staff only', async () => {
    const { member, number } = await newTicket();
    expect((await addTask(member, number)).statusCode).toBe(403);
    const other = await newTicket();
    expect((await addTask(other.member, number)).statusCode).toBe(404);
  });
});

describe('editing a task', () => {
  it('needs a reason and records the change with before, after and why', async () => {
    const { number } = await newTicket();
    const task = (await addTask(agent, number)).json();
    const noReason = await agent.patch(`/api/tasks/${task.id}`, { durationMinutes: 50 });
    expect(noReason.statusCode).toBe(400);
    expect(fieldErrors(noReason)).toEqual([{ field: 'reason', code: 'required' }]);

    const edited = await agent.patch(`/api/tasks/${task.id}`, {
      durationMinutes: 50,
      description: 'Επαναφορά και έλεγχος',
      reason: 'Η εργασία κράτησε περισσότερο',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      description: 'Επαναφορά και έλεγχος',
      startedAt: task.startedAt,
      durationSeconds: 3000,
      billableMinutes: 60,
    });
    const entries = await auditOf(task.id);
    expect(entries.map((entry) => entry.action)).toEqual(['task.created', 'task.updated']);
    expect(entries[1]!.data).toEqual({
      ticketNumber: number,
      reason: 'Η εργασία κράτησε περισσότερο',
      changes: {
        description: { from: 'Επαναφορά αντιγράφου ασφαλείας', to: 'Επαναφορά και έλεγχος' },
        endedAt: {
          from: task.endedAt,
          to: iso(new Date(Date.parse(task.startedAt) + 50 * MINUTE)),
        },
        billableMinutes: { from: 15, to: 60 },
      },
    });
  });

  it('moves the start keeping the duration, and marks the task non-billable', async () => {
    const { number } = await newTicket();
    const task = (await addTask(agent, number, { durationMinutes: 20 })).json();
    const startedAt = earlierToday(8);
    const moved = await agent.patch(`/api/tasks/${task.id}`, {
      startedAt,
      isBillable: false,
      reason: 'Λάθος ώρα, εσωτερική εργασία',
    });
    expect(moved.json()).toMatchObject({
      startedAt,
      endedAt: iso(new Date(Date.parse(startedAt) + 20 * MINUTE)),
      isBillable: false,
      billableMinutes: 0,
    });
    const [row] = await t.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row!.billableMinutes).toBe(0);
  });

  it('a running task has no duration to edit, and cannot start in the future', async () => {
    const { number } = await newTicket();
    const other = await createUser(t.db, 'agent');
    const client = new ApiClient(t.app);
    await client.logIn(other.email, TEST_PASSWORD);
    const running = (
      await client.post(`/api/tickets/${number}/tasks/start`, { description: 'Σε εξέλιξη' })
    ).json();
    const duration = await agent.patch(`/api/tasks/${running.id}`, {
      durationMinutes: 30,
      reason: 'x',
    });
    expect(fieldErrors(duration)).toEqual([{ field: 'durationMinutes', code: 'invalid_value' }]);
    const future = await agent.patch(`/api/tasks/${running.id}`, {
      startedAt: iso(new Date(Date.now() + HOUR)),
      reason: 'x',
    });
    expect(fieldErrors(future)).toEqual([{ field: 'startedAt', code: 'in_future' }]);
    const earlier = iso(new Date(Date.now() - 20 * MINUTE));
    const fixed = await agent.patch(`/api/tasks/${running.id}`, {
      startedAt: earlier,
      reason: 'Ξεκίνησε νωρίτερα',
    });
    expect(fixed.json()).toMatchObject({
      startedAt: earlier,
      isRunning: true,
      billableMinutes: 30,
    });
  });

  it('in an ended period is a late correction of the difference', async () => {
    const { number, subscription } = await newTicket();
    const task = (
      await addTask(agent, number, {
        startedAt: iso(new Date(previous.start.getTime() + 50 * HOUR)),
        durationMinutes: 60,
        reason: 'Καθυστερημένη καταγραφή',
      })
    ).json();
    await agent.patch(`/api/tasks/${task.id}`, { durationMinutes: 20, reason: 'Διόρθωση' });
    // Moved into the current period: taken from the ended one, the open one just changes.
    await agent.patch(`/api/tasks/${task.id}`, {
      startedAt: earlierToday(),
      reason: 'Λάθος μήνας',
    });
    const lines = await ledgerOf(task.id);
    const inPeriod = (periodStartDate: string, isLate: boolean) => ({
      subscriptionId: subscription.id,
      periodStartDate,
      isLate,
    });
    expect(lines).toEqual([
      expect.objectContaining({
        kind: 'task_charged',
        minutes: 60,
        ...inPeriod(previous.startDate, true),
      }),
      expect.objectContaining({
        kind: 'task_edited',
        minutes: -30,
        ...inPeriod(previous.startDate, true),
      }),
      expect.objectContaining({
        kind: 'task_moved',
        minutes: -30,
        ...inPeriod(previous.startDate, true),
      }),
      expect.objectContaining({
        kind: 'task_moved',
        minutes: 30,
        ...inPeriod(current.startDate, false),
      }),
    ]);
    expect(lines.map((line) => line.reason)).toEqual([
      'Καθυστερημένη καταγραφή',
      'Διόρθωση',
      'Λάθος μήνας',
      'Λάθος μήνας',
    ]);
  });

  it('is for staff only; a deleted task is gone', async () => {
    const { member, number } = await newTicket();
    const task = (await addTask(agent, number)).json();
    expect((await member.patch(`/api/tasks/${task.id}`, { reason: 'x' })).statusCode).toBe(403);
    await deleteTask(agent, task.id, { reason: 'Διπλή καταχώριση' });
    expect((await agent.patch(`/api/tasks/${task.id}`, { reason: 'x' })).statusCode).toBe(404);
  });
});

describe('deleting a task', () => {
  it('needs a reason, keeps the row, and records what was deleted and why', async () => {
    const { member, number } = await newTicket();
    const task = (await addTask(agent, number, { durationMinutes: 25 })).json();
    const noReason = await deleteTask(agent, task.id, {});
    expect(noReason.statusCode).toBe(400);
    expect(fieldErrors(noReason)).toEqual([{ field: 'reason', code: 'required' }]);
    expect((await deleteTask(member, task.id, { reason: 'x' })).statusCode).toBe(403);

    expect((await deleteTask(agent, task.id, { reason: 'Διπλή καταχώριση' })).statusCode).toBe(204);
    expect((await member.get(`/api/tickets/${number}/tasks`)).json()).toMatchObject({
      items: [],
      totals: { minutesSpent: 0, billableMinutes: 0 },
    });
    expect((await member.get(`/api/tickets/${number}`)).json().minutesSpent).toBe(0);
    const [row] = await t.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row!.deletedAt).not.toBeNull();
    const entries = await auditOf(task.id);
    expect(entries.at(-1)).toMatchObject({
      action: 'task.deleted',
      actorUserId: agentId,
      data: {
        ticketNumber: number,
        reason: 'Διπλή καταχώριση',
        before: { billableMinutes: 30, startedAt: task.startedAt },
      },
    });
    expect((await deleteTask(agent, task.id, { reason: 'ξανά' })).statusCode).toBe(404);
  });

  it('of a running task frees its owner to start another', async () => {
    const { number } = await newTicket();
    const running = (
      await agent.post(`/api/tickets/${number}/tasks/start`, { description: 'Λάθος αίτημα' })
    ).json();
    expect((await deleteTask(agent, running.id, { reason: 'Λάθος αίτημα' })).statusCode).toBe(204);
    expect((await agent.get('/api/me/running-task')).json().task).toBeNull();
    expect(
      (await agent.post(`/api/tickets/${number}/tasks/start`, { description: 'Σωστό' })).statusCode,
    ).toBe(201);
    await agent.post(`/api/tasks/${(await agent.get('/api/me/running-task')).json().task.id}/stop`);
  });
});

describe('dates of the test', () => {
  it('the previous period has ended and the current one began at least two days ago', () => {
    expect(previous.end!.getTime()).toBe(current.start.getTime());
    expect(current.start.getTime()).toBeLessThanOrEqual(
      localMidnight(addDays(localDateOf(new Date(), ATHENS), -2), ATHENS).getTime(),
    );
  });
});
