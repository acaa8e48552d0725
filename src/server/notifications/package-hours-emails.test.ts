import { and, eq, inArray, or } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createSubscription, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import {
  type ReceivedEmail,
  smtpWorkerFor,
  startTestSmtpServer,
  type TestSmtpServer,
} from '../../../test/support/test-smtp.js';
import { openTicketAs } from '../../../test/support/tickets.js';
import { addDays, localDateOf } from '../../shared/hours/index.js';
import { hourBlockOffers, packages, users } from '../db/schema.js';

let t: TestApp;
let smtp: TestSmtpServer;
let deliver: () => Promise<void>;
let agent: ApiClient;

beforeAll(async () => {
  t = await createTestApp();
  smtp = await startTestSmtpServer();
  deliver = smtpWorkerFor(t, smtp).deliver;
  agent = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
  await createUser(t.db, 'admin', { locale: 'en' });
});
afterAll(async () => {
  await smtp.close();
  await t.close();
});

/** A company whose package has `hours` in one open-ended block (no period boundary to trip on). */
async function companyWithPackage(hours: number, packageName: string) {
  const customer = await createCustomer(t.db);
  const englishAdmin = await createUser(t.db, 'company_admin', {
    companyId: customer.company.id,
    locale: 'en',
  });
  const { package: pkg, subscription } = await createSubscription(t.db, customer.company.id, {
    name: packageName,
    hoursPerPeriod: hours,
  });
  await t.db.update(packages).set({ periodKind: 'one_off' }).where(eq(packages.id, pkg.id));
  const number = await openTicketAs(await loggedInClient(t.app, customer.member.email), {
    subscriptionId: subscription.id,
  });
  return { ...customer, englishAdmin, number };
}

async function logTask(number: number, durationMinutes: number): Promise<string> {
  const response = await agent.post(`/api/tickets/${number}/tasks`, {
    description: 'Εργασία',
    startedAt: new Date(Date.now() - (durationMinutes + 120) * 60_000).toISOString(),
    durationMinutes,
  });
  if (response.statusCode !== 201) throw new Error(`task: ${response.statusCode} ${response.body}`);
  return response.json().id;
}

const aboutPackage = (name: string, since = 0): ReceivedEmail[] =>
  smtp.received.slice(since).filter((email) => email.subject.includes(`«${name}»`));

/** Every active staff member and the active company_admins of the company. */
async function expectedRecipients(companyId: string): Promise<string[]> {
  const rows = await t.db
    .select({ email: users.email })
    .from(users)
    .where(
      and(
        eq(users.isActive, true),
        or(
          inArray(users.role, ['admin', 'agent']),
          and(eq(users.role, 'company_admin'), eq(users.companyId, companyId)),
        ),
      ),
    );
  return rows.map((row) => row.email.toLowerCase()).sort();
}

describe('package hours warnings', () => {
  it('emails the company_admins and the staff at 80 % and at 100 %, once each; members get none', async () => {
    const { company, admin, member, englishAdmin, number } = await companyWithPackage(5, 'Βασικό');
    await logTask(number, 120);
    await deliver();
    expect(aboutPackage('Βασικό')).toHaveLength(0);

    await logTask(number, 120); // 240 of 300 minutes: 80 %
    await deliver();
    const eighty = aboutPackage('Βασικό');
    expect(eighty.flatMap((email) => email.to).sort()).toEqual(
      await expectedRecipients(company.id),
    );
    expect(eighty.flatMap((email) => email.to)).not.toContain(member.email.toLowerCase());
    const greek = eighty.find((email) => email.to.includes(admin.email.toLowerCase()))!;
    expect(greek.subject).toBe(
      `Το πακέτο «Βασικό» της ${company.legalName} έφτασε το 80% των ωρών του`,
    );
    expect(greek.text).toContain('Έχουν χρησιμοποιηθεί 4 ώρες από τις 5 ώρες');
    expect(greek.text).toContain('http://localhost:3000/');
    const english = eighty.find((email) => email.to.includes(englishAdmin.email.toLowerCase()))!;
    expect(english.subject).toBe(`«Βασικό» of ${company.legalName} has used 80% of its hours`);
    expect(english.text).toContain('4 h of the 5 h of «Βασικό»');

    const since = smtp.received.length;
    await logTask(number, 30); // 270: still 90 %, nothing new
    await deliver();
    expect(aboutPackage('Βασικό', since)).toHaveLength(0);

    const lastTask = await logTask(number, 60); // 330: over 100 %
    await deliver();
    const full = aboutPackage('Βασικό', since);
    expect(full.flatMap((email) => email.to).sort()).toEqual(await expectedRecipients(company.id));
    expect(
      full.every((email) => /εξάντλησε τις ώρες|has used all its hours/.test(email.subject)),
    ).toBe(true);
    const toStaff = full.find(
      (email) =>
        !email.to.includes(admin.email.toLowerCase()) &&
        !email.to.includes(englishAdmin.email.toLowerCase()),
    )!;
    expect(toStaff.text).toContain(`http://localhost:3000/staff/companies/${company.id}`);

    // Taken back and logged again: the warning of this period is not sent twice.
    const after = smtp.received.length;
    expect(
      (await agent.request('DELETE', `/api/tasks/${lastTask}`, { reason: 'Διπλή καταχώριση' }))
        .statusCode,
    ).toBe(204);
    await logTask(number, 60);
    await deliver();
    expect(aboutPackage('Βασικό', after)).toHaveLength(0);
  });

  it('sends only the 100 % warning when one task takes the package past both', async () => {
    const { company, number } = await companyWithPackage(1, 'Μικρό');
    await logTask(number, 75);
    await deliver();
    const got = aboutPackage('Μικρό');
    expect(got.flatMap((email) => email.to).sort()).toEqual(await expectedRecipients(company.id));
    expect(got.every((email) => !email.subject.includes('80%'))).toBe(true);
  });

  it('is sent when an edit or a stopped timer reaches the threshold', async () => {
    const edited = await companyWithPackage(1, 'Επεξεργασία');
    const taskId = await logTask(edited.number, 30);
    await deliver();
    expect(aboutPackage('Επεξεργασία')).toHaveLength(0);
    const edit = await agent.patch(`/api/tasks/${taskId}`, {
      durationMinutes: 50,
      reason: 'Ξεχάστηκε χρόνος',
    });
    expect(edit.statusCode).toBe(200);
    await deliver();
    expect(aboutPackage('Επεξεργασία').length).toBeGreaterThan(0);
    expect(
      aboutPackage('Επεξεργασία').every((email) =>
        /εξάντλησε τις ώρες|has used all its hours/.test(email.subject),
      ),
    ).toBe(true);

    const timed = await companyWithPackage(0.25, 'Χρονόμετρο');
    const started = await agent.post(`/api/tickets/${timed.number}/tasks/start`, {
      description: 'Έλεγχος',
      stopRunning: true,
    });
    expect(started.statusCode).toBe(201);
    // Durations count in whole seconds: one second bills a whole increment.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await agent.post(`/api/tasks/${started.json().id}/stop`)).statusCode).toBe(200);
    await deliver();
    expect(aboutPackage('Χρονόμετρο').length).toBeGreaterThan(0);
  });

  it('is not sent to someone who switched it off', async () => {
    const { admin, number } = await companyWithPackage(1, 'Σιωπηλό');
    await (await loggedInClient(t.app, admin.email)).patch('/api/me/notifications', {
      packageHours: false,
    });
    await logTask(number, 60);
    await deliver();
    const got = aboutPackage('Σιωπηλό');
    expect(got.length).toBeGreaterThan(0);
    expect(got.flatMap((email) => email.to)).not.toContain(admin.email.toLowerCase());
  });

  it('says what comes next: the hours of a block still unused, and the blocks on sale', async () => {
    const { company, admin, number } = await companyWithPackage(1, 'Με επιπλέον ώρες');
    await t.db
      .insert(hourBlockOffers)
      .values({ name: 'Πέντε ώρες προσφοράς', hours: 5, price: 225, validityMonths: 6 });
    const today = localDateOf(new Date(), 'Europe/Athens');
    const block = await agent.post(`/api/companies/${company.id}/hour-blocks`, {
      name: '2 ώρες',
      hours: 2,
      price: 90,
      startsOn: today,
      validUntil: addDays(today, 60),
    });
    expect(block.statusCode, block.body).toBe(201);
    const since = smtp.received.length;
    await logTask(number, 60);
    await deliver();
    const toCustomer = aboutPackage('Με επιπλέον ώρες', since).find((email) =>
      email.to.some((address) => address.toLowerCase() === admin.email.toLowerCase()),
    );
    expect(toCustomer?.text).toContain(
      '(απομένουν 2 ώρες) χρησιμοποιούνται πριν από οποιαδήποτε υπέρβαση',
    );
    expect(toCustomer?.text).toMatch(/• Πέντε ώρες προσφοράς: 5 ώρες, 225,00\s€/);
  });
});
