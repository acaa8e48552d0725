import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedInClient } from '../test/support/api-client.js';
import { createCustomer, createSubscription, createUser } from '../test/support/factories.js';
import {
  smtpWorkerFor,
  startTestSmtpServer,
  type TestSmtpServer,
} from '../test/support/test-smtp.js';
import { openTicketAs } from '../test/support/tickets.js';
import { useJourney } from './support/journey.js';

const journey = useJourney();
let smtp: TestSmtpServer;
let deliver: () => Promise<void>;
let agentEmail: string;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  deliver = smtpWorkerFor(journey.server, smtp).deliver;
  await createUser(journey.server.db, 'admin');
  agentEmail = (
    await createUser(journey.server.db, 'agent', { firstName: 'Νίκος', lastName: 'Αλεξίου' })
  ).email;
});
afterAll(() => smtp.close());

/** A company on a 10-hour package; its member opened a ticket on it. */
async function ticketOnPackage(subject: string) {
  const { db, app } = journey.server;
  const { company, member } = await createCustomer(db);
  const { subscription } = await createSubscription(db, company.id, { hoursPerPeriod: 10 });
  const number = await openTicketAs(await loggedInClient(app, member.email), {
    subject,
    subscriptionId: subscription.id,
  });
  return { member, number };
}

/** Staff add «Εκτίμηση» on the ticket's page. */
async function addEstimateOnPage(number: number, hours: string, included: string) {
  const staff = await journey.signedIn(agentEmail);
  await staff.goto(`${journey.server.url}/tickets/${number}`);
  const section = staff.getByRole('region', { name: 'Εκτιμήσεις' });
  await section.getByRole('button', { name: 'Εκτίμηση', exact: true }).click();
  const dialog = staff.getByRole('dialog', { name: 'Εκτίμηση' });
  await dialog.getByLabel('Ώρες').fill(hours);
  await dialog.getByLabel('Τι περιλαμβάνει').fill(included);
  await dialog.getByRole('button', { name: 'Αποστολή για έγκριση' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await section.getByText('Περιμένει έγκριση').waitFor();
  return staff;
}

describe('estimates (issue 16)', () => {
  it('staff add one, the customer approves it in the thread, and billable work stops at it', async () => {
    const { member, number } = await ticketOnPackage('Μεταφορά email');
    const staff = await addEstimateOnPage(number, '1', 'Μεταφορά γραμματοκιβωτίων');

    const customer = await journey.signedIn(member.email);
    await customer.goto(`${journey.server.url}/tickets/${number}`);
    const section = customer.getByRole('region', { name: 'Εκτιμήσεις' });
    await section.getByText('Εκτίμηση: 1 ώρα').waitFor();
    await section.getByText('Μεταφορά γραμματοκιβωτίων').waitFor();
    await section.getByRole('button', { name: 'Έγκριση' }).click();
    await section.getByText('Εγκρίθηκε').waitFor();

    // The approved hour is used up by work logged since.
    const agent = await loggedInClient(journey.server.app, agentEmail);
    const logged = await agent.post(`/api/tickets/${number}/tasks`, {
      description: 'Μεταφορά πρώτου γραμματοκιβωτίου',
      startedAt: new Date(Date.now() - 3 * 60 * 60_000).toISOString(),
      durationMinutes: 60,
    });
    expect(logged.statusCode, logged.body).toBe(201);

    // More billable work is refused with the two ways out.
    await staff.reload();
    await staff.getByLabel('Περιγραφή εργασίας').fill('Μεταφορά δεύτερου γραμματοκιβωτίου');
    await staff.getByRole('button', { name: 'Έναρξη εργασίας', exact: true }).click();
    const dialog = staff.getByRole('dialog', { name: 'Χρειάζεται έγκριση' });
    await dialog.getByRole('button', { name: 'Νέα εκτίμηση' }).waitFor();
    expect((await agent.get('/api/me/running-task')).json().task).toBeNull();
    await dialog.getByRole('button', { name: 'Καταγραφή ως μη χρεώσιμη' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await staff.getByRole('status', { name: 'Η εργασία σας σε εξέλιξη' }).waitFor();
    const running = (await agent.get('/api/me/running-task')).json().task;
    expect(running).toMatchObject({ isBillable: false });
    expect((await agent.post(`/api/tasks/${running.id}/stop`)).statusCode).toBe(200);
  });

  it('the customer approves from the email link without signing in, once', async () => {
    const { member, number } = await ticketOnPackage('Νέος διακομιστής');
    await addEstimateOnPage(number, '2,5', 'Εγκατάσταση και ρύθμιση');

    await deliver();
    const email = smtp.to(member.email).find((sent) => sent.subject.startsWith(`[#${number}]`));
    expect(email?.subject).toContain('Εκτίμηση για έγκριση: 2 ώρες 30 λεπτά');
    const path = /https?:\/\/[^/\s]+(\/estimate\/[\w-]+\?decision=approve)/.exec(
      email?.text ?? '',
    )?.[1];
    if (!path) throw new Error(`no estimate link in: ${email?.text}`);

    // Opening the link records nothing; the button does.
    const visitor = await journey.newPage(375);
    await visitor.goto(`${journey.server.url}${path}`);
    await visitor.getByRole('heading', { name: 'Εγκρίνετε την εκτίμηση;' }).waitFor();
    await visitor.getByText(`Αίτημα #${number} «Νέος διακομιστής»`).waitFor();
    await visitor.getByText('Εκτίμηση: 2 ώρες 30 λεπτά').waitFor();
    const agent = await loggedInClient(journey.server.app, agentEmail);
    const before = (await agent.get(`/api/tickets/${number}/estimates`)).json();
    expect(before.items[0].status).toBe('pending');

    await visitor.getByRole('button', { name: 'Έγκριση' }).click();
    await visitor.getByRole('heading', { name: 'Η εκτίμηση εγκρίθηκε' }).waitFor();
    const after = (await agent.get(`/api/tickets/${number}/estimates`)).json();
    expect(after).toMatchObject({ limitMinutes: 150, items: [{ status: 'approved' }] });

    // A second visit says it was already answered, with no buttons.
    const again = await journey.newPage();
    await again.goto(`${journey.server.url}${path.replace('approve', 'decline')}`);
    await again.getByRole('heading', { name: 'Η εκτίμηση εγκρίθηκε' }).waitFor();
    await again.getByText(/έχει ήδη εγκριθεί/).waitFor();
    expect(await again.getByRole('button', { name: 'Απόρριψη' }).count()).toBe(0);
  });

  it('a company_admin sets «Όριο ωρών ανά αίτημα χωρίς έγκριση» on the company page, and staff see it', async () => {
    const { db } = journey.server;
    const { company, admin } = await createCustomer(db);
    const page = await journey.signedIn(admin.email);
    await page.goto(`${journey.server.url}/company/edit`);
    const card = page.getByRole('region', { name: 'Όριο ωρών ανά αίτημα χωρίς έγκριση' });
    await card.getByLabel('Ώρες').fill('5000');
    await card.getByRole('button', { name: 'Αποθήκευση ορίου' }).click();
    await card.getByRole('alert').waitFor();
    await card.getByLabel('Ώρες').fill('2,5');
    await card.getByRole('button', { name: 'Αποθήκευση ορίου' }).click();
    await page.getByText('Το όριο αποθηκεύτηκε.').waitFor();
    const agent = await loggedInClient(journey.server.app, agentEmail);
    expect((await agent.get(`/api/companies/${company.id}/ticket-cap`)).json()).toEqual({
      ticketCapMinutes: 150,
    });

    // Staff read and clear it on the company's page.
    const staff = await journey.signedIn(agentEmail);
    await staff.goto(`${journey.server.url}/staff/companies/${company.id}`);
    const staffCard = staff.getByRole('region', { name: 'Όριο ωρών ανά αίτημα χωρίς έγκριση' });
    const hours = staffCard.getByLabel('Ώρες');
    await expect.poll(() => hours.inputValue()).toBe('2,5');
    await hours.fill('');
    await staffCard.getByRole('button', { name: 'Αποθήκευση ορίου' }).click();
    await staff.getByText('Το όριο αποθηκεύτηκε.').waitFor();
    expect((await agent.get(`/api/companies/${company.id}/ticket-cap`)).json()).toEqual({
      ticketCapMinutes: null,
    });
  });

  it('staff choose the multiplier when adding a task by hand', async () => {
    const { number } = await ticketOnPackage('Επείγουσα αποκατάσταση');
    const staff = await journey.signedIn(agentEmail);
    await staff.goto(`${journey.server.url}/tickets/${number}`);
    const tasksRegion = staff.getByRole('region', { name: 'Εργασίες', exact: true });
    await tasksRegion.getByRole('button', { name: 'Προσθήκη εργασίας' }).click();
    const form = staff.getByRole('dialog', { name: 'Προσθήκη εργασίας' });
    await form.getByLabel('Περιγραφή').fill('Αποκατάσταση από αντίγραφο');
    await form.getByLabel('Διάρκεια').fill('1:00');
    await form.getByLabel('Χρέωση', { exact: true }).click();
    await staff.getByRole('option', { name: '×1,5 επείγουσα' }).click();
    await form.getByRole('button', { name: 'Προσθήκη', exact: true }).click();
    await form.waitFor({ state: 'hidden' });
    const agent = await loggedInClient(journey.server.app, agentEmail);
    const tasks = (await agent.get(`/api/tickets/${number}/tasks`)).json();
    expect(tasks.items ?? tasks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          description: 'Αποκατάσταση από αντίγραφο',
          multiplier: 'urgent',
          billableMinutes: 90,
        }),
      ]),
    );
  });
});
