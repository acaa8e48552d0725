import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createUser, TEST_PASSWORD } from '../test/support/factories.js';
import { ageSessionsOf } from '../test/support/sessions.js';
import {
  smtpWorkerFor,
  startTestSmtpServer,
  type TestSmtpServer,
} from '../test/support/test-smtp.js';
import { confirmIdentityWithPassword, fillLogin, useJourney } from './support/journey.js';

const journey = useJourney();
let smtp: TestSmtpServer;
let deliver: () => Promise<void>;

beforeAll(async () => {
  await createUser(journey.server.db, 'admin');
  smtp = await startTestSmtpServer();
  deliver = smtpWorkerFor(journey.server, smtp).deliver;
});
afterAll(() => smtp.close());

describe('«Αλλαγή email» on the profile', () => {
  it('asks who it is, emails a link to the new address, and the link makes it the sign-in email', async () => {
    const { member } = await createCustomer(journey.server.db);
    const newEmail = `maria.nea-${Date.now()}@example.gr`;
    const page = await journey.signedIn(member.email);
    // Ten minutes after signing in: the change asks for the password first, then goes on.
    await ageSessionsOf(journey.server.db, member.id);
    await page.goto(`${journey.server.url}/profile`);
    const section = page.getByRole('region', { name: 'Email σύνδεσης' });
    await section.getByRole('button', { name: 'Αλλαγή email' }).click();
    const dialog = page.getByRole('dialog', { name: 'Αλλαγή email' });
    await dialog.getByLabel('Νέο email').fill(newEmail);
    await dialog.getByRole('button', { name: 'Αποστολή συνδέσμου' }).click();
    await confirmIdentityWithPassword(page);
    await section.getByText(`Στείλαμε σύνδεσμο επιβεβαίωσης στο ${newEmail}`).waitFor();

    await deliver();
    expect(smtp.to(member.email).at(-1)?.subject).toBe('Ζητήθηκε αλλαγή του email σας — Aitima');
    const text = smtp.to(newEmail).at(-1)?.text ?? '';
    const path = /https?:\/\/[^/\s]+(\/confirm-email\/[\w-]+)/.exec(text)?.[1];
    if (!path) throw new Error(`no confirmation link in: ${text}`);

    // Opened on another device, not signed in.
    const other = await journey.newPage();
    await other.goto(`${journey.server.url}${path}`);
    await other.getByRole('heading', { name: 'Επιβεβαίωση νέου email' }).waitFor();
    await other.getByRole('button', { name: 'Επιβεβαίωση αλλαγής' }).click();
    await other.getByText(`Στο εξής συνδέεστε με το ${newEmail}.`).waitFor();

    // Every session of the account ended; the new address signs in, the old one no longer does.
    await other.getByRole('link', { name: 'Μετάβαση στη σύνδεση' }).click();
    await other.waitForURL(/\/login$/);
    await fillLogin(other, member.email, TEST_PASSWORD);
    await other.getByText('Λάθος email ή κωδικός πρόσβασης.').waitFor();
    await fillLogin(other, newEmail, TEST_PASSWORD);
    await other.waitForURL((url) => url.pathname === '/');
    await other.goto(`${journey.server.url}/profile`);
    await other.getByRole('region', { name: 'Email σύνδεσης' }).getByText(newEmail).waitFor();
    const oldSession = await page.evaluate(async () => (await fetch('/api/me')).status);
    expect(oldSession).toBe(401);
  });
});
