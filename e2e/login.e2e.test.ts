import { beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createUser, TEST_PASSWORD } from '../test/support/factories.js';
import { fillLogin, useJourney } from './support/journey.js';

const journey = useJourney();

describe('logging in (manual: «Είσοδος στη πλατφόρμα»)', () => {
  beforeAll(async () => {
    // An instance that is set up already: otherwise every page leads to /setup.
    await createUser(journey.server.db, 'admin');
  });

  it('logs a customer in through the «Σύνδεση» button onto the central screen', async () => {
    const { admin } = await createCustomer(journey.server.db);
    const page = await journey.newPage();
    await page.goto(journey.server.url);
    await page.getByRole('button', { name: 'Σύνδεση', exact: true }).first().click();
    await page.waitForURL(/\/login/);

    await fillLogin(page, admin.email, 'not the password');
    await expect.poll(() => page.getByText('Λάθος email ή κωδικός πρόσβασης.').count()).toBe(1);
    expect(await page.getByLabel('Email').inputValue()).toBe(admin.email);

    await fillLogin(page, admin.email, TEST_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => page.getByRole('heading', { name: 'Κεντρική οθόνη' }).count()).toBe(1);
    for (const panel of [
      'Στοιχεία επιχείρησης',
      'Επαφές',
      'Ενεργό πακέτο support',
      'Πρόσφατα αιτήματα',
      'Προηγούμενες εργασίες',
      'Ενεργές εργασίες',
    ]) {
      expect(await page.getByRole('region', { name: panel }).count(), panel).toBe(1);
    }
    await expect
      .poll(() => page.getByRole('button', { name: 'Υποβολή αιτήματος' }).count())
      .toBeGreaterThan(0);
  });

  it('works on a 375 px phone through the menu button', async () => {
    const { member } = await createCustomer(journey.server.db);
    const page = await journey.newPage(375);
    await page.goto(`${journey.server.url}/login`);
    await fillLogin(page, member.email, TEST_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    // The header settles once the central screen is shown; a click before that can be lost.
    await page.getByRole('heading', { name: 'Κεντρική οθόνη' }).waitFor();
    await page.getByRole('button', { name: 'Άνοιγμα μενού' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Υποβολή αιτήματος' }).count())
      .toBeGreaterThan(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('leads a customer back to «Κεντρική οθόνη» from the phone menu', async () => {
    const { member } = await createCustomer(journey.server.db);
    const page = await journey.signedIn(member.email, 375);
    await page.goto(`${journey.server.url}/tickets`);
    await page.getByRole('heading', { name: 'Αιτήματα' }).first().waitFor();
    await page.getByRole('button', { name: 'Άνοιγμα μενού' }).click();
    await page.getByRole('button', { name: 'Υποστήριξη' }).click();
    await page.getByRole('menuitem', { name: 'Κεντρική οθόνη' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => page.getByRole('heading', { name: 'Κεντρική οθόνη' }).count()).toBe(1);
  });
});
