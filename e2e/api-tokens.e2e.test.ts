import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiTokens } from '../src/server/db/schema.js';
import { createCustomer, createUser } from '../test/support/factories.js';
import { ageSessionsOf } from '../test/support/sessions.js';
import { confirmIdentityWithPassword, useJourney } from './support/journey.js';

const journey = useJourney();

let adminEmail: string;
// With no administrator yet, every page leads to the first-run setup.
beforeAll(async () => {
  adminEmail = (await createUser(journey.server.db, 'admin')).email;
});

describe('«Κλειδιά API» on the profile', () => {
  it('creates a personal key, shows it once, and revokes it', async () => {
    const { admin } = await createCustomer(journey.server.db);
    const page = await journey.signedIn(admin.email);
    await page.goto(`${journey.server.url}/profile`);
    const section = page.getByRole('region', { name: 'Κλειδιά API' });
    await section.getByText('Δεν υπάρχουν κλειδιά ακόμη.').waitFor();

    await section.getByRole('button', { name: 'Νέο κλειδί' }).click();
    const form = page.getByRole('dialog', { name: 'Νέο κλειδί API' });
    await form.getByLabel('Όνομα').fill('Τιμολόγηση');
    await form
      .getByRole('group', { name: 'Αιτήματα' })
      .getByText('Εγγραφή', { exact: true })
      .click();
    // Ten minutes after signing in, creating the key first asks who it is, then goes on.
    await ageSessionsOf(journey.server.db, admin.id);
    await form.getByRole('button', { name: 'Δημιουργία κλειδιού' }).click();
    await confirmIdentityWithPassword(page);

    const created = page.getByRole('dialog', { name: 'Το κλειδί δημιουργήθηκε' });
    const secret = (await created.getByTestId('created-token-secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^aitima_pat_/);
    await created.getByRole('button', { name: 'Το αντέγραψα' }).click();
    await created.waitFor({ state: 'hidden' });

    // The key works, and the page never shows it again.
    const answer = await fetch(`${journey.server.url}/api/tickets`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(answer.status).toBe(200);
    const rows = section.getByTestId('api-token-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Τιμολόγηση');
    expect(await page.content()).not.toContain(secret);

    await rows.first().getByRole('button', { name: 'Ανάκληση του κλειδιού «Τιμολόγηση»' }).click();
    const confirm = page.getByRole('dialog', { name: 'Ανάκληση κλειδιού' });
    await confirm.getByRole('button', { name: 'Ανάκληση' }).click();
    await page.getByText('Το κλειδί ανακλήθηκε.').waitFor();
    await rows.first().getByText('Ανακλήθηκε').waitFor();

    const [stored] = await journey.server.db
      .select()
      .from(apiTokens)
      .where(eq(apiTokens.userId, admin.id));
    expect(stored?.revokedAt).not.toBeNull();
    const refused = await fetch(`${journey.server.url}/api/tickets`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(refused.status).toBe(401);
  });
});

describe('«Κλειδιά API» in the console', () => {
  it('makes a service key acting as a contact of a company, within that company', async () => {
    const { company, admin: contact } = await createCustomer(journey.server.db);
    const page = await journey.signedIn(adminEmail);
    await page.goto(`${journey.server.url}/staff/api-tokens`);
    await page.getByRole('heading', { name: 'Κλειδιά API υπηρεσιών', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Νέο κλειδί' }).click();

    const form = page.getByRole('dialog', { name: 'Νέο κλειδί API' });
    await form.getByRole('combobox', { name: 'Επιχείρηση', exact: true }).click();
    await page.getByRole('option', { name: company.legalName }).click();
    await form.getByRole('combobox', { name: 'Ενεργεί ως', exact: true }).click();
    await page
      .getByRole('option', { name: 'Μαρία Παπαδοπούλου (Διαχειριστής επιχείρησης)' })
      .click();
    await form.getByRole('combobox', { name: 'Ρόλος (το πολύ)', exact: true }).click();
    await page.getByRole('option', { name: 'Διαχειριστής επιχείρησης' }).click();
    await form.getByLabel('Όνομα', { exact: true }).fill('Monitoring');
    await form
      .getByRole('group', { name: 'Αιτήματα' })
      .getByText('Εγγραφή', { exact: true })
      .click();
    await form.getByRole('button', { name: 'Δημιουργία κλειδιού' }).click();

    const created = page.getByRole('dialog', { name: 'Το κλειδί δημιουργήθηκε' });
    const secret = (await created.getByTestId('created-token-secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^aitima_svc_/);
    await created.getByRole('button', { name: 'Το αντέγραψα' }).click();
    const row = page.getByTestId('api-token-row').filter({ hasText: 'Monitoring' });
    await row.waitFor();
    expect(await row.textContent()).toContain(company.legalName);

    const opened = await fetch(`${journey.server.url}/api/tickets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ subject: 'Από το monitoring', description: 'Ο server δεν απαντά.' }),
    });
    expect(opened.status).toBe(201);
    const [stored] = await journey.server.db
      .select()
      .from(apiTokens)
      .where(eq(apiTokens.userId, contact.id));
    expect(stored?.kind).toBe('service');
  });
});
