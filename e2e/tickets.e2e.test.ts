import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../test/support/api-client.js';
import {
  createCustomer,
  createSubscription,
  createUser,
  TEST_PASSWORD,
} from '../test/support/factories.js';
import { PNG_1PX } from '../test/support/files.js';
import { openTicketAs } from '../test/support/tickets.js';
import { launchBrowser } from './support/browser.js';
import { type E2eServer, startE2eServer } from './support/e2e-server.js';

let server: E2eServer;
let browser: Browser;
let agentEmail: string;
const AGENT_NAME = 'Νίκος Αγγέλου';

beforeAll(async () => {
  // A 1 MB upload limit: a file over it is refused as one over 20 MB would be, without
  // pushing 21 MB through the browser's debugging protocol (slow on a loaded machine).
  [server, browser] = await Promise.all([
    startE2eServer({ config: { uploads: { maxFileBytes: 1 << 20, maxFiles: 10 } } }),
    launchBrowser(),
  ]);
  // The agent also ends the first-run setup, so every page is reachable.
  const agent = await createUser(server.db, 'agent', { firstName: 'Νίκος', lastName: 'Αγγέλου' });
  agentEmail = agent.email;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// E2E_SCREENSHOTS=/tmp/shots keeps full-page screenshots of the main screens (never committed).
async function screenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.E2E_SCREENSHOTS;
  if (!folder) return;
  // From the top, so the fixed header is drawn where it belongs.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(folder, `${name}.png`), fullPage: true });
}

/** A customer company with one package; returns its administrator's email and the package. */
async function createCustomerWithPackage() {
  const { company, admin } = await createCustomer(server.db);
  const { subscription } = await createSubscription(server.db, company.id, {
    name: 'Support Basic',
  });
  return { email: admin.email, subscriptionId: subscription.id };
}

/** A signed-in user in a browser context of their own (a second person at another computer). */
async function logIn(email: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'el-GR' });
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Κωδικός πρόσβασης', { exact: true }).fill(TEST_PASSWORD);
  await page.locator('form').getByRole('button', { name: 'Σύνδεση', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
  return page;
}

const visible = (locator: Locator) => locator.filter({ visible: true });

/** The status badge of the ticket page (the thread's events say it in a longer sentence). */
async function waitForStatus(page: Page, status: string, timeout = 15_000): Promise<void> {
  await visible(page.getByText(status, { exact: true }))
    .first()
    .waitFor({ timeout });
}

async function reply(page: Page, text: string): Promise<void> {
  await page.getByLabel('Το μήνυμά σας').fill(text);
  await page.getByRole('button', { name: 'Απάντηση', exact: true }).click();
  await page.getByText(text).waitFor();
}

describe('tickets (manual: «Υποβολή αιτήματος», «Αιτήματα», «Απάντηση»)', () => {
  it('a customer opens a request with files and a link, and talks with support until it is closed and reopened', async () => {
    const subject = 'Δεν εκτυπώνονται τα τιμολόγια';
    const customer = await logIn((await createCustomerWithPackage()).email);
    const failedRequests: string[] = [];
    customer.on('response', (response) => {
      if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()}`);
    });

    // «Υποβολή αιτήματος» from the main menu.
    await customer.getByRole('button', { name: 'Υποβολή αιτήματος' }).first().click();
    await customer.waitForURL(/\/tickets\/new$/);
    await customer.getByRole('heading', { name: 'Υποβολή αιτήματος' }).waitFor();
    // The limits are shown before anything is uploaded.
    await customer.getByText('Έως 10 αρχεία, 1 MB το καθένα.').waitFor();
    // The company's only package is chosen already.
    expect(await customer.getByRole('combobox', { name: 'Πακέτο support' }).inputValue()).toBe(
      'Support Basic · μηνιαίο',
    );
    await customer.getByLabel('Θέμα').fill(subject);
    await customer.getByText(`${subject.length} / 200`).waitFor();
    await customer
      .getByLabel('Περιγραφή')
      .fill('Από χθες το πρωί τα τιμολόγια βγαίνουν κενά.\nΔείτε https://example.gr/help');

    // Two files at once; a third over the size limit is refused before upload.
    await customer.getByLabel('Αρχεία').setInputFiles([
      { name: 'screenshot.png', mimeType: 'image/png', buffer: PNG_1PX },
      { name: 'printer-log.txt', mimeType: 'text/plain', buffer: Buffer.from('error 42\n') },
      { name: 'wrong-file.txt', mimeType: 'text/plain', buffer: Buffer.from('not this one\n') },
      {
        name: 'huge.bin',
        mimeType: 'application/octet-stream',
        buffer: Buffer.alloc((1 << 20) + 1),
      },
    ]);
    await customer.getByText('Δεν επισυνάφθηκε: το αρχείο είναι μεγαλύτερο από 1 MB.').waitFor();
    await customer.getByRole('button', { name: 'Αφαίρεση του huge.bin' }).click();
    await expect.poll(() => customer.getByRole('progressbar').count()).toBe(0);
    // An uploaded file taken back is gone from the list (and from the server).
    await customer.getByRole('button', { name: 'Αφαίρεση του wrong-file.txt' }).click();
    await expect
      .poll(() => customer.getByRole('button', { name: /^Αφαίρεση του / }).count())
      .toBe(2);

    // A bad link is refused on the field, and nothing typed or uploaded is lost.
    await customer.getByLabel('Σύνδεσμος').fill('ftp://example.gr/invoices');
    await customer.getByRole('button', { name: 'Υποβολή αιτήματος' }).last().click();
    await customer
      .getByText('Γράψτε μια πλήρη διεύθυνση που ξεκινά με http:// ή https://.')
      .waitFor();
    expect(await customer.getByLabel('Θέμα').inputValue()).toBe(subject);
    expect(await customer.getByRole('button', { name: /^Αφαίρεση του / }).count()).toBe(2);
    await screenshot(customer, 'new-ticket-1280');

    await customer.getByLabel('Σύνδεσμος').fill('https://example.gr/invoices');
    await customer.getByRole('button', { name: 'Υποβολή αιτήματος' }).last().click();
    await customer.waitForURL(/\/tickets\/\d+$/);
    const ticketUrl = customer.url();
    // A confirmation names the new request.
    const number = new URL(ticketUrl).pathname.split('/').pop();
    await customer.getByText(`Το αίτημα #${number} καταχωρίστηκε.`).waitFor();
    await waitForStatus(customer, 'Ανοιχτό');
    await customer.getByRole('heading', { name: subject }).waitFor();
    await customer.getByRole('img', { name: 'screenshot.png' }).waitFor();
    await customer.getByRole('link', { name: /Λήψη printer-log\.txt/ }).waitFor();
    const link = customer.getByRole('link', { name: 'example.gr/invoices' });
    expect(await link.getAttribute('href')).toBe('https://example.gr/invoices');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await customer.getByRole('link', { name: 'https://example.gr/help' }).count()).toBe(1);

    // «Υποστήριξη» → «Αιτήματα» lists it.
    await customer.getByRole('button', { name: 'Υποστήριξη' }).click();
    await customer.getByRole('menuitem', { name: 'Αιτήματα' }).click();
    await customer.waitForURL(/\/tickets$/);
    const row = customer.getByRole('row').filter({ hasText: subject });
    await row.waitFor();
    expect(await row.getByText('Ανοιχτό', { exact: true }).count()).toBe(1);
    expect(await row.getByText('Support Basic').count()).toBe(1);
    // Search is accent- and case-insensitive, and lives in the address bar.
    await customer.getByRole('searchbox', { name: 'Αναζήτηση αιτημάτων' }).fill('ΤΙΜΟΛΟΓΙΑ');
    await customer.waitForURL(/q=%CE%A4%CE%99%CE%9C/);
    await row.waitFor();
    await screenshot(customer, 'tickets-1280');
    await customer.getByRole('link', { name: subject }).click();
    await customer.waitForURL(ticketUrl);

    // Staff, at another computer, find it in the queue, assign it, note and reply.
    const staff = await logIn(agentEmail);
    // Staff land on their queue.
    await staff.waitForURL(/\/staff\/tickets$/);
    await staff.getByRole('button', { name: 'Κονσόλα' }).click();
    await staff.getByRole('menuitem', { name: 'Ουρά αιτημάτων' }).click();
    await staff.waitForURL(/\/staff\/tickets$/);
    await staff.getByRole('link', { name: subject }).waitFor();
    await screenshot(staff, 'queue-1280');
    await staff.getByRole('link', { name: subject }).click();
    await staff.waitForURL(ticketUrl);
    // The page re-renders as its parts load (tasks, staff list), which can close a list
    // opened in that moment: open it again until the option shows.
    const agentOption = staff.getByRole('option', { name: AGENT_NAME });
    await vi.waitFor(
      async () => {
        if (await agentOption.isVisible()) return;
        await staff.getByRole('combobox', { name: 'Ανάθεση' }).click();
        throw new Error('the assignee list is not open yet');
      },
      { timeout: 20_000, interval: 750 },
    );
    await agentOption.click();
    await staff.getByText(`Ανάθεση: ${AGENT_NAME}`).waitFor();
    await staff.locator('label', { hasText: 'Εσωτερική σημείωση' }).click();
    await staff.getByLabel('Κείμενο σημείωσης').fill('Μάλλον ο οδηγός του εκτυπωτή.');
    await staff.getByRole('button', { name: 'Προσθήκη σημείωσης' }).click();
    await staff.getByText('Μάλλον ο οδηγός του εκτυπωτή.').waitFor();
    await staff.locator('label', { hasText: 'Απάντηση' }).click();
    await reply(staff, 'Ενημερώσαμε τον οδηγό. Δοκιμάστε τώρα;');
    await waitForStatus(staff, 'Αναμονή πελάτη');
    await screenshot(staff, 'ticket-staff-1280');

    // The customer's open page catches up by itself: the reply, the new status, no internal note.
    await customer.getByText('Ενημερώσαμε τον οδηγό. Δοκιμάστε τώρα;').waitFor({ timeout: 15_000 });
    await waitForStatus(customer, 'Αναμονή απάντησής σας');
    expect(await customer.getByText('Μάλλον ο οδηγός του εκτυπωτή.').count()).toBe(0);
    expect(await customer.getByText('Εσωτερική σημείωση').count()).toBe(0);
    await reply(customer, 'Ναι, τώρα εκτυπώνονται. Ευχαριστώ!');
    await waitForStatus(customer, 'Ανοιχτό');

    // Staff close it with a last message.
    await staff.reload();
    await staff.getByText('Ναι, τώρα εκτυπώνονται. Ευχαριστώ!').waitFor();
    await staff.getByRole('button', { name: 'Κλείσιμο αιτήματος' }).click();
    const dialog = staff.getByRole('dialog');
    await dialog.getByLabel('Τελευταίο μήνυμα (προαιρετικό)').fill('Κλείνουμε το αίτημα.');
    await dialog.getByRole('button', { name: 'Κλείσιμο αιτήματος' }).click();
    await waitForStatus(staff, 'Κλειστό');

    // The customer sees it closed, and reopens it by replying further down.
    await waitForStatus(customer, 'Κλειστό');
    await customer.getByText('Το αίτημα έχει κλείσει').waitFor();
    await customer.getByText('Κλείνουμε το αίτημα.').waitFor();
    await reply(customer, 'Το πρόβλημα εμφανίστηκε ξανά.');
    await waitForStatus(customer, 'Ανοιχτό');
    await customer.getByText('Άνοιξε ξανά', { exact: false }).first().waitFor();
    expect(await customer.getByText('Το αίτημα έχει κλείσει').count()).toBe(0);
    await screenshot(customer, 'ticket-customer-1280');
    expect(await customer.getByText('wrong-file.txt').count()).toBe(0);
    expect(failedRequests).toEqual([]);

    await staff.context().close();
    await customer.context().close();
  });

  it('stays readable on a 375 px phone: the list as cards, the chat without sideways scrolling', async () => {
    const { email, subscriptionId } = await createCustomerWithPackage();
    const api = new ApiClient(server.app);
    await api.logIn(email, TEST_PASSWORD);
    const number = await openTicketAs(api, {
      subject: 'Το email της λογιστηρίου δεν συγχρονίζεται στο κινητό μετά την αλλαγή κωδικού',
      description: `Δείτε https://example.gr/${'a-very-long-path-segment/'.repeat(6)} για λεπτομέρειες.`,
      subscriptionId,
      attachmentIds: [await api.uploadId('σφάλμα-συγχρονισμού-κινητού.png', PNG_1PX)],
    });
    // A long event line in the thread, with who did it and when.
    const staffApi = new ApiClient(server.app);
    await staffApi.logIn(agentEmail, TEST_PASSWORD);
    const changed = await staffApi.patch(`/api/tickets/${number}`, { status: 'waiting_customer' });
    expect(changed.statusCode).toBe(200);
    const phone = await logIn(email, 375);
    await phone.goto(`${server.url}/tickets?tab=all`);
    const card = visible(phone.getByRole('link', { name: /Το email της λογιστηρίου/ }));
    await card.first().waitFor();
    const overflow = () =>
      phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(phone, 'tickets-375');

    await card.first().click();
    await phone.waitForURL(/\/tickets\/\d+$/);
    await phone.getByRole('button', { name: 'Απάντηση', exact: true }).waitFor();
    await phone.getByText('Η κατάσταση άλλαξε σε «Αναμονή απάντησής σας»').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(phone, 'ticket-375');

    // Back keeps the list's tab, from the address bar.
    await phone.goBack();
    await phone.waitForURL(/\/tickets\?tab=all$/);
    expect(await phone.getByRole('tab', { name: 'Όλα' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await phone.context().close();
  });
});
