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
import { ledgerEntries, tasks, tickets } from '../db/schema.js';
import { backfillLedger } from './ledger-backfill.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the ledger of work charged before it existed', () => {
  it('gets one «task_charged» line per task, once, and the figures stay what they were', async () => {
    const { company, member } = await createCustomer(t.db);
    const staff = await createUser(t.db, 'agent');
    const { subscription } = await createSubscription(t.db, company.id);
    const client = new ApiClient(t.app);
    await client.logIn(member.email, TEST_PASSWORD);
    const number = await openTicketAs(client, { subscriptionId: subscription.id });
    const [ticket] = await t.db.select().from(tickets).where(eq(tickets.number, number));
    const endedAt = new Date(Date.now() - 60 * 60_000);
    const row = {
      ticketId: ticket!.id,
      companyId: company.id,
      subscriptionId: subscription.id,
      staffId: staff.id,
      description: 'Παλιά εργασία',
      startedAt: new Date(endedAt.getTime() - 50 * 60_000),
      endedAt,
      billingIncrementMinutes: 15,
    };
    // As an older version wrote them: straight into the tasks table, no ledger.
    const [old] = await t.db
      .insert(tasks)
      .values([
        { ...row, billableMinutes: 60 },
        { ...row, billableMinutes: 0, isBillable: false },
        { ...row, billableMinutes: 30, deletedAt: new Date() },
      ])
      .returning();

    expect(await backfillLedger(t.db)).toBe(1);
    expect(await backfillLedger(t.db)).toBe(0);
    const lines = await t.db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.subscriptionId, subscription.id));
    expect(lines).toEqual([
      expect.objectContaining({
        kind: 'task_charged',
        minutes: 60,
        taskId: old!.id,
        ticketId: ticket!.id,
        chargedAt: row.startedAt,
        isLate: false,
      }),
    ]);
    const dashboard = (await client.get('/api/dashboard')).json();
    expect(dashboard.subscriptions[0].summary).toMatchObject({ usedMinutes: 60 });
  });
});
