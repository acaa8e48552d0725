import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createUser, TEST_PASSWORD } from '../test/support/factories.js';
import { launchBrowser } from './support/browser.js';
import { type E2eServer, startE2eServer } from './support/e2e-server.js';

let server: E2eServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newPage(width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'el-GR' });
  return context.newPage();
}

async function fillLogin(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Κωδικός πρόσβασης', { exact: true }).fill(password);
  await page.locator('form').getByRole('button', { name: 'Σύνδεση', exact: true }).click();
}

describe('logging in (manual: «Είσοδος στη πλατφόρμα»)', () => {
  beforeAll(async () => {
    // An instance that is set up already: otherwise every page leads to /setup.
    await createUser(server.db, 'admin');
  });

  it('logs a customer in through the «Σύνδεση» button onto the central screen', async () => {
    const { admin } = await createCustomer(server.db);
    const page = await newPage();
    await page.goto(server.url);
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
    const { member } = await createCustomer(server.db);
    const page = await newPage(375);
    await page.goto(`${server.url}/login`);
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
});
