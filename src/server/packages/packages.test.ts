import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser, TEST_PASSWORD } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { auditEntries } from '../db/schema.js';

let t: TestApp;
let admin: ApiClient;
let agent: ApiClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = new ApiClient(t.app);
  await admin.logIn((await createUser(t.db, 'admin')).email, TEST_PASSWORD);
  agent = new ApiClient(t.app);
  await agent.logIn((await createUser(t.db, 'agent')).email, TEST_PASSWORD);
});
afterAll(() => t.close());

const tenHours = {
  name: 'Support 10 ώρες/μήνα',
  hoursPerPeriod: 10,
  periodKind: 'monthly',
  billingIncrementMinutes: 15,
};

async function customerClient() {
  const customer = await createCustomer(t.db);
  const client = new ApiClient(t.app);
  await client.logIn(customer.admin.email, TEST_PASSWORD);
  return { ...customer, client };
}

describe('package catalog', () => {
  it('admins add, edit and retire packages; each change is in the audit log', async () => {
    const created = await admin.post('/api/packages', {
      ...tenHours,
      description: 'Μηνιαία υποστήριξη',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ ...tenHours, isActive: true });
    expect(
      (await admin.patch(`/api/packages/${id}`, { hoursPerPeriod: 12.5 })).json().hoursPerPeriod,
    ).toBe(12.5);
    expect((await admin.patch(`/api/packages/${id}`, { isActive: false })).json().isActive).toBe(
      false,
    );
    const audit = await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, id));
    expect(audit.map((entry) => entry.action)).toEqual([
      'package.created',
      'package.updated',
      'package.retired',
    ]);
    expect(audit[1]!.data).toEqual({ hoursPerPeriod: { from: 10, to: 12.5 } });
  });

  it('names bad values: billing increment, hours, period', async () => {
    const response = await admin.post('/api/packages', {
      name: '',
      hoursPerPeriod: -1,
      periodKind: 'weekly',
      billingIncrementMinutes: 7,
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['billingIncrementMinutes', 'hoursPerPeriod', 'name', 'periodKind']);
  });

  it('an hourly overage rate: euros to the cent, null for none, never negative', async () => {
    const created = await admin.post('/api/packages', { ...tenHours, overageRatePerHour: 45.5 });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json().overageRatePerHour).toBe(45.5);
    expect((await admin.post('/api/packages', tenHours)).json().overageRatePerHour).toBeNull();
    for (const bad of [-1, 10.001, 'πολλά']) {
      const refused = await admin.patch(`/api/packages/${id}`, { overageRatePerHour: bad });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors[0].field).toBe('overageRatePerHour');
    }
    const cleared = await admin.patch(`/api/packages/${id}`, { overageRatePerHour: null });
    expect(cleared.json().overageRatePerHour).toBeNull();
  });

  it('agents may read the catalog but not change it; customers may do neither', async () => {
    expect((await agent.get('/api/packages')).statusCode).toBe(200);
    expect((await agent.post('/api/packages', tenHours)).statusCode).toBe(403);
    const { client } = await customerClient();
    expect((await client.get('/api/packages')).statusCode).toBe(403);
  });
});

describe('subscriptions', () => {
  it('give a company a package, which its new tickets can then be charged to', async () => {
    const pkg = (await admin.post('/api/packages', tenHours)).json();
    const { company, client } = await customerClient();
    const created = await admin.post(`/api/companies/${company.id}/subscriptions`, {
      packageId: pkg.id,
      startDate: '2026-01-01',
      hoursPerPeriodOverride: 8,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      hoursPerPeriod: 8,
      status: 'active',
      package: { name: tenHours.name },
    });
    expect(
      (await client.get(`/api/companies/${company.id}/subscriptions`)).json().items,
    ).toHaveLength(1);
    expect((await client.get('/api/tickets/form-options')).json().subscriptions).toEqual([
      { id: created.json().id, packageName: tenHours.name, periodKind: 'monthly' },
    ]);

    // Paused: no longer offered for new tickets.
    const paused = await admin.patch(`/api/subscriptions/${created.json().id}`, {
      status: 'paused',
    });
    expect(paused.json().status).toBe('paused');
    expect((await client.get('/api/tickets/form-options')).json().subscriptions).toEqual([]);
  });

  it("are hidden from other companies' customers", async () => {
    const { company } = await customerClient();
    const { client: outsider } = await customerClient();
    expect((await outsider.get(`/api/companies/${company.id}/subscriptions`)).statusCode).toBe(404);
  });

  it('refuse a retired package, an end before the start, and non-admins', async () => {
    const retired = (await admin.post('/api/packages', tenHours)).json();
    await admin.patch(`/api/packages/${retired.id}`, { isActive: false });
    const { company } = await customerClient();
    const url = `/api/companies/${company.id}/subscriptions`;
    expect(
      (await admin.post(url, { packageId: retired.id, startDate: '2026-01-01' })).json().errors,
    ).toEqual([{ field: 'packageId', code: 'invalid_value' }]);
    const active = (await admin.post('/api/packages', tenHours)).json();
    const backwards = await admin.post(url, {
      packageId: active.id,
      startDate: '2026-02-01',
      endDate: '2026-01-31',
    });
    expect(backwards.json().errors).toEqual([{ field: 'endDate', code: 'end_before_start' }]);
    expect(
      (await agent.post(url, { packageId: active.id, startDate: '2026-01-01' })).statusCode,
    ).toBe(403);
  });

  it('name a bad own rollover rule by its nested fields, and keep the saved rule', async () => {
    const pkg = (await admin.post('/api/packages', tenHours)).json();
    const { company } = await customerClient();
    const subscription = (
      await admin.post(`/api/companies/${company.id}/subscriptions`, {
        packageId: pkg.id,
        startDate: '2026-01-01',
      })
    ).json();
    const url = `/api/subscriptions/${subscription.id}`;
    const bad = await admin.patch(url, { rolloverOverride: { periods: -1, capHours: 1.3 } });
    expect(bad.statusCode).toBe(400);
    const fields = bad
      .json()
      .errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`);
    expect(fields.sort()).toEqual([
      'rolloverOverride.capHours:invalid_value',
      'rolloverOverride.periods:too_small',
    ]);
    const saved = await admin.patch(url, { rolloverOverride: { periods: 2, capHours: 4.5 } });
    expect(saved.json().rolloverOverride).toEqual({ periods: 2, capHours: 4.5 });
    await admin.patch(url, { rolloverOverride: { periods: -3, capHours: null } });
    const listed = (await admin.get(`/api/companies/${company.id}/subscriptions`)).json().items;
    expect(listed[0].rolloverOverride).toEqual({ periods: 2, capHours: 4.5 });
    // Left out of a change, the rule stays; null follows the package again.
    await admin.patch(url, { endDate: '2026-12-31' });
    expect(
      (await admin.get(`/api/companies/${company.id}/subscriptions`)).json().items[0],
    ).toMatchObject({ endDate: '2026-12-31', rolloverOverride: { periods: 2, capHours: 4.5 } });
    const back = await admin.patch(url, { rolloverOverride: null });
    expect(back.json().rolloverOverride).toBeNull();
  });
});
