import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/support/api-client.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { DEMO_PASSWORD, seedDemo } from './demo-seed.js';

let t: TestApp;
const clients = new Map<string, ApiClient>();
async function as(email: string): Promise<ApiClient> {
  let client = clients.get(email);
  if (!client) {
    client = new ApiClient(t.app);
    const response = await client.post('/api/auth/login', { email, password: DEMO_PASSWORD });
    if (response.statusCode !== 200) throw new Error(`login ${email}: ${response.body}`);
    clients.set(email, client);
  }
  return client;
}

beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemo(t.db)).toHaveLength(8);
});
afterAll(() => t.close());

describe('npm run demo', () => {
  it('seeds once: a second run changes nothing', async () => {
    expect(await seedDemo(t.db)).toBeUndefined();
  });

  it('puts the bakery at 80 % of its month, with months of history for the chart', async () => {
    const maria = await as('maria@papadopoulos-bakery.gr');
    const dashboard = (await maria.get('/api/dashboard')).json();
    expect(dashboard.subscriptions).toHaveLength(1);
    expect(dashboard.subscriptions[0]).toMatchObject({
      packageName: 'Support 10 ώρες/μήνα',
      periodKind: 'monthly',
      summary: { allowanceMinutes: 600, usedMinutes: 480, remainingMinutes: 120, usedRatio: 0.8 },
    });
    const periods: { usedMinutes: number; isCurrent: boolean }[] =
      dashboard.periodUsage.series[0].periods;
    expect(periods.filter((period) => period.usedMinutes > 0).length).toBeGreaterThanOrEqual(5);
    // The chart's current period is the balance's.
    expect(periods.find((period) => period.isCurrent)?.usedMinutes).toBe(480);
    expect(dashboard.recentTasks).toHaveLength(10);
    // The staff see exactly what the customer sees.
    const agent = await as('eleni@aitima.demo');
    const staffView = (await agent.get(`/api/dashboard?companyId=${dashboard.company.id}`)).json();
    expect(staffView.subscriptions[0].summary).toEqual(dashboard.subscriptions[0].summary);
  });

  it('has work running now at the hotel, on its 40-hour block', async () => {
    const despina = await as('despina@thalassa-hotel.gr');
    const dashboard = (await despina.get('/api/dashboard')).json();
    expect(dashboard.subscriptions[0]).toMatchObject({
      packageName: 'Μπλοκ 40 ωρών',
      periodKind: 'one_off',
      period: { end: null },
    });
    // 1110 finished minutes and 25 running (→ 30) of 2400.
    expect(dashboard.subscriptions[0].summary).toMatchObject({
      allowanceMinutes: 2400,
      usedMinutes: 1140,
      runningMinutes: 30,
    });
    expect(dashboard.activeTasks).toEqual([
      expect.objectContaining({
        ticket: expect.objectContaining({
          subject: 'Δεν ανοίγει η πόρτα με την κάρτα στο δωμάτιο 214',
        }),
        staff: expect.objectContaining({ name: 'Νίκος Δημητρίου' }),
      }),
    ]);
  });

  it('shows the law firm a late correction with its reason', async () => {
    const antonis = await as('antonis@vasileiou-law.gr');
    const dashboard = (await antonis.get('/api/dashboard')).json();
    expect(dashboard.subscriptions[0]).toMatchObject({ hoursPerPeriod: 6 });
    expect(dashboard.lateCorrections).toEqual([
      expect.objectContaining({
        action: 'created',
        minutesDelta: 45,
        reason: 'Η εργασία έγινε τηλεφωνικά και δεν είχε καταγραφεί τότε.',
      }),
    ]);
  });

  it('writes tickets as the services would: numbers, description first, statuses by the rules', async () => {
    const admin = await as('admin@aitima.demo');
    const list = (
      await admin.get('/api/tickets?state=all&sort=number&direction=asc&pageSize=100')
    ).json();
    expect(list.total).toBe(18);
    expect(list.items[0].number).toBe(1001);
    const byStatus = (status: string) =>
      list.items.filter((ticket: { status: string }) => ticket.status === status).length;
    expect(byStatus('closed')).toBe(12);
    expect(byStatus('waiting_customer')).toBe(2);
    expect(byStatus('in_progress')).toBe(2);
    expect(byStatus('open')).toBe(2);

    const maria = await as('maria@papadopoulos-bakery.gr');
    const found = (await maria.get('/api/tickets?state=all&q=λάθος τιμές')).json();
    expect(found.items.map((ticket: { subject: string }) => ticket.subject)).toEqual([
      'Το e-shop δείχνει λάθος τιμές στα γλυκά',
    ]);
    const ticket = (await maria.get(`/api/tickets/${found.items[0].number}`)).json();
    expect(ticket).toMatchObject({ status: 'in_progress', priority: 'urgent', minutesSpent: 150 });
    // The bakery's package promises an answer within 4 business hours and a fix within 16:
    // staff worked on this one but only wrote an internal note, so the answer is due.
    expect(ticket.due).toMatchObject({ kind: 'first_response' });
    expect(new Date(ticket.due.at).getTime()).toBeGreaterThan(new Date(ticket.createdAt).getTime());
    // Answered tickets run against the fix; closed ones against nothing.
    expect(
      list.items.some((t: { due: { kind: string } | null }) => t.due?.kind === 'resolution'),
    ).toBe(true);
    const closed = list.items.filter((t: { status: string }) => t.status === 'closed');
    expect(closed.map((t: { due: unknown }) => t.due)).toEqual(closed.map(() => null));
    expect(ticket.thread[0]).toMatchObject({
      type: 'message',
      body: 'Μετά την αλλαγή τιμοκαταλόγου, τα γλυκά εμφανίζονται με τις παλιές τιμές στο e-shop.',
    });
    // The internal note stays with the staff.
    expect(JSON.stringify(ticket)).not.toContain('συγχρονισμό με το ERP');
    const tasks = (await maria.get(`/api/tickets/${ticket.number}/tasks`)).json();
    expect(tasks.totals).toEqual({ minutesSpent: 150, billableMinutes: 150, runningCount: 0 });
  });
});
