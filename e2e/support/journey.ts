import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { type E2eServer, startE2eServer } from './e2e-server.js';

export interface Journey {
  /** The server of this test file (set once beforeAll has run). */
  readonly server: E2eServer;
  /** A page in a new browser context (its own cookies), Greek, at this width. */
  newPage(width?: number): Promise<Page>;
}

/** Starts a fresh server and a browser for the test file, and stops both after it. */
export function useJourney(): Journey {
  let server: E2eServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server;
    },
    async newPage(width = 1280) {
      if (!browser) throw new Error('the browser starts in beforeAll');
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        locale: 'el-GR',
      });
      return context.newPage();
    },
  };
}

/** Fills the login form and presses its «Σύνδεση» button. */
export async function fillLogin(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Κωδικός πρόσβασης', { exact: true }).fill(password);
  await page.locator('form').getByRole('button', { name: 'Σύνδεση', exact: true }).click();
}
