import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import {
  backdateTask,
  createCustomer,
  createSubscription,
  createUser,
} from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';
import { periodContaining } from '../../shared/hours/index.js';

let t: TestApp;
let agent: ApiClient;
beforeAll(async () => {
  t = await createTestApp();
  agent = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
});
afterAll(() => t.close());

const periodStartDate = () =>
  periodContaining(
    { startDate: '2020-01-01', endDate: null, periodKind: 'monthly' },
    new Date(),
    'Europe/Athens',
  )!.startDate;

async function usageOf(companyId: string) {
  const response = await agent.get('/api/companies?archived=all');
  expect(response.statusCode).toBe(200);
  return response.json().items.find((item: { id: string }) => item.id === companyId)?.usage;
}

describe('package usage in the staff companies list', () => {
  it('adds up the active packages’ current periods, running timers included', async () => {
    const { company, member } = await createCustomer(t.db);
    const first = await createSubscription(t.db, company.id, { hoursPerPeriod: 10 });
    await createSubscription(t.db, company.id, { hoursPerPeriod: 5 });
    const adjusted = await agent.post(`/api/companies/${company.id}/ledger/adjustments`, {
      subscriptionId: first.subscription.id,
      date: periodStartDate(),
      minutes: 450,
      reason: 'Τηλεφωνική υποστήριξη',
    });
    expect(adjusted.statusCode, adjusted.body).toBe(201);
    expect(await usageOf(company.id)).toEqual({
      allowanceMinutes: 900,
      usedMinutes: 450,
      packageCount: 2,
    });

    // A timer running for 7 minutes bills 15 (the package's increment) in the figure.
    const client = await loggedInClient(t.app, member.email);
    const number = await openTicketAs(client, { subscriptionId: first.subscription.id });
    const started = await agent.post(`/api/tickets/${number}/tasks/start`, {
      description: 'Έλεγχος',
    });
    expect(started.statusCode).toBe(201);
    await backdateTask(t.db, started.json().id, new Date(Date.now() - 7 * 60_000));
    expect((await usageOf(company.id)).usedMinutes).toBe(465);
    await agent.post(`/api/tasks/${started.json().id}/stop`, {});
  });

  it('says null for a company without an active package, and is staff’s only', async () => {
    const { company, admin } = await createCustomer(t.db);
    expect(await usageOf(company.id)).toBeNull();
    const customer = await loggedInClient(t.app, admin.email);
    expect((await customer.get('/api/companies')).statusCode).toBe(403);
  });
});
