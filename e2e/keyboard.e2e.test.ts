import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loggedInClient } from '../test/support/api-client.js';
import {
  createCustomer,
  createSubscription,
  createUser,
  TEST_PASSWORD,
} from '../test/support/factories.js';
import { openTicketAs } from '../test/support/tickets.js';
import { useJourney } from './support/journey.js';

const journey = useJourney();
let email: string;

beforeAll(async () => {
  await createUser(journey.server.db, 'admin');
  const { company, admin } = await createCustomer(journey.server.db);
  await createSubscription(journey.server.db, company.id, { name: 'Support Basic' });
  email = admin.email;
});

/** What a screen reader would call the focused element: its aria-label, its label, or its text. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    const labelled = element.getAttribute('aria-labelledby');
    const byId = labelled && document.getElementById(labelled.split(' ')[0]!)?.textContent;
    const label = (element as HTMLInputElement).labels?.[0]?.textContent;
    return (element.getAttribute('aria-label') ?? byId ?? label ?? element.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
  });
}

/** Presses Tab until the element with this name has the focus (a keyboard user's only way). */
async function tabTo(page: Page, name: string | RegExp): Promise<void> {
  const seen: string[] = [];
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    const focused = await focusedName(page);
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
    seen.push(focused);
  }
  throw new Error(`Tab never reached «${name}»; it went through: ${seen.join(' → ')}`);
}

describe('with the keyboard alone (no mouse)', () => {
  it('staff start a task on a ticket and close it through its dialog', async () => {
    const agent = await createUser(journey.server.db, 'agent');
    const { company, member } = await createCustomer(journey.server.db);
    const { subscription } = await createSubscription(journey.server.db, company.id);
    const number = await openTicketAs(await loggedInClient(journey.server.app, member.email), {
      subject: 'Αργεί το VPN',
      subscriptionId: subscription.id,
    });
    const page = await journey.newPage();
    await page.goto(`${journey.server.url}/login`);
    await tabTo(page, /^Email/);
    await page.keyboard.type(agent.email);
    await tabTo(page, /^Κωδικός πρόσβασης/);
    await page.keyboard.type(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/staff\/tickets$/);
    await page.goto(`${journey.server.url}/tickets/${number}`);
    await page.getByText('Αργεί το VPN').first().waitFor();

    await tabTo(page, /^Περιγραφή εργασίας/);
    await page.keyboard.type('Έλεγχος του VPN');
    await tabTo(page, 'Έναρξη εργασίας');
    await page.keyboard.press('Enter');
    await page.getByRole('status', { name: 'Η εργασία σας σε εξέλιξη' }).waitFor();

    await tabTo(page, 'Κλείσιμο αιτήματος');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // The dialog holds the focus: Tab stays inside it, and reaches its own button.
    await tabTo(page, 'Κλείσιμο αιτήματος');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Κλειστό', { exact: true }).filter({ visible: true }).first().waitFor();
  });

  it('a customer logs in, submits a request and replies to it', async () => {
    const page = await journey.newPage();
    await page.goto(journey.server.url);

    await tabTo(page, 'Σύνδεση');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/login/);
    await tabTo(page, /^Email/);
    await page.keyboard.type(email);
    await tabTo(page, /^Κωδικός πρόσβασης/);
    await page.keyboard.type(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { name: 'Κεντρική οθόνη' }).waitFor();

    await tabTo(page, 'Υποβολή αιτήματος');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tickets\/new$/);
    await tabTo(page, /^Θέμα/);
    await page.keyboard.type('Δεν ανοίγει το e-shop');
    await tabTo(page, /^Πακέτο support/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page
          .locator('input')
          .and(page.getByLabel('Πακέτο support', { exact: true }))
          .inputValue(),
      )
      .toMatch(/^Support Basic/);
    await tabTo(page, /^Περιγραφή/);
    await page.keyboard.type('Βγάζει σφάλμα 500 από το πρωί.');
    await tabTo(page, 'Υποβολή αιτήματος');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tickets\/\d+$/);
    await page.getByText('Βγάζει σφάλμα 500 από το πρωί.').waitFor();

    await tabTo(page, /^Το μήνυμά σας/);
    await page.keyboard.type('Ξέχασα: και στο κινητό.');
    await tabTo(page, 'Απάντηση');
    await page.keyboard.press('Enter');
    await page.getByText('Ξέχασα: και στο κινητό.').waitFor();
  });
});
