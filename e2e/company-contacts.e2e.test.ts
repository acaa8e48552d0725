import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userTokens } from '../src/server/db/schema.js';
import { loggedInClient } from '../test/support/api-client.js';
import {
  createCompany,
  createCustomer,
  createUser,
  TEST_PASSWORD,
} from '../test/support/factories.js';
import { launchBrowser } from './support/browser.js';
import { type E2eServer, startE2eServer } from './support/e2e-server.js';

let server: E2eServer;
let browser: Browser;
let adminEmail: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
  // A staff administrator also ends the first-run setup, so every page is reachable.
  const admin = await createUser(server.db, 'admin', { firstName: 'Άννα', lastName: 'Λάμπρου' });
  adminEmail = admin.email;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// E2E_SCREENSHOTS=/tmp/shots keeps full-page screenshots of the main screens (never committed).
async function screenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.E2E_SCREENSHOTS;
  if (!folder) return;
  await page.waitForTimeout(300);
  await page.evaluate(() => window.scrollTo(0, 0));
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: path.join(folder, `${name}-${width}.png`), fullPage: true });
}

/** A browser context of its own (another person at another computer). */
async function newPage(width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'el-GR' });
  return context.newPage();
}

async function logIn(email: string, width = 1280): Promise<Page> {
  const page = await newPage(width);
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Κωδικός πρόσβασης', { exact: true }).fill(TEST_PASSWORD);
  await page.locator('form').getByRole('button', { name: 'Σύνδεση', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
  return page;
}

const visible = (locator: Locator) => locator.filter({ visible: true });

/** A text field by its accessible name (a required field's « *» is not part of it). */
const field = (scope: Page | Locator, name: string) =>
  scope.getByRole('textbox', { name, exact: true });

/** The link of an invitation as this server serves it (the API builds it from PUBLIC_URL). */
const onServer = (inviteUrl: string) => `${server.url}${new URL(inviteUrl).pathname}`;

async function noSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('company and contacts (manual: central screen items 1 and 2)', () => {
  it('a company admin edits the company, adds a contact, and the contact activates their account', async () => {
    const { admin } = await createCustomer(server.db);
    const page = await logIn(admin.email);
    await page.getByRole('heading', { name: 'Κεντρική οθόνη' }).waitFor();

    // 1. «Επεξεργασία» of the company's details.
    await page.getByRole('button', { name: 'Επεξεργασία', exact: true }).click();
    await page.waitForURL(/\/company\/edit$/);
    await field(page, 'Επωνυμία').fill('Αλφάδι Λογισμικό Α.Ε.');
    await page.getByLabel('Διακριτικός τίτλος').fill('Αλφάδι');
    await field(page, 'ΑΦΜ').fill('094019246');
    await page.getByLabel('Δραστηριότητα').fill('Ανάπτυξη λογισμικού');
    await page.getByLabel('Διεύθυνση', { exact: true }).fill('Πανεπιστημίου 10');
    await page.getByLabel('Πόλη').fill('Αθήνα');
    await page.getByLabel('Ταχυδρομικός κώδικας').fill('104 31');
    await page.getByLabel('Τηλέφωνο').fill('210 123 4567');
    await page.getByLabel('Email').fill('info@alfadi.gr');
    await page.getByLabel('Ιστότοπος').fill('alfadi.gr');
    await page.getByRole('button', { name: 'Αποθήκευση', exact: true }).click();
    // A wrong check digit: a clear message on the field, and nothing typed is lost.
    await page
      .getByText('Ο ΑΦΜ δεν είναι έγκυρος: χρειάζονται 9 ψηφία με σωστό ψηφίο ελέγχου.')
      .waitFor();
    expect(await page.getByLabel('Πόλη').inputValue()).toBe('Αθήνα');
    expect(page.url()).toMatch(/\/company\/edit$/);

    await field(page, 'ΑΦΜ').fill('094019245');
    // ΔΟΥ from the list, found by typing without accents.
    await page.getByRole('combobox', { name: 'ΔΟΥ' }).click();
    await page.getByRole('combobox', { name: 'ΔΟΥ' }).fill('α αθηνων');
    await page.getByRole('option', { name: 'Α΄ Αθηνών', exact: true }).click();
    await screenshot(page, 'company-edit');
    await page.getByRole('button', { name: 'Αποθήκευση', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByText('Τα στοιχεία της επιχείρησης αποθηκεύτηκαν.').waitFor();
    const companyPanel = page.getByRole('region', { name: 'Στοιχεία επιχείρησης' });
    await companyPanel.getByText('Αλφάδι Λογισμικό Α.Ε.').waitFor();
    await companyPanel.getByText('094019245').waitFor();
    await companyPanel.getByText('Α΄ Αθηνών').waitFor();

    // 2. «Προσθήκη επαφής», then the invitation link to pass on.
    await page.getByRole('button', { name: 'Προσθήκη επαφής' }).click();
    await page.waitForURL(/\/company\/contacts\/new$/);
    await field(page, 'Όνομα').fill('Ελένη');
    await field(page, 'Επώνυμο').fill('Κωστοπούλου');
    const contactEmail = `eleni-${Date.now()}@alfadi.gr`;
    await field(page, 'Email').fill(contactEmail);
    await page.getByLabel('Τηλέφωνο').fill('6900000000');
    await page.getByRole('radio', { name: 'Μέλος' }).check();
    await page.getByRole('button', { name: 'Αποστολή πρόσκλησης' }).click();
    const linkInput = page.getByLabel('Σύνδεσμος πρόσκλησης');
    await linkInput.waitFor();
    await page.getByRole('button', { name: 'Αντιγραφή' }).waitFor();
    const inviteUrl = await linkInput.inputValue();
    expect(inviteUrl).toMatch(/\/invitation\/[\w-]{20,}$/);
    await screenshot(page, 'contact-invited');

    // The central screen lists the contact as invited.
    await page.getByRole('button', { name: 'Κεντρική οθόνη' }).click();
    const contactsPanel = page.getByRole('region', { name: 'Επαφές' });
    await contactsPanel.getByText('Ελένη Κωστοπούλου').waitFor();
    await contactsPanel.getByText('Εκκρεμεί πρόσκληση').waitFor();
    await screenshot(page, 'dashboard');

    // 3. The contact, at another computer, opens the link and sets a password.
    const contact = await newPage();
    await contact.goto(onServer(inviteUrl));
    await contact.getByRole('heading', { name: 'Καλώς ήρθατε', exact: true }).waitFor();
    await contact.getByText('Αλφάδι').first().waitFor();
    await contact.getByText(contactEmail).waitFor();
    await contact.getByLabel('Κωδικός πρόσβασης', { exact: true }).fill('ένας καλός κωδικός');
    await contact.getByLabel('Επιβεβαίωση κωδικού πρόσβασης').fill('ένας καλός κωδικός');
    await screenshot(contact, 'invitation');
    await contact.getByRole('button', { name: 'Ενεργοποίηση λογαριασμού' }).click();
    await contact.waitForURL((url) => url.pathname === '/');
    await contact.getByRole('heading', { name: 'Κεντρική οθόνη' }).waitFor();

    // Used once: the same link now says so, and the admin sees the contact as active.
    const again = await newPage();
    await again.goto(onServer(inviteUrl));
    await again.getByRole('heading', { name: 'Ο σύνδεσμος έχει ήδη χρησιμοποιηθεί' }).waitFor();
    await page.goto(`${server.url}/company/contacts`);
    const row = page.getByText('Ελένη Κωστοπούλου');
    await row.waitFor();
    await visible(page.getByText('Ενεργός λογαριασμός')).first().waitFor();
    expect(await page.getByText('Εκκρεμεί πρόσκληση').count()).toBe(0);
  });

  it('an expired or unknown invitation link shows a clear page, not an error', async () => {
    const { company, admin } = await createCustomer(server.db);
    const api = await loggedInClient(server.app, admin.email);
    const response = await api.post(`/api/companies/${company.id}/contacts`, {
      firstName: 'Γιώργος',
      lastName: 'Νικολάου',
      email: `giorgos-${Date.now()}@example.test`,
      role: 'member',
    });
    expect(response.statusCode).toBe(201);
    const { inviteUrl, person } = response.json();
    await server.db
      .update(userTokens)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(userTokens.userId, person.id));

    const page = await newPage(375);
    await page.goto(onServer(inviteUrl));
    await page.getByRole('heading', { name: 'Ο σύνδεσμος πρόσκλησης έληξε' }).waitFor();
    await page.getByText('Ζητήστε από το άτομο που σας προσκάλεσε').waitFor();
    expect(await page.getByRole('button', { name: 'Ενεργοποίηση λογαριασμού' }).count()).toBe(0);
    await noSidewaysScroll(page);
    await screenshot(page, 'invitation-expired');

    await page.goto(`${server.url}/invitation/this-link-does-not-exist`);
    await page.getByRole('heading', { name: 'Ο σύνδεσμος δεν είναι έγκυρος' }).waitFor();
    await page.goto(`${server.url}/invitation/x`);
    await page.getByRole('heading', { name: 'Ο σύνδεσμος δεν είναι έγκυρος' }).waitFor();
  });

  it('a company admin re-invites, makes admin and cannot demote the last admin', async () => {
    const company = await createCompany(server.db);
    const admin = await createUser(server.db, 'company_admin', {
      companyId: company.id,
      firstName: 'Σοφία',
      lastName: 'Αλεξίου',
    });
    await createUser(server.db, 'member', {
      companyId: company.id,
      firstName: 'Πέτρος',
      lastName: 'Δήμου',
    });
    const page = await logIn(admin.email, 375);
    await page.goto(`${server.url}/company/contacts`);
    await page.getByRole('button', { name: 'Ενέργειες για Πέτρος Δήμου' }).waitFor();
    await noSidewaysScroll(page);
    await screenshot(page, 'contacts');

    // Demoting the only administrator (herself) is refused, in words.
    await page.getByRole('button', { name: 'Ενέργειες για Σοφία Αλεξίου' }).click();
    await page.getByRole('menuitem', { name: 'Ορισμός ως μέλους' }).click();
    await page.getByRole('button', { name: 'Αλλαγή ρόλου' }).click();
    await page
      .getByText('Η επιχείρηση πρέπει να έχει πάντα τουλάχιστον έναν ενεργό διαχειριστή.')
      .waitFor();
    await screenshot(page, 'last-admin');
    await page.getByRole('button', { name: 'Άκυρο' }).click();
    expect(await page.getByText('Διαχειριστής επιχείρησης', { exact: true }).count()).toBe(1);

    // A member who never logged in can get a (new) link; then becomes an administrator.
    await page.getByRole('button', { name: 'Ενέργειες για Πέτρος Δήμου' }).click();
    await page.getByRole('menuitem', { name: 'Ορισμός ως διαχειριστή επιχείρησης' }).click();
    await page.getByRole('button', { name: 'Αλλαγή ρόλου' }).click();
    await expect
      .poll(() => page.getByText('Διαχειριστής επιχείρησης', { exact: true }).count())
      .toBe(2);
  });
});

describe('staff: companies, staff users and the audit log', () => {
  it('an admin finds a company, sees it at a glance, invites staff and reads the audit log', async () => {
    const { company } = await createCustomer(server.db);
    const page = await logIn(adminEmail);
    await page.goto(`${server.url}/staff/companies`);
    await page.getByRole('heading', { name: 'Επιχειρήσεις' }).waitFor();
    await page.getByRole('searchbox', { name: 'Αναζήτηση επιχείρησης' }).fill(company.legalName);
    await visible(page.getByRole('link', { name: company.legalName })).click();
    await page.waitForURL(/\/staff\/companies\/[\w-]+$/);
    for (const region of [
      'Στοιχεία επιχείρησης',
      'Επαφές',
      'Πακέτα support',
      'Πρόσφατα αιτήματα',
    ]) {
      await page.getByRole('region', { name: region }).waitFor();
    }
    await page
      .getByRole('region', { name: 'Επαφές' })
      .getByText('Διαχειριστής επιχείρησης')
      .waitFor();
    await screenshot(page, 'staff-company');

    await page.getByRole('button', { name: 'Αρχειοθέτηση' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Αρχειοθέτηση' }).click();
    await page.getByText('Η επιχείρηση είναι αρχειοθετημένη', { exact: false }).waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Επαναφορά' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Επαναφορά' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Αρχειοθέτηση' }).count()).toBe(1);

    await page.goto(`${server.url}/staff/users`);
    await page.getByRole('button', { name: 'Πρόσκληση χρήστη' }).click();
    const dialog = page.getByRole('dialog');
    await field(dialog, 'Όνομα').fill('Νίκος');
    await field(dialog, 'Επώνυμο').fill('Αγγέλου');
    await field(dialog, 'Email').fill(`nikos-${Date.now()}@support.test`);
    await dialog.getByRole('radio', { name: 'Τεχνικός υποστήριξης' }).check();
    await dialog.getByRole('button', { name: 'Αποστολή πρόσκλησης' }).click();
    await dialog.getByLabel('Σύνδεσμος πρόσκλησης').waitFor();
    await dialog.getByRole('button', { name: 'Κλείσιμο' }).first().click();
    await page.getByText('Νίκος Αγγέλου').waitFor();
    await screenshot(page, 'staff-users');

    await page.goto(`${server.url}/staff/audit`);
    await visible(page.getByText('Αρχειοθέτηση επιχείρησης')).first().waitFor();
    await visible(page.getByText('Πρόσκληση χρήστη προσωπικού')).first().waitFor();
    const csv = page.getByRole('link', { name: 'Εξαγωγή CSV' });
    expect(await csv.getAttribute('href')).toBe('/api/audit.csv');
    await page.getByRole('combobox', { name: 'Είδος' }).click();
    await page.getByRole('option', { name: 'Επιχειρήσεις' }).click();
    await expect.poll(() => csv.getAttribute('href')).toBe('/api/audit.csv?action=company');
    await expect.poll(() => visible(page.getByText('Πρόσκληση χρήστη προσωπικού')).count()).toBe(0);
    await visible(page.getByRole('button', { name: 'Λεπτομέρειες' }))
      .first()
      .click();
    await visible(page.getByText('"legalName"', { exact: false }))
      .first()
      .waitFor();
    await screenshot(page, 'audit');
  });
});
