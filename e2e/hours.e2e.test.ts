import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { periodContaining } from '../src/shared/hours/index.js';
import { loggedInClient } from '../test/support/api-client.js';
import {
  backdateTask,
  createCustomer,
  createSubscription,
  createUser,
} from '../test/support/factories.js';
import { openTicketAs } from '../test/support/tickets.js';
import { useJourney } from './support/journey.js';

const journey = useJourney();
let agentEmail: string;
let adminEmail: string;

beforeAll(async () => {
  // An administrator ends the first-run setup, so every page is reachable.
  const admin = await createUser(journey.server.db, 'admin');
  adminEmail = admin.email;
  const agent = await createUser(journey.server.db, 'agent', {
    firstName: 'Νίκος',
    lastName: 'Αγγέλου',
  });
  agentEmail = agent.email;
});

// E2E_SCREENSHOTS=/tmp/shots keeps full-page screenshots of the main screens (never committed).
async function screenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.E2E_SCREENSHOTS;
  if (!folder) return;
  await page.waitForTimeout(400);
  await page.evaluate(() => window.scrollTo(0, 0));
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: path.join(folder, `hours-${name}-${width}.png`), fullPage: true });
}

/** A panel of the central screen (a titled region). */
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** The amount shown under a label of a panel's description list, e.g. «Υπόλοιπο» → «9 ώρες 45 λεπτά». */
async function figure(panel: Locator, label: string): Promise<string> {
  return ((await panel.locator(`dt:text-is("${label}") + dd`).first().textContent()) ?? '').trim();
}

/** A customer company with a 10-hour monthly package billed by the quarter hour, and a ticket. */
async function customerWithTicket(subject: string) {
  const { company, admin } = await createCustomer(journey.server.db);
  const { subscription } = await createSubscription(journey.server.db, company.id, {
    name: 'Support Basic',
    hoursPerPeriod: 10,
    billingIncrementMinutes: 15,
  });
  const client = await loggedInClient(journey.server.app, admin.email);
  const number = await openTicketAs(client, { subject, subscriptionId: subscription.id });
  return { company, email: admin.email, client, subscriptionId: subscription.id, number };
}

describe('hours (manual: «Κεντρική οθόνη», items 3, 5 and 6)', () => {
  it('a task still running from before the period began says it is charged to the previous one', async () => {
    const { email, number } = await customerWithTicket('Μεταφορά email');
    const agent = await loggedInClient(journey.server.app, agentEmail);
    const started = await agent.post(`/api/tickets/${number}/tasks/start`, {
      description: 'Μεταφορά γραμματοκιβωτίων',
    });
    expect(started.statusCode).toBe(201);
    // The package (from 2020-01-01) renews on the 1st of each month at midnight in Athens.
    const terms = { startDate: '2020-01-01', endDate: null, periodKind: 'monthly' as const };
    const periodStart = periodContaining(terms, new Date(), 'Europe/Athens')!.start;
    await backdateTask(
      journey.server.db,
      started.json().id,
      new Date(periodStart.getTime() - 3_600_000),
    );

    const customer = await journey.signedIn(email);
    const active = region(customer, 'Ενεργές εργασίες');
    await active.getByText('Μεταφορά γραμματοκιβωτίων').waitFor();
    await active
      .getByText(
        'Ξεκίνησε πριν από την τρέχουσα περίοδο, γι’ αυτό χρεώνεται στην προηγούμενη και δεν αλλάζει το υπόλοιπο που βλέπετε.',
      )
      .waitFor();
    // Nothing of it in this period's figures.
    expect(await figure(region(customer, 'Ενεργό πακέτο support'), 'Χρησιμοποιήθηκαν')).toBe(
      '0 λεπτά',
    );
    expect((await agent.post(`/api/tasks/${started.json().id}/stop`)).statusCode).toBe(200);
  });

  it('staff start a task and the customer sees it running live; once stopped, the hours used grow by the rounded amount', async () => {
    const { email, client, subscriptionId, number } = await customerWithTicket(
      'Δεν στέλνονται τα τιμολόγια',
    );
    const customer = await journey.signedIn(email);
    const packagePanel = region(customer, 'Ενεργό πακέτο support');
    const active = region(customer, 'Ενεργές εργασίες');
    await packagePanel.getByText('Support Basic').waitFor();
    expect(await figure(packagePanel, 'Χρησιμοποιήθηκαν')).toBe('0 λεπτά');
    expect(await figure(packagePanel, 'Υπόλοιπο')).toBe('10 ώρες');
    expect(await figure(active, 'Support Basic')).toBe('10 ώρες');
    await active.getByText('Καμία εργασία σε εξέλιξη').waitFor();

    // «Έναρξη εργασίας» on the ticket: the staff member's timer shows in the header.
    const staff = await journey.signedIn(agentEmail);
    await staff.goto(`${journey.server.url}/tickets/${number}`);
    await staff.getByLabel('Περιγραφή εργασίας').fill('Έλεγχος ρυθμίσεων SMTP');
    await staff.getByRole('button', { name: 'Έναρξη εργασίας', exact: true }).click();
    const indicator = staff.getByRole('status', { name: 'Η εργασία σας σε εξέλιξη' });
    await indicator.getByRole('timer').waitFor();
    await region(staff, 'Εργασίες').getByRole('timer').waitFor();
    await screenshot(staff, 'ticket-running');

    // Starting on another ticket asks first, and names the task that runs.
    const other = await openTicketAs(client, { subject: 'Δεύτερο αίτημα', subscriptionId });
    await staff.goto(`${journey.server.url}/tickets/${other}`);
    await staff.getByLabel('Περιγραφή εργασίας').fill('Κάτι άλλο');
    await staff.getByRole('button', { name: 'Έναρξη εργασίας', exact: true }).click();
    const dialog = staff.getByRole('dialog', { name: 'Έχετε ήδη εργασία σε εξέλιξη' });
    await dialog.getByText(/«Έλεγχος ρυθμίσεων SMTP» στο αίτημα #\d+/).waitFor();
    await dialog.getByRole('button', { name: 'Διακοπή και έναρξη' }).waitFor();
    await dialog.getByRole('button', { name: 'Άκυρο' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The customer's central screen, open all along: the task under «Ενεργές εργασίες», its clock ticking.
    await active.getByText('Έλεγχος ρυθμίσεων SMTP').waitFor();
    await active.getByText(/^Νίκος Αγγέλου · από \d\d:\d\d$/).waitFor();
    const clock = active.getByRole('timer');
    const before = await clock.textContent();
    await customer.waitForTimeout(2_200);
    const after = await clock.textContent();
    expect(after).toMatch(/^0:00:\d\d$/);
    expect(after).not.toBe(before);
    // A running task counts at once, rounded up to the quarter hour.
    expect(await figure(packagePanel, 'Υπόλοιπο')).toBe('9 ώρες 45 λεπτά');
    await screenshot(customer, 'dashboard-running');
    const phone = await journey.signedIn(email, 375);
    await region(phone, 'Ενεργές εργασίες').getByRole('timer').waitFor();
    await screenshot(phone, 'dashboard-running');
    await screenshot(staff, 'ticket-staff');

    // «Ολοκλήρωση» from the header: the timer goes away.
    await indicator
      .getByRole('button', { name: `Ολοκλήρωση της εργασίας στο αίτημα #${number}` })
      .click();
    await indicator.waitFor({ state: 'hidden' });

    await active.getByText('Καμία εργασία σε εξέλιξη').waitFor();
    expect(await figure(packagePanel, 'Χρησιμοποιήθηκαν')).toBe('15 λεπτά');
    expect(await figure(packagePanel, 'Υπόλοιπο')).toBe('9 ώρες 45 λεπτά');
    expect(await figure(active, 'Support Basic')).toBe('9 ώρες 45 λεπτά');
    const past = region(customer, 'Προηγούμενες εργασίες');
    await past.getByText('Έλεγχος ρυθμίσεων SMTP').waitFor();
    await past.getByText('Χρέωση 15 λεπτά').waitFor();
    await screenshot(customer, 'dashboard-done');

    // The ticket shows its tasks to the customer, read-only.
    await past.getByRole('link', { name: /Δεν στέλνονται τα τιμολόγια/ }).click();
    await customer.waitForURL(new RegExp(`/tickets/${number}$`));
    const tasks = region(customer, 'Εργασίες');
    await tasks.getByText('Έλεγχος ρυθμίσεων SMTP').waitFor();
    expect(await figure(tasks, 'Χρεώθηκαν')).toBe('15 λεπτά');
    expect(await customer.getByRole('button', { name: 'Έναρξη εργασίας' }).count()).toBe(0);
    await screenshot(customer, 'ticket-customer');

    // «Όλες οι εργασίες» lists it too.
    await customer.goto(`${journey.server.url}/tasks`);
    await customer.getByRole('heading', { name: 'Όλες οι εργασίες' }).waitFor();
    await customer.getByRole('cell', { name: 'Έλεγχος ρυθμίσεων SMTP' }).waitFor();
    // With its totals for the filter, in words, and the one package said once, not per row.
    const totals = customer.getByRole('group', { name: 'Σύνολα για τα φίλτρα' });
    await totals.getByText('15 λεπτά').waitFor();
    await totals.getByText('Support Basic').waitFor();
    expect(await customer.getByRole('columnheader', { name: 'Πακέτο' }).count()).toBe(0);
    await screenshot(customer, 'tasks');

    // «Εξαγωγή CSV» downloads them for a spreadsheet.
    const [download] = await Promise.all([
      customer.waitForEvent('download'),
      customer.getByRole('link', { name: 'Εξαγωγή CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tasks.csv');
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain('"Έναρξη","Λήξη","Αίτημα"');
    expect(csv).toContain(`"#${number}","Δεν στέλνονται τα τιμολόγια"`);
    expect(csv).toContain('"Έλεγχος ρυθμίσεων SMTP","Νίκος Αγγέλου"');
  });

  it('staff add a finished task by hand and mark it non-billable with a reason; admins keep the catalog', async () => {
    const { number, company } = await customerWithTicket('Αργεί το ERP');
    const staff = await journey.signedIn(adminEmail);
    await staff.goto(`${journey.server.url}/tickets/${number}`);
    const tasks = region(staff, 'Εργασίες');
    await tasks.getByRole('button', { name: 'Προσθήκη εργασίας' }).click();
    const form = staff.getByRole('dialog', { name: 'Προσθήκη εργασίας' });
    await form.getByLabel('Περιγραφή').fill('Ρύθμιση αντιγράφων ασφαλείας');
    await form.getByLabel('Διάρκεια').fill('0:50');
    await screenshot(staff, 'add-task');
    await form.getByRole('button', { name: 'Προσθήκη', exact: true }).click();
    await form.waitFor({ state: 'hidden' });
    await tasks.getByText('Ρύθμιση αντιγράφων ασφαλείας').waitFor();
    await tasks.getByText('Χρέωση 1 ώρα').waitFor();
    expect(await figure(tasks, 'Χρεώθηκαν')).toBe('1 ώρα');

    await tasks
      .getByRole('button', { name: 'Ενέργειες για την εργασία «Ρύθμιση αντιγράφων ασφαλείας»' })
      .click();
    await staff.getByRole('menuitem', { name: 'Σήμανση ως μη χρεώσιμη' }).click();
    const reason = staff.getByRole('dialog', { name: 'Σήμανση ως μη χρεώσιμη' });
    await reason.getByRole('button', { name: 'Σήμανση ως μη χρεώσιμη' }).click();
    await reason.getByText('Το πεδίο είναι υποχρεωτικό.').waitFor();
    await reason.getByLabel('Αιτιολογία').fill('Δική μας παράλειψη');
    await reason.getByRole('button', { name: 'Σήμανση ως μη χρεώσιμη' }).click();
    await reason.waitFor({ state: 'hidden' });
    await tasks.getByText('Μη χρεώσιμη', { exact: true }).waitFor();
    expect(await figure(tasks, 'Χρεώθηκαν')).toBe('0 λεπτά');
    const phone = await journey.signedIn(adminEmail, 375);
    await phone.goto(`${journey.server.url}/tickets/${number}`);
    // On a phone the tasks wait behind «Λεπτομέρειες», after the conversation's head.
    await phone.getByRole('button', { name: 'Λεπτομέρειες', exact: true }).click();
    await region(phone, 'Εργασίες').getByText('Ρύθμιση αντιγράφων ασφαλείας').waitFor();
    await screenshot(phone, 'ticket-staff');

    // The company's central screen as staff see it.
    await staff.goto(`${journey.server.url}/staff/companies/${company.id}/dashboard`);
    const past = region(staff, 'Προηγούμενες εργασίες');
    await past.getByText('Ρύθμιση αντιγράφων ασφαλείας').waitFor();
    await past.getByText('Μη χρεώσιμη', { exact: true }).waitFor();
    expect(await figure(region(staff, 'Ενεργό πακέτο support'), 'Χρησιμοποιήθηκαν')).toBe(
      '0 λεπτά',
    );
    await screenshot(staff, 'staff-dashboard');

    // «Πακέτα»: a new package in the catalog.
    await staff.goto(`${journey.server.url}/staff/packages`);
    await staff.getByRole('button', { name: 'Νέο πακέτο' }).click();
    const create = staff.getByRole('dialog', { name: 'Νέο πακέτο' });
    await create.getByLabel('Όνομα').fill('Support Plus');
    await create.getByLabel('Ώρες ανά περίοδο').fill('20');
    await create.getByRole('button', { name: 'Δημιουργία' }).click();
    await create.waitFor({ state: 'hidden' });
    const card = staff.getByRole('article', { name: 'Support Plus' });
    await card.getByText('20 ώρες τον μήνα').waitFor();
    await screenshot(staff, 'packages');
  });
});
