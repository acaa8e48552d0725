import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../test/support/factories.js';
import { openTicketAs } from '../test/support/tickets.js';
import { fillLogin, useJourney } from './support/journey.js';
import { type SampleCompany, seedSampleCompany } from './support/sample-company.js';

/**
 * Issue 15, «A thread that reads like a chat»: the conversation first, details and
 * tasks beside it (wide) or behind «Λεπτομέρειες» (phone), consecutive status lines
 * folded, the reply at hand, and a live message that never pulls the page away
 * from what the reader is reading.
 */
const journey = useJourney();
let sample: SampleCompany;

beforeAll(async () => {
  sample = await seedSampleCompany(journey.server, 'Ο διακομιστής αρχείων δεν απαντά');
});

/** Whether the element lies wholly inside the window. */
function isInView(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  });
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Signed in through the form, with the page's live stream open (live updates arrive). */
async function signedInWithLiveStream(email: string, width: number): Promise<Page> {
  const page = await journey.newPage(width);
  const streamOpened = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/api/live',
  );
  await page.goto(`${journey.server.url}/login`);
  await fillLogin(page, email, TEST_PASSWORD);
  await page.waitForURL((url) => url.pathname !== '/login');
  expect((await streamOpened).status()).toBe(200);
  return page;
}

describe('the ticket as a chat', () => {
  for (const who of ['customer', 'staff'] as const) {
    it(`on a 375×667 px phone, ${who} see the first message and the reply action in the first screenful; details wait behind a toggle`, async () => {
      const email = who === 'customer' ? sample.customerEmail : sample.adminEmail;
      const page = await journey.signedIn(email, 375);
      // A phone's screen is shorter than the journeys' 900 px window.
      await page.setViewportSize({ width: 375, height: 667 });
      await page.goto(`${journey.server.url}/tickets/${sample.ticketNumber}`);
      const first = page.getByText('Από το πρωί δεν έρχονται μηνύματα.');
      await first.waitFor();
      expect(await isInView(first)).toBe(true);
      // The reply's text box itself, or the pinned «Γράψτε απάντηση» that brings it up.
      const send = page.getByRole('textbox', { name: 'Το μήνυμά σας' });
      const shortcut = page.getByRole('button', { name: 'Γράψτε απάντηση' });
      await expect
        .poll(async () => (await isInView(send)) || (await shortcut.isVisible()))
        .toBe(true);
      // Tasks and details are one tap away, not in front of the conversation.
      expect(await region(page, 'Εργασίες').isVisible()).toBe(false);
      const toggle = page.getByRole('button', { name: 'Λεπτομέρειες', exact: true });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.click();
      await region(page, 'Εργασίες').getByText('Έλεγχος ρυθμίσεων').waitFor();
      await region(page, 'Λεπτομέρειες αιτήματος').getByText('Support Basic').waitFor();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await page.context().close();
    });
  }

  it('a pinned «Γράψτε απάντηση» on a phone brings up the reply box with the cursor in it', async () => {
    const number = await openTicketAs(sample.customer, {
      subject: 'Πολλά μηνύματα',
      subscriptionId: sample.subscriptionId,
    });
    for (let index = 1; index <= 8; index++) {
      await sample.agent.post(`/api/tickets/${number}/messages`, {
        body: `Ενημέρωση ${index}: ${'Ελέγξαμε και αυτό το σημείο του δικτύου. '.repeat(4)}`,
      });
    }
    const page = await journey.signedIn(sample.customerEmail, 375);
    await page.goto(`${journey.server.url}/tickets/${number}`);
    // Opens at the bottom, as a chat: the newest message is in view.
    const newest = page.getByText(/^Ενημέρωση 8:/);
    await newest.waitFor();
    await expect.poll(() => isInView(newest)).toBe(true);
    const shortcut = page.getByRole('button', { name: 'Γράψτε απάντηση' });
    await shortcut.click();
    const box = page.getByRole('textbox', { name: 'Το μήνυμά σας' });
    await expect
      .poll(() => box.evaluate((element) => element === document.activeElement))
      .toBe(true);
    await expect.poll(() => isInView(box)).toBe(true);
    await shortcut.waitFor({ state: 'hidden' });
    await page.context().close();
  });

  it('consecutive status lines fold into one, which opens to the full list', async () => {
    const number = await openTicketAs(sample.customer, {
      subject: 'Αλλαγές κατάστασης',
      subscriptionId: sample.subscriptionId,
    });
    await sample.agent.patch(`/api/tickets/${number}`, { status: 'in_progress' });
    await sample.agent.patch(`/api/tickets/${number}`, { priority: 'high' });
    await sample.agent.patch(`/api/tickets/${number}`, { status: 'waiting_customer' });
    const page = await journey.signedIn(sample.adminEmail, 1280);
    await page.goto(`${journey.server.url}/tickets/${number}`);
    const run = page.getByRole('button', { name: 'Ανοιχτό → Σε εξέλιξη → Αναμονή πελάτη' });
    await run.waitFor();
    expect(await page.getByTestId('thread-event-run').count()).toBe(1);
    const line = page.getByText('Η προτεραιότητα άλλαξε σε «Υψηλή»');
    expect(await line.isVisible()).toBe(false);
    await run.click();
    await line.waitFor();
    await page.getByText('Η κατάσταση άλλαξε σε «Σε εξέλιξη»').waitFor();
    await page.getByText('Η κατάσταση άλλαξε σε «Αναμονή πελάτη»').waitFor();
    expect(await run.getAttribute('aria-expanded')).toBe('true');

    // The customer reads the same run in their own words.
    const customer = await journey.signedIn(sample.customerEmail, 375);
    await customer.goto(`${journey.server.url}/tickets/${number}`);
    await customer
      .getByRole('button', { name: 'Ανοιχτό → Σε εξέλιξη → Αναμονή απάντησής σας' })
      .waitFor();
    await customer.context().close();
    await page.context().close();
  });

  it('staff at 1280 px find the side panel open beside the conversation, and can close it', async () => {
    const page = await journey.signedIn(sample.adminEmail, 1280);
    await page.goto(`${journey.server.url}/tickets/${sample.ticketNumber}`);
    const manage = region(page, 'Διαχείριση');
    await manage.getByRole('button', { name: 'Κλείσιμο αιτήματος' }).waitFor();
    await region(page, 'Εργασίες').getByText('Έλεγχος ρυθμίσεων').waitFor();
    // Beside the thread, not above it: the panel starts to the right of the first message.
    const thread = region(page, 'Συνομιλία');
    const threadBox = await thread.boundingBox();
    const panelBox = await manage.boundingBox();
    expect(panelBox!.x).toBeGreaterThanOrEqual(threadBox!.x + threadBox!.width);
    const toggle = page.getByRole('button', { name: 'Λεπτομέρειες', exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await toggle.click();
    await manage.waitFor({ state: 'hidden' });
    await page.context().close();
  });

  it('a message that arrives while the reader is higher up shows «Νέο μήνυμα» without moving the view; at the end it scrolls into view', async () => {
    const number = await openTicketAs(sample.customer, {
      subject: 'Μακριά συνομιλία',
      subscriptionId: sample.subscriptionId,
    });
    for (let index = 1; index <= 8; index++) {
      await sample.agent.post(`/api/tickets/${number}/messages`, {
        body: `Βήμα ${index}: ${'Δοκιμάσαμε ξανά τη σύνδεση με τον διακομιστή. '.repeat(4)}`,
      });
    }
    const page = await signedInWithLiveStream(sample.customerEmail, 375);
    await page.goto(`${journey.server.url}/tickets/${number}`);
    await page.getByText(/^Βήμα 8:/).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);

    await sample.agent.post(`/api/tickets/${number}/messages`, { body: 'Νέα απάντηση εν ώρα.' });
    const mark = page.getByRole('button', { name: 'Νέο μήνυμα' });
    await mark.waitFor({ timeout: 15_000 });
    const arrived = page.getByText('Νέα απάντηση εν ώρα.');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await isInView(arrived)).toBe(false);
    await mark.click();
    await expect.poll(() => isInView(arrived)).toBe(true);
    await mark.waitFor({ state: 'hidden' });

    // Now at the end of the thread: the next message comes into view by itself, no mark.
    await sample.agent.post(`/api/tickets/${number}/messages`, {
      body: `Και μία ακόμη. ${'Το πρόβλημα λύθηκε και στον δεύτερο υπολογιστή. '.repeat(6)}`,
    });
    const next = page.getByText(/^Και μία ακόμη\./);
    await next.waitFor({ timeout: 15_000 });
    await expect.poll(() => isInView(next)).toBe(true);
    expect(await mark.isVisible()).toBe(false);
    await page.context().close();
  });
});
