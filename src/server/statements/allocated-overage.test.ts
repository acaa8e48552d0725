import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createSubscription, createUser } from '../../../test/support/factories.js';
import { HOUR, monthlyPeriodsOfAPackage } from '../../../test/support/periods.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { addDays } from '../../shared/hours/index.js';
import { ledgerEntries } from '../db/schema.js';
import { issueDueStatements } from './statement-issue.js';

const { startDate, current, previous } = monthlyPeriodsOfAPackage();

let t: TestApp;
let admin: ApiClient;
let agent: ApiClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await loggedInClient(t.app, (await createUser(t.db, 'admin')).email);
  agent = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
});
afterAll(() => t.close());

/**
 * A 1-hour monthly package at 60 € per overage hour that rolls up to 30 minutes into
 * the next period; last period used 30 minutes, so 30 rolled into this one; a
 * 1-hour block is active from this period's start.
 */
async function companyWithExtraHours() {
  const { company, admin: companyAdmin } = await createCustomer(t.db);
  const { package: pkg, subscription } = await createSubscription(t.db, company.id, {
    hoursPerPeriod: 1,
    startDate,
  });
  const rule = await admin.patch(`/api/packages/${pkg.id}`, {
    rolloverPeriods: 1,
    rolloverCapHours: 0.5,
    overageRatePerHour: 60,
  });
  expect(rule.statusCode, rule.body).toBe(200);
  const inPrevious = new Date(previous.start.getTime() + 24 * HOUR);
  await t.db.insert(ledgerEntries).values({
    companyId: company.id,
    subscriptionId: subscription.id,
    kind: 'adjustment',
    minutes: 30,
    chargedAt: inPrevious,
    periodStartDate: previous.startDate,
    periodLastDate: previous.lastDate,
    reason: 'Εργασία του προηγούμενου μήνα',
    createdAt: inPrevious,
  });
  const block = await agent.post(`/api/companies/${company.id}/hour-blocks`, {
    name: '1 ώρα',
    hours: 1,
    price: 50,
    startsOn: current.startDate,
    validUntil: addDays(current.startDate, 90),
  });
  expect(block.statusCode, block.body).toBe(201);
  const work = async (minutes: number) => {
    const added = await agent.post(`/api/companies/${company.id}/ledger/adjustments`, {
      subscriptionId: subscription.id,
      date: current.startDate,
      minutes,
      reason: 'Εργασία',
    });
    expect(added.statusCode, added.body).toBe(201);
  };
  return { company, work, client: await loggedInClient(t.app, companyAdmin.email) };
}

describe('one overage everywhere: rolled-over hours and blocks are used before it', () => {
  it('the central screen prices only what the rollover and the block did not cover', async () => {
    const { work, client } = await companyWithExtraHours();
    // 150 minutes against 60 of the period's own: 30 rolled over and the block's 60 cover the rest.
    await work(150);
    const first = (await client.get('/api/dashboard')).json().subscriptions[0];
    expect(first.summary.overageMinutes).toBe(90);
    expect(first.allocation).toEqual({ overageMinutes: 0, availableMinutes: 0 });

    await work(20);
    const after = (await client.get('/api/dashboard')).json().subscriptions[0];
    expect(after.summary.overageMinutes).toBe(110);
    expect(after.allocation).toEqual({ overageMinutes: 20, availableMinutes: 0 });
    expect(after.overageRatePerHour).toBe(60);
  });

  it('leaves overage uncovered while nothing else is left, and counts a block still unused as available', async () => {
    const { work, client } = await companyWithExtraHours();
    await work(60);
    const figures = (await client.get('/api/dashboard')).json().subscriptions[0];
    // The rolled-over 30 went first; 30 of the period's own and the block's 60 are left.
    expect(figures.allocation).toEqual({ overageMinutes: 0, availableMinutes: 90 });
  });

  it('the statement bills and prices the same overage, saying what the extra hours covered', async () => {
    const { work, client } = await companyWithExtraHours();
    await work(170);
    const afterPeriod = new Date(current.end!.getTime() + HOUR);
    expect(await issueDueStatements(t.db, afterPeriod)).toBeGreaterThanOrEqual(1);
    const statements = (await client.get('/api/statements')).json().items;
    const statement = statements.find(
      (s: { figures: { periodStartDate: string } }) =>
        s.figures.periodStartDate === current.startDate,
    );
    expect(statement.figures).toMatchObject({
      allowanceMinutes: 60,
      chargedMinutes: 0,
      adjustmentMinutes: 170,
      closingBalanceMinutes: -110,
      overageMinutes: 20,
      coveredByExtraMinutes: 90,
      overageRatePerHour: 60,
      // 20 minutes at 60 € an hour.
      overageChargeCents: 2000,
    });
  });
});
