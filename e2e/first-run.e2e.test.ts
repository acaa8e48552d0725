import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SETUP_CODE } from '../test/support/test-app.js';
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

describe('first run (the setup code) and logging in through «Λογαριασμός»', () => {
  it('sets up the first admin with the code, logs out, and logs in again through «Λογαριασμός» → «Σύνδεση»', async () => {
    const page = await newPage();
    await page.goto(server.url);
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
    await page.waitForURL(/\/staff$/);

    await page.getByRole('button', { name: 'Λογαριασμός' }).click();
    await page.getByRole('menuitem', { name: 'Αποσύνδεση' }).click();
    await page.waitForURL((url) => url.pathname === '/');

    await page.getByRole('button', { name: 'Λογαριασμός' }).click();
    await page.getByRole('menuitem', { name: 'Σύνδεση' }).click();
    await page.waitForURL(/\/login/);
    await fillLogin(page, 'admin@example.test', 'a long admin password');
    await page.waitForURL(/\/staff$/);
    await expect.poll(() => page.getByRole('button', { name: 'Κονσόλα' }).count()).toBe(1);

    // The setup screen is gone for good.
    await page.goto(`${server.url}/setup`);
    await page.waitForURL((url) => url.pathname !== '/setup');
  });
});
