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
import { localDateOf } from '../../shared/hours/index.js';
import { auditEntries } from '../db/schema.js';

let t: TestApp;
let admin: ApiClient;
let acme: Awaited<ReturnType<typeof createCustomer>>;
beforeAll(async () => {
  t = await createTestApp();
  admin = new ApiClient(t.app);
  await admin.logIn((await createUser(t.db, 'admin')).email, TEST_PASSWORD);
  acme = await createCustomer(t.db);
  const customer = new ApiClient(t.app, '10.20.30.40');
  await customer.logIn(acme.admin.email, TEST_PASSWORD);
  await customer.request('PUT', `/api/companies/${acme.company.id}`, {
    legalName: '=HYPERLINK("http://evil")',
    vatNumber: '094019245',
  });
  const other = await createCustomer(t.db);
  await new ApiClient(t.app).logIn(other.member.email, TEST_PASSWORD);
});
afterAll(() => t.close());

describe('audit log (admin)', () => {
  it('filters by company, user and kind, newest first', async () => {
    const byCompany = (await admin.get(`/api/audit?companyId=${acme.company.id}`)).json();
    expect(byCompany.items.map((e: { action: string }) => e.action)).toEqual([
      'company.updated',
      'auth.login',
    ]);
    expect(byCompany.items[1]).toMatchObject({
      ip: '10.20.30.40',
      actor: { id: acme.admin.id, email: acme.admin.email },
    });
    const byKind = (await admin.get(`/api/audit?action=auth&userId=${acme.admin.id}`)).json();
    expect(byKind.items.map((e: { action: string }) => e.action)).toEqual(['auth.login']);
    // Today in Athens, as the filter reads days (between 22:00 and 24:00 UTC it is tomorrow there).
    const today = localDateOf(new Date(), 'Europe/Athens');
    expect(
      (await admin.get(`/api/audit?from=${today}&to=${today}&companyId=${acme.company.id}`)).json()
        .total,
    ).toBe(2);
    expect((await admin.get(`/api/audit?to=2000-01-01`)).json().total).toBe(0);
  });

  it('exports CSV that spreadsheets read as UTF-8 and cannot run as formulas', async () => {
    const response = await admin.get(`/api/audit.csv?companyId=${acme.company.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/attachment/);
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      '"time","action","user","email","api_token","company","entity","entity_id","entity_name","entity_ticket","ip","details"',
    );
    expect(lines).toHaveLength(3);
    expect(response.body).toContain(`'=HYPERLINK`);
    expect(response.body).not.toMatch(/(^|,)"=HYPERLINK/m);
  });

  it('names what each entry is about, as it is now, and nothing for what is gone or malformed', async () => {
    const customer = await createCustomer(t.db);
    const { package: pkg, subscription } = await createSubscription(t.db, customer.company.id, {
      name: 'Υποστήριξη 10 ωρών',
    });
    const member = new ApiClient(t.app);
    await member.logIn(customer.member.email, TEST_PASSWORD);
    const number = await openTicketAs(member, { subscriptionId: subscription.id });
    const agent = new ApiClient(t.app);
    await agent.logIn((await createUser(t.db, 'agent')).email, TEST_PASSWORD);
    const task = await agent.post(`/api/tickets/${number}/tasks`, {
      description: 'Επαναφορά αντιγράφου ασφαλείας',
      startedAt: new Date(Date.now() - 3_600_000).toISOString(),
      durationMinutes: 20,
    });
    expect(task.statusCode).toBe(201);
    const about = [
      ['user', customer.member.id],
      ['company', customer.company.id],
      ['package', pkg.id],
      ['subscription', subscription.id],
      ['task', task.json().id],
      ['company', '00000000-0000-4000-8000-000000000000'],
      ['user', 'not-a-uuid'],
      ['gadget', customer.company.id],
    ];
    await t.db.insert(auditEntries).values(
      about.map(([entityType, entityId], index) => ({
        action: 'test.names',
        entityType,
        entityId,
        createdAt: new Date(Date.UTC(2025, 0, 1, 0, index)),
      })),
    );
    const items = (await admin.get('/api/audit?action=test.names&pageSize=20')).json().items;
    const named = items
      .reverse()
      .map((e: { entityName: string | null; entityTicketNumber: number | null }) => [
        e.entityName,
        e.entityTicketNumber,
      ]);
    expect(named).toEqual([
      ['Μαρία Παπαδοπούλου', null],
      [customer.company.legalName, null],
      ['Υποστήριξη 10 ωρών', null],
      ['Υποστήριξη 10 ωρών', null],
      ['Επαναφορά αντιγράφου ασφαλείας', number],
      [null, null],
      [null, null],
      [null, null],
    ]);
    const csv = (await admin.get('/api/audit.csv?action=test.names')).body;
    expect(csv).toContain(
      `"task","${task.json().id}","Επαναφορά αντιγράφου ασφαλείας","#${number}"`,
    );
  });

  it('reads dates as days in Athens', async () => {
    // 21:30 UTC on 14 June is 00:30 on 15 June in Athens (UTC+3 in summer).
    await t.db
      .insert(auditEntries)
      .values({ action: 'test.athens_day', createdAt: new Date('2026-06-14T21:30:00Z') });
    const onDay = async (from: string, to: string) =>
      (await admin.get(`/api/audit?action=test&from=${from}&to=${to}`)).json().total;
    expect(await onDay('2026-06-15', '2026-06-15')).toBe(1);
    expect(await onDay('2026-06-14', '2026-06-14')).toBe(0);
  });

  it('is for admins only', async () => {
    const agent = new ApiClient(t.app);
    await agent.logIn((await createUser(t.db, 'agent')).email, TEST_PASSWORD);
    expect((await agent.get('/api/audit')).statusCode).toBe(403);
    expect((await agent.get('/api/audit.csv')).statusCode).toBe(403);
  });
});
