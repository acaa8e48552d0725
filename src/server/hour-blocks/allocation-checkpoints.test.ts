import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createSubscription, createUser } from '../../../test/support/factories.js';
import { HOUR, monthlyPeriodsOfAPackage } from '../../../test/support/periods.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';
import { periodAt } from '../../shared/hours/index.js';
import {
  hoursAllocationCheckpoints,
  ledgerEntries,
  subscriptions,
  tasks,
  tickets,
} from '../db/schema.js';
import { CHECKPOINT_LAG_MS, LINES_PER_CHECKPOINT } from './allocation-checkpoint-policy.js';
import { allocateCompanyHours, presentHoursAllocation } from './hours-allocation.service.js';

const MINUTE = 60_000;
const { startDate, current, previous } = monthlyPeriodsOfAPackage();

let t: TestApp;
let agent: ApiClient;
let admin: ApiClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await loggedInClient(t.app, (await createUser(t.db, 'admin')).email);
  agent = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
});
afterAll(() => t.close());

/**
 * A 10-hour monthly package whose unused hours roll into the next month, up to 3
 * hours, with a settled ledger of 71 lines: 400 minutes last month (3 hours roll
 * over), then this month a task of 50 minutes (taken from the rolled hours) and
 * 300 minutes more.
 */
async function companyWithHistory() {
  const { company, member } = await createCustomer(t.db);
  const staff = await createUser(t.db, 'agent');
  const { package: pkg, subscription } = await createSubscription(t.db, company.id, {
    hoursPerPeriod: 10,
    startDate,
  });
  const rule = await admin.patch(`/api/packages/${pkg.id}`, {
    rolloverPeriods: 1,
    rolloverCapHours: 3,
  });
  expect(rule.statusCode, rule.body).toBe(200);
  const number = await openTicketAs(await loggedInClient(t.app, member.email), {
    subscriptionId: subscription.id,
  });
  const [ticket] = await t.db.select().from(tickets).where(eq(tickets.number, number));
  const taskStart = new Date(current.start.getTime() + HOUR);
  const [task] = await t.db
    .insert(tasks)
    .values({
      ticketId: ticket!.id,
      companyId: company.id,
      subscriptionId: subscription.id,
      staffId: staff.id,
      description: 'Εργασία του μήνα',
      startedAt: taskStart,
      endedAt: new Date(taskStart.getTime() + 50 * MINUTE),
      billingIncrementMinutes: 1,
      billableMinutes: 50,
    })
    .returning();
  const line = (
    period: typeof current,
    minutes: number,
    at: Date,
    taskId: string | null = null,
  ) => ({
    companyId: company.id,
    subscriptionId: subscription.id,
    kind: taskId ? ('task_charged' as const) : ('adjustment' as const),
    minutes,
    chargedAt: at,
    periodStartDate: period.startDate,
    periodLastDate: period.lastDate,
    taskId,
    reason: taskId ? null : 'Εργασία',
    createdAt: at,
  });
  const lastMonth = (k: number) => new Date(previous.start.getTime() + HOUR + k * MINUTE);
  const thisMonth = (k: number) => new Date(taskStart.getTime() + (51 + k) * MINUTE);
  await t.db
    .insert(ledgerEntries)
    .values([
      ...Array.from({ length: 40 }, (_, k) => line(previous, 10, lastMonth(k))),
      line(current, 50, new Date(taskStart.getTime() + 50 * MINUTE), task!.id),
      ...Array.from({ length: 30 }, (_, k) => line(current, 10, thisMonth(k))),
    ]);
  return { company, subscription, task: task!, line };
}

const storedCheckpoint = async (companyId: string) =>
  (
    await t.db
      .select()
      .from(hoursAllocationCheckpoints)
      .where(eq(hoursAllocationCheckpoints.companyId, companyId))
  )[0];

/** The company's figures allocated from its whole ledger, as statements do. */
async function fromScratch(company: { id: string; timeZone: string }) {
  const now = new Date();
  return presentHoursAllocation(
    await allocateCompanyHours(t.db, company.id, company.timeZone, now),
    company.timeZone,
    now,
  );
}

const viewOf = async (companyId: string) => {
  const response = await agent.get(`/api/companies/${companyId}/hours-allocation`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe('the hours allocation kept at a checkpoint', () => {
  it('folds only what was written since, and gives what the whole ledger gives', async () => {
    const { company, task, line } = await companyWithHistory();
    expect(71).toBeGreaterThanOrEqual(LINES_PER_CHECKPOINT);

    const first = await viewOf(company.id);
    expect(first.subscriptions[0]).toMatchObject({
      rolledInMinutes: 180,
      rolledRemainingMinutes: 0,
      chargedMinutes: 350,
      fromRolloverMinutes: 180,
      fromPeriodMinutes: 170,
    });
    expect(first).toEqual(await fromScratch(company));
    // The first view took a checkpoint a little behind now, with every line before it.
    const checkpoint = await storedCheckpoint(company.id);
    expect(checkpoint).toMatchObject({ lineCount: 71 });
    expect(Date.now() - checkpoint!.through.getTime()).toBeGreaterThanOrEqual(CHECKPOINT_LAG_MS);

    // Later, the month's task gives 20 minutes back: they return to the rolled-over hours
    // it took them from (its takings were kept with the checkpoint), not to the period.
    await t.db.insert(ledgerEntries).values({
      ...line(current, -20, new Date(current.start.getTime() + HOUR), task.id),
      kind: 'task_edited',
      createdAt: undefined,
    });
    const second = await viewOf(company.id);
    expect(second.subscriptions[0]).toMatchObject({
      rolledRemainingMinutes: 20,
      chargedMinutes: 330,
      fromPeriodMinutes: 170,
    });
    expect(second).toEqual(await fromScratch(company));
    expect(await storedCheckpoint(company.id)).toEqual(checkpoint);
  });

  it('is what a view starts from: a checkpoint altered shows in the figures', async () => {
    const { company } = await companyWithHistory();
    await viewOf(company.id);
    // Only to prove the view reads it: the rolled-over bucket now claims 7 minutes left.
    await t.db.execute(sql`
      update hours_allocation_checkpoints
      set state = jsonb_set(state, '{buckets}', (
        select jsonb_agg(case when b->>'kind' = 'rollover'
                              then b || '{"remainingMinutes": 7}'::jsonb else b end)
        from jsonb_array_elements(state->'buckets') b))
      where company_id = ${company.id}`);
    expect((await viewOf(company.id)).subscriptions[0].rolledRemainingMinutes).toBe(7);
  });

  it('starts over when a line is written before it, or the package changes', async () => {
    const { company, subscription, line } = await companyWithHistory();
    await viewOf(company.id);
    const first = await storedCheckpoint(company.id);

    // A line written with an instant before the checkpoint (as a restore or an import
    // might): the count behind the checkpoint no longer matches.
    await t.db
      .insert(ledgerEntries)
      .values(line(current, 15, new Date(first!.through.getTime() - HOUR)));
    const afterLate = await viewOf(company.id);
    expect(afterLate.subscriptions[0].chargedMinutes).toBe(365);
    expect(afterLate).toEqual(await fromScratch(company));
    expect(await storedCheckpoint(company.id)).toMatchObject({ lineCount: 72 });

    // The company's own hours change: the buckets are built anew.
    await t.db
      .update(subscriptions)
      .set({ hoursPerPeriodOverride: 5 })
      .where(eq(subscriptions.id, subscription.id));
    const afterChange = await viewOf(company.id);
    expect(afterChange.subscriptions[0].allowanceMinutes).toBe(300);
    expect(afterChange).toEqual(await fromScratch(company));
    expect((await storedCheckpoint(company.id))!.inputsKey).not.toBe(first!.inputsKey);
  });

  it('the central screen shows the same figures as the allocation, and its chart every period', async () => {
    const { company, line } = await companyWithHistory();
    // Two months ago: the chart's older periods come summed, the latest two line by line.
    const older = periodAt(
      { startDate, endDate: null, periodKind: 'monthly' },
      previous.index - 1,
      company.timeZone,
    )!;
    await t.db
      .insert(ledgerEntries)
      .values([
        line(older, 30, new Date(older.start.getTime() + HOUR)),
        line(older, 45, new Date(older.start.getTime() + 2 * HOUR)),
      ]);
    const admin = await createUser(t.db, 'company_admin', { companyId: company.id });
    const client = await loggedInClient(t.app, admin.email);
    for (let view = 0; view < 2; view++) {
      const dashboard = (await client.get('/api/dashboard')).json();
      const allocation = (await fromScratch(company)).subscriptions[0]!;
      expect(dashboard.subscriptions[0].allocation).toEqual({
        overageMinutes: 0,
        availableMinutes: 430,
      });
      expect(allocation).toMatchObject({ overageMinutes: 0, availableMinutes: 430 });
      expect(dashboard.subscriptions[0].summary.usedMinutes).toBe(350);
      expect(dashboard.subscriptions[0].previousPeriod.summary.usedMinutes).toBe(400);
      const charted = dashboard.periodUsage.series[0].periods.map(
        (p: { startDate: string; usedMinutes: number }) => [p.startDate, p.usedMinutes],
      );
      expect(charted).toEqual([
        [startDate, 0],
        [older.startDate, 75],
        [previous.startDate, 400],
        [current.startDate, 350],
      ]);
    }
    expect(await storedCheckpoint(company.id)).toMatchObject({ lineCount: 73 });
  });
});
