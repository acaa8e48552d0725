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
import { attachments, sessions, tasks } from '../db/schema.js';

// Issue 12, item 7: inputs a fuzzer found to answer 500 (and one to corrupt a task for good).
let t: TestApp;
let admin: ApiClient;
let member: ApiClient;
let number: number;
beforeAll(async () => {
  t = await createTestApp();
  admin = new ApiClient(t.app);
  await admin.logIn((await createUser(t.db, 'admin')).email, TEST_PASSWORD);
  const customer = await createCustomer(t.db);
  const { subscription } = await createSubscription(t.db, customer.company.id, {
    startDate: '2024-01-01',
  });
  member = new ApiClient(t.app);
  await member.logIn(customer.member.email, TEST_PASSWORD);
  number = await openTicketAs(member, { subscriptionId: subscription.id });
});
afterAll(() => t.close());

async function logTask(): Promise<string> {
  const created = await admin.post(`/api/tickets/${number}/tasks`, {
    description: 'Έλεγχος DNS',
    startedAt: '2024-05-01T10:00:00+03:00',
    durationMinutes: 30,
    reason: 'Καταγραφή',
  });
  expect(created.statusCode).toBe(201);
  return created.json().id;
}

const range = { min: '2000-01-01', max: '2100-12-31' };

describe('dates outside 2000–2100 are refused at the boundary', () => {
  it('PATCH /api/tasks/{id} with startedAt in year 20: 400 naming the field, task unchanged', async () => {
    const id = await logTask();
    const response = await admin.patch(`/api/tasks/${id}`, {
      startedAt: '0020-05-01T10:00:00Z',
      reason: 'Διόρθωση',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { field: 'startedAt', code: 'date_out_of_range', params: range },
    ]);
    const [row] = await t.db.select().from(tasks).where(eq(tasks.id, id));
    expect(row?.startedAt.toISOString()).toBe('2024-05-01T07:00:00.000Z');
  });

  it('a manual task, a ledger period, an audit range and a month filter: each names its field', async () => {
    const manual = await admin.post(`/api/tickets/${number}/tasks`, {
      description: 'x',
      startedAt: '2999-01-01T00:00:00Z',
      durationMinutes: 30,
    });
    expect(manual.json().errors).toEqual([
      { field: 'startedAt', code: 'date_out_of_range', params: range },
    ]);
    const audit = await admin.get('/api/audit?from=2025-03-01&to=2025-02-01');
    expect(audit.statusCode).toBe(400);
    expect(audit.json().errors).toEqual([{ field: 'to', code: 'end_before_start' }]);
    const month = await admin.get('/api/tasks?month=0020-05');
    expect(month.json().errors).toEqual([
      { field: 'month', code: 'date_out_of_range', params: range },
    ]);
    const ledger = await admin.get('/api/ledger?periodStartDate=2025-02-30');
    expect(ledger.json().errors).toEqual([{ field: 'periodStartDate', code: 'invalid_format' }]);
  });

  it('a task stored with year 20 (before the bound) stays readable, and staff can correct it', async () => {
    const id = await logTask();
    await t.db
      .update(tasks)
      .set({
        startedAt: new Date('0020-05-01T10:00:00Z'),
        endedAt: new Date('0020-05-01T10:30:00Z'),
      })
      .where(eq(tasks.id, id));
    for (const url of [`/api/tickets/${number}/tasks`, '/api/tasks', '/api/tasks.csv']) {
      const response = await admin.get(url);
      expect(response.statusCode, url).toBe(200);
    }
    const ticketTasks = (await member.get(`/api/tickets/${number}/tasks`)).json();
    const shown = ticketTasks.items.find((task: { id: string }) => task.id === id);
    expect(shown).toMatchObject({ startedAt: '0020-05-01T10:00:00.000Z', durationSeconds: 1800 });
    const corrected = await admin.patch(`/api/tasks/${id}`, {
      startedAt: '2024-05-01T10:00:00Z',
      reason: 'Λάθος έτος',
    });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json()).toMatchObject({
      startedAt: '2024-05-01T10:00:00.000Z',
      endedAt: '2024-05-01T10:30:00.000Z',
    });
  });
});

describe('a NUL character (U+0000) in any text is a 400, never a 500', () => {
  it('in a query string: the search q', async () => {
    const response = await admin.get('/api/tickets?q=a%00b');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'q', code: 'invalid_character' }]);
  });

  it('in a body: a reply and a new company', async () => {
    const reply = await member.post(`/api/tickets/${number}/messages`, { body: 'γεια\u0000σου' });
    expect(reply.statusCode).toBe(400);
    expect(reply.json().errors).toEqual([{ field: 'body', code: 'invalid_character' }]);
    const company = await admin.post('/api/companies', { legalName: 'Α\u0000Β Α.Ε.' });
    expect(company.statusCode).toBe(400);
    expect(company.json().errors).toEqual([{ field: 'legalName', code: 'invalid_character' }]);
  });

  it('in a multipart field: the file name loses it, the file is kept', async () => {
    const response = await member.upload('report\u0000.pdf', '%PDF-1.4 test');
    expect(response.statusCode).toBe(201);
    const [row] = await t.db
      .select()
      .from(attachments)
      .where(eq(attachments.id, response.json().id));
    expect(row?.fileName).toBe('report.pdf');
  });

  it('in a header: the user agent of a login is stored without it', async () => {
    const user = await createUser(t.db, 'agent');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'http://localhost:3000', 'user-agent': 'Mozilla\u0000/5.0' },
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const [session] = await t.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(session?.userAgent).toBe('Mozilla/5.0');
  });
});

describe('numbers beyond what the database holds are a 400, never a 500', () => {
  it('a ticket number past PostgreSQL integer in a ledger filter (found by the fuzzer)', async () => {
    const response = await admin.get('/api/ledger.csv?ticketNumber=4701794203561970');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { field: 'ticketNumber', code: 'too_big', params: { max: 2_147_483_647 } },
    ]);
  });
});
