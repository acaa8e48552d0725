import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createSubscription, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';
import { localDateOf } from '../../shared/hours/index.js';
import { users } from '../db/schema.js';

let t: TestApp;
let agent: ApiClient;
let acme: Awaited<ReturnType<typeof createCustomer>>;
let acmeAdmin: ApiClient;
let acmeMember: ApiClient;
let memberTicket: number;
let adminTicket: number;
let otherCompanyId: string;

// The monthly periods began two days ago, so tasks of a few hours ago never need the
// reason a task in an ended period asks for, whatever the day the tests run.
const PERIOD_START = localDateOf(new Date(Date.now() - 48 * 3_600_000), 'Europe/Athens');

/** An instant a few hours back, in whole minutes. */
const hoursAgo = (hours: number) =>
  new Date(Math.floor((Date.now() - hours * 3_600_000) / 60_000) * 60_000).toISOString();

async function addTask(number: number, body: object) {
  const response = await agent.post(`/api/tickets/${number}/tasks`, body);
  if (response.statusCode !== 201) throw new Error(`task: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** The CSV's lines without the byte-order mark, each split into its unquoted fields. */
function rowsOf(body: string): string[][] {
  expect(body.startsWith('\uFEFF')).toBe(true);
  return body
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((line) => line.slice(1, -1).split('","'));
}

beforeAll(async () => {
  t = await createTestApp();
  agent = await loggedInClient(
    t.app,
    (await createUser(t.db, 'agent', { firstName: 'Νίκος', lastName: 'Αγγέλου' })).email,
  );
  acme = await createCustomer(t.db);
  const { subscription } = await createSubscription(t.db, acme.company.id, {
    name: 'Support Basic',
    billingIncrementMinutes: 15,
    startDate: PERIOD_START,
  });
  acmeAdmin = await loggedInClient(t.app, acme.admin.email);
  acmeMember = await loggedInClient(t.app, acme.member.email);
  memberTicket = await openTicketAs(acmeMember, {
    subject: 'Εκτυπωτής',
    subscriptionId: subscription.id,
  });
  adminTicket = await openTicketAs(acmeAdmin, {
    subject: 'Email',
    subscriptionId: subscription.id,
  });
  await addTask(memberTicket, {
    description: '=Οδηγός εκτυπωτή',
    startedAt: hoursAgo(5),
    durationMinutes: 7,
  });
  await addTask(adminTicket, {
    description: 'Έλεγχος λογαριασμού',
    startedAt: hoursAgo(4),
    durationMinutes: 40,
    isBillable: false,
  });
  const other = await createCustomer(t.db);
  otherCompanyId = other.company.id;
  const otherSubscription = await createSubscription(t.db, other.company.id, {
    startDate: PERIOD_START,
  });
  const otherTicket = await openTicketAs(await loggedInClient(t.app, other.admin.email), {
    subscriptionId: otherSubscription.subscription.id,
  });
  await addTask(otherTicket, { description: 'Ξένη', startedAt: hoursAgo(3), durationMinutes: 5 });
});
afterAll(() => t.close());

describe('GET /api/tasks.csv', () => {
  it("gives a company's tasks as a spreadsheet: Greek columns, charges rounded, formulas defused", async () => {
    const response = await acmeAdmin.get('/api/tasks.csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="tasks.csv"');
    const [header, ...rows] = rowsOf(response.body);
    expect(header).toEqual([
      'Έναρξη',
      'Λήξη',
      'Αίτημα',
      'Θέμα',
      'Επιχείρηση',
      'Πακέτο',
      'Εργασία',
      'Από',
      'Λεπτά εργασίας',
      'Χρεώσιμη',
      'Λεπτά χρέωσης',
      'Ώρες χρέωσης',
    ]);
    expect(rows).toHaveLength(2);
    const [newest, oldest] = rows as [string[], string[]];
    expect(newest.slice(2)).toEqual([
      `#${adminTicket}`,
      'Email',
      acme.company.legalName,
      'Support Basic',
      'Έλεγχος λογαριασμού',
      'Νίκος Αγγέλου',
      '40',
      'Όχι',
      '0',
      '0,00',
    ]);
    expect(oldest.slice(2)).toEqual([
      `#${memberTicket}`,
      'Εκτυπωτής',
      acme.company.legalName,
      'Support Basic',
      "'=Οδηγός εκτυπωτή",
      'Νίκος Αγγέλου',
      '7',
      'Ναι',
      '15',
      '0,25',
    ]);
    expect(oldest[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(response.body).not.toContain('Ξένη');
  });

  it('gives a member the tasks of their own requests only, and English columns to English readers', async () => {
    await t.db.update(users).set({ locale: 'en' }).where(eq(users.id, acme.member.id));
    const [header, ...rows] = rowsOf((await acmeMember.get('/api/tasks.csv')).body);
    expect(header?.slice(0, 3)).toEqual(['Started', 'Ended', 'Request']);
    expect(rows.map((row) => row[2])).toEqual([`#${memberTicket}`]);
    expect(rows[0]?.slice(-3)).toEqual(['Yes', '15', '0.25']);
  });

  it('gives staff any company, or all of them; a customer naming another company finds nothing', async () => {
    const ofAcme = rowsOf((await agent.get(`/api/tasks.csv?companyId=${acme.company.id}`)).body);
    expect(ofAcme).toHaveLength(3);
    const all = (await agent.get('/api/tasks.csv')).body;
    expect(all).toContain('Ξένη');
    expect(all).toContain('Έλεγχος λογαριασμού');
    expect((await acmeAdmin.get(`/api/tasks.csv?companyId=${otherCompanyId}`)).statusCode).toBe(
      404,
    );
  });

  it('names the file after the month it is filtered to, and needs a session', async () => {
    const month = new Date().toISOString().slice(0, 7);
    const response = await acmeAdmin.get(`/api/tasks.csv?month=${month}`);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="tasks-${month}.csv"`,
    );
    expect((await acmeAdmin.get('/api/tasks.csv?month=2026-13')).statusCode).toBe(400);
    expect((await new ApiClient(t.app).get('/api/tasks.csv')).statusCode).toBe(401);
  });
});
