import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { TEST_PASSWORD } from '../../test/support/factories.js';
import { launchBrowser } from './browser.js';
import { type E2eServer, startE2eServer } from './e2e-server.js';

export interface Journey {
  /** The server of this test file (set once beforeAll has run). */
  readonly server: E2eServer;
  /** A page in a new browser context (its own cookies), Greek, at this width. */
  newPage(width?: number): Promise<Page>;
  /** A new page, logged in through the form as this user (password TEST_PASSWORD). */
  signedIn(email: string, width?: number): Promise<Page>;
}

/** Starts a fresh server and a browser for the test file, and stops both after it. */
export function useJourney(serverOptions: Parameters<typeof startE2eServer>[0] = {}): Journey {
  let server: E2eServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(serverOptions), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  async function newPage(width = 1280): Promise<Page> {
    if (!browser) throw new Error('the browser starts in beforeAll');
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'el-GR' });
    return context.newPage();
  }
  return {
    get server() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server;
    },
    newPage,
    async signedIn(email, width = 1280) {
      const page = await newPage(width);
      await page.goto(`${server!.url}/login`);
      await fillLogin(page, email, TEST_PASSWORD);
      await page.waitForURL((url) => url.pathname !== '/login');
      return page;
    },
  };
}

/** Fills the login form and presses its «Σύνδεση» button. */
export async function fillLogin(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Κωδικός πρόσβασης', { exact: true }).fill(password);
  await page.locator('form').getByRole('button', { name: 'Σύνδεση', exact: true }).click();
}

/**
 * Answers the app's «Επιβεβαίωση ταυτότητας» dialog (shown when a sensitive change
 * comes more than ten minutes after signing in) with the password.
 */
export async function confirmIdentityWithPassword(page: Page, password = TEST_PASSWORD) {
  const dialog = page.getByRole('dialog', { name: 'Επιβεβαίωση ταυτότητας' });
  await dialog.getByRole('textbox', { name: 'Κωδικός πρόσβασης', exact: true }).fill(password);
  await dialog.getByRole('button', { name: 'Επιβεβαίωση', exact: true }).click();
}
