import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createUser, TEST_PASSWORD } from '../test/support/factories.js';
import {
  smtpWorkerFor,
  startTestSmtpServer,
  type TestSmtpServer,
} from '../test/support/test-smtp.js';
import { fillLogin, useJourney } from './support/journey.js';

const journey = useJourney();
const NEW_PASSWORD = 'καινούργιος κωδικός 2026';
let smtp: TestSmtpServer;
let deliver: () => Promise<void>;

beforeAll(async () => {
  await createUser(journey.server.db, 'admin');
  smtp = await startTestSmtpServer();
  deliver = smtpWorkerFor(journey.server, smtp).deliver;
});
afterAll(() => smtp.close());

/** The reset link of the newest email to an address, pointed at this test's server. */
function resetLinkFor(email: string): string {
  const text = smtp.to(email).at(-1)?.text ?? '';
  const path = /https?:\/\/[^/\s]+(\/reset-password\/[\w-]+)/.exec(text)?.[1];
  if (!path) throw new Error(`no reset link in: ${text}`);
  return `${journey.server.url}${path}`;
}

describe('«Ξέχασα τον κωδικό μου» (forgotten password)', () => {
  it('sends a link from the login form; the new password signs the person in, the link then shows as used', async () => {
    const { member } = await createCustomer(journey.server.db);
    const page = await journey.newPage();
    await page.goto(`${journey.server.url}/login`);
    await page.getByRole('link', { name: 'Ξέχασα τον κωδικό μου' }).click();
    await page.waitForURL(/\/forgot-password$/);
    // The page is its own chunk: the login form stays on screen until it has loaded.
    await page.getByRole('heading', { name: 'Ξέχασα τον κωδικό μου' }).waitFor();
    await page.getByLabel('Email').fill(member.email);
    await page.getByRole('button', { name: 'Αποστολή συνδέσμου' }).click();
    await page.getByText('Ελέγξτε το email σας').waitFor();
    await deliver();
    expect(smtp.to(member.email)).toHaveLength(1);
    expect(smtp.to(member.email)[0]!.subject).toBe('Επαναφορά κωδικού πρόσβασης — Aitima');

    const link = resetLinkFor(member.email);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Νέος κωδικός πρόσβασης' }).waitFor();
    await page.getByLabel('Νέος κωδικός πρόσβασης').fill(NEW_PASSWORD);
    await page.getByLabel('Επιβεβαίωση κωδικού').fill('κάτι άλλο εντελώς');
    await page.getByRole('button', { name: 'Αποθήκευση και σύνδεση' }).click();
    await page.getByText('Οι δύο κωδικοί δεν είναι ίδιοι.').waitFor();
    await page.getByLabel('Επιβεβαίωση κωδικού').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Αποθήκευση και σύνδεση' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { name: 'Κεντρική οθόνη' }).waitFor();

    // The link worked once: opened again it says so and offers a new one.
    const again = await journey.newPage();
    await again.goto(link);
    await again.getByText('Ο σύνδεσμος δεν ισχύει').waitFor();
    expect(await again.getByRole('link', { name: 'Νέος σύνδεσμος επαναφοράς' }).count()).toBe(1);

    // The old password no longer works; the new one does.
    await again.goto(`${journey.server.url}/login`);
    await fillLogin(again, member.email, TEST_PASSWORD);
    await again.getByText('Λάθος email ή κωδικός πρόσβασης.').waitFor();
    await fillLogin(again, member.email, NEW_PASSWORD);
    await again.waitForURL((url) => url.pathname === '/');
  });

  it('answers the same for an address with no account, and sends nothing', async () => {
    const page = await journey.newPage();
    await page.goto(`${journey.server.url}/forgot-password`);
    await page.getByLabel('Email').fill('kanenas@example.test');
    await page.getByRole('button', { name: 'Αποστολή συνδέσμου' }).click();
    await page.getByText('Ελέγξτε το email σας').waitFor();
    await deliver();
    expect(smtp.to('kanenas@example.test')).toHaveLength(0);
  });

  it('shows the emails to an admin at «Email» in the console, readable there', async () => {
    const admin = await createUser(journey.server.db, 'admin');
    const { member } = await createCustomer(journey.server.db);
    const page = await journey.newPage();
    await page.goto(`${journey.server.url}/forgot-password`);
    await page.getByLabel('Email').fill(member.email);
    await page.getByRole('button', { name: 'Αποστολή συνδέσμου' }).click();
    await page.getByText('Ελέγξτε το email σας').waitFor();
    await deliver();

    const adminPage = await journey.newPage();
    await adminPage.goto(`${journey.server.url}/login`);
    await fillLogin(adminPage, admin.email, TEST_PASSWORD);
    await adminPage.waitForURL((url) => !url.pathname.startsWith('/login'));
    await adminPage.getByRole('button', { name: 'Κονσόλα' }).click();
    await adminPage.getByRole('menuitem', { name: 'Email' }).click();
    await adminPage.waitForURL(/\/staff\/emails$/);
    const row = adminPage.getByTestId('email-row').filter({ hasText: member.email });
    await row.waitFor();
    // The journey's server has no SMTP configured, and says so; but this email went out
    // over SMTP (the test delivers through its own worker), and each email says how it left.
    await adminPage.getByText('Δεν έχει ρυθμιστεί SMTP').waitFor();
    expect(await row.getByText('Στάλθηκε').count()).toBe(1);
    expect(await row.getByText('Αποθηκεύτηκε (.eml)').count()).toBe(0);
    await row.getByRole('button', { name: 'Προβολή' }).click();
    await adminPage.getByTestId('email-preview-subject').waitFor();
    expect(await adminPage.getByTestId('email-preview-subject').textContent()).toBe(
      'Επαναφορά κωδικού πρόσβασης — Aitima',
    );
  });
});
