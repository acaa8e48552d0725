import { describe, expect, it } from 'vitest';
import { TEST_SETUP_CODE } from '../test/support/test-app.js';
import { fillLogin, useJourney } from './support/journey.js';

const journey = useJourney();

describe('first run (the setup code) and logging in through «Λογαριασμός»', () => {
  it('sets up the first admin with the code, logs out, and logs in again through «Λογαριασμός» → «Σύνδεση»', async () => {
    const page = await journey.newPage();
    await page.goto(journey.server.url);
    await page.waitForURL(/\/setup$/);

    await page.getByLabel('Κωδικός ρύθμισης').fill('WRONG-CODE');
    await page.getByLabel('Όνομα', { exact: true }).fill('Γιώργος');
    await page.getByLabel('Επώνυμο').fill('Αλεξίου');
    await page.getByLabel('Email').fill('admin@example.test');
    await page.getByLabel('Κωδικός πρόσβασης', { exact: true }).fill('a long admin password');
    await page.getByLabel('Επιβεβαίωση κωδικού πρόσβασης').fill('a long admin password');
    await page.getByRole('button', { name: 'Δημιουργία διαχειριστή' }).click();
    // A wrong code is refused and nothing typed is lost.
    await expect
      .poll(() => page.getByText('Ο κωδικός ρύθμισης δεν είναι σωστός.').count())
      .toBeGreaterThan(0);
    expect(page.url()).toMatch(/\/setup$/);
    expect(await page.getByLabel('Email').inputValue()).toBe('admin@example.test');

    await page.getByLabel('Κωδικός ρύθμισης').fill(TEST_SETUP_CODE);
    await page.getByRole('button', { name: 'Δημιουργία διαχειριστή' }).click();
    await page.waitForURL(/\/staff\/tickets$/);

    await page.getByRole('button', { name: 'Λογαριασμός' }).click();
    await page.getByRole('menuitem', { name: 'Αποσύνδεση' }).click();
    await page.waitForURL((url) => url.pathname === '/');

    await page.getByRole('button', { name: 'Λογαριασμός' }).click();
    await page.getByRole('menuitem', { name: 'Σύνδεση' }).click();
    await page.waitForURL(/\/login/);
    await fillLogin(page, 'admin@example.test', 'a long admin password');
    await page.waitForURL(/\/staff\/tickets$/);
    await expect.poll(() => page.getByRole('button', { name: 'Κονσόλα' }).count()).toBe(1);

    // The setup screen is gone for good.
    await page.goto(`${journey.server.url}/setup`);
    await page.waitForURL((url) => url.pathname !== '/setup');
  });
});
