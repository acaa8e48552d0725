import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../test/support/api-client.js';
import {
  createCustomer,
  createSubscription,
  createUser,
  TEST_PASSWORD,
} from '../test/support/factories.js';
import { openTicketAs } from '../test/support/tickets.js';
import { fillLogin, useJourney } from './support/journey.js';

const journey = useJourney();
let agent: ApiClient;

// Without the change stream the pages poll every 10–15 s; a change must show well before.
const LIVE_MS = 5000;

beforeAll(async () => {
  await createUser(journey.server.db, 'admin');
  const staff = await createUser(journey.server.db, 'agent', {
    firstName: 'Νίκος',
    lastName: 'Αγγέλου',
  });
  agent = await loggedInClient(journey.server.app, staff.email);
});

/** A customer signed in in a browser, with a package and a ticket; the page's /api/live stream is watched. */
async function customerWithTicket() {
  const { company, admin } = await createCustomer(journey.server.db);
  const { subscription } = await createSubscription(journey.server.db, company.id, {
    name: 'Support Basic',
  });
  const client = await loggedInClient(journey.server.app, admin.email);
  const number = await openTicketAs(client, {
    subject: 'Αργεί το ηλεκτρονικό κατάστημα',
    subscriptionId: subscription.id,
  });
  const page = await journey.newPage();
  const streamOpened = new Promise<number>((resolve) => {
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/api/live') resolve(response.status());
    });
  });
  await page.goto(`${journey.server.url}/login`);
  await fillLogin(page, admin.email, TEST_PASSWORD);
  await page.waitForURL((url) => url.pathname !== '/login');
  expect(await streamOpened).toBe(200);
  return { page, number };
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

describe('live updates (DESIGN: «every customer sees, live, what was done»)', () => {
  it("a staff reply and the ticket's new status appear on the customer's open page without reloading", async () => {
    const { page, number } = await customerWithTicket();
    await page.goto(`${journey.server.url}/tickets/${number}`);
    await page.getByText('Αργεί το ηλεκτρονικό κατάστημα').first().waitFor();
    await page.waitForTimeout(1000);

    const reply = await agent.post(`/api/tickets/${number}/messages`, {
      body: 'Αυξήσαμε τη μνήμη του διακομιστή.',
    });
    expect(reply.statusCode).toBe(201);
    await page.getByText('Αυξήσαμε τη μνήμη του διακομιστή.').waitFor({ timeout: LIVE_MS });
    await page
      .getByText('Αναμονή απάντησής σας', { exact: true })
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: LIVE_MS });
  });

  it('«Αιτήματα» marks a ticket «Νέο» as staff reply, until the customer opens it', async () => {
    const { page, number } = await customerWithTicket();
    await page.goto(`${journey.server.url}/tickets`);
    const row = page.getByRole('row').filter({ hasText: `#${number}` });
    await row.waitFor();
    expect(await row.getByTestId('ticket-news').count()).toBe(0);

    await agent.post(`/api/tickets/${number}/messages`, { body: 'Δείτε το τώρα.' });
    await row.getByTestId('ticket-news').waitFor({ timeout: LIVE_MS });
    expect(await row.getByTestId('ticket-news').textContent()).toBe('Νέο');

    await row.getByRole('link', { name: 'Αργεί το ηλεκτρονικό κατάστημα' }).click();
    await page.getByText('Δείτε το τώρα.').waitFor();
    await page.goBack();
    await row.waitFor();
    await expect.poll(() => row.getByTestId('ticket-news').count()).toBe(0);
  });

  it('one stream serves all the tabs of a browser, and another tab takes it over when that tab closes', async () => {
    const { page: first, number } = await customerWithTicket();
    const browser = first.context();
    const isStream = (url: string) => new URL(url).pathname === '/api/live';
    let streamsOpened = 0;
    browser.on('request', (request) => {
      if (isStream(request.url())) streamsOpened += 1;
    });
    const second = await browser.newPage();
    await second.goto(`${journey.server.url}/tickets/${number}`);
    await second.getByText('Αργεί το ηλεκτρονικό κατάστημα').first().waitFor();
    await second.waitForTimeout(1000);
    expect(streamsOpened).toBe(0);

    await agent.post(`/api/tickets/${number}/messages`, { body: 'Πρώτη απάντηση.' });
    await second.getByText('Πρώτη απάντηση.').waitFor({ timeout: LIVE_MS });

    const takenOver = second.waitForResponse((response) => isStream(response.url()));
    await first.close();
    expect((await takenOver).status()).toBe(200);
    expect(streamsOpened).toBe(1);
    await agent.post(`/api/tickets/${number}/messages`, { body: 'Δεύτερη απάντηση.' });
    await second.getByText('Δεύτερη απάντηση.').waitFor({ timeout: LIVE_MS });
  });

  it('the central screen shows a task as soon as staff start it, and takes it off when they stop', async () => {
    const { page, number } = await customerWithTicket();
    const active = region(page, 'Ενεργές εργασίες');
    await active.getByText('Καμία εργασία σε εξέλιξη').waitFor();
    await page.waitForTimeout(1000);

    const started = await agent.post(`/api/tickets/${number}/tasks/start`, {
      description: 'Βελτιστοποίηση βάσης δεδομένων',
    });
    expect(started.statusCode).toBe(201);
    await active.getByText('Βελτιστοποίηση βάσης δεδομένων').waitFor({ timeout: LIVE_MS });
    await active.getByRole('timer').waitFor({ timeout: LIVE_MS });

    const stopped = await agent.post(`/api/tasks/${started.json().id}/stop`);
    expect(stopped.statusCode).toBe(200);
    await active.getByText('Καμία εργασία σε εξέλιξη').waitFor({ timeout: LIVE_MS });
    await region(page, 'Προηγούμενες εργασίες')
      .getByText('Βελτιστοποίηση βάσης δεδομένων')
      .waitFor({ timeout: LIVE_MS });
  });
});
