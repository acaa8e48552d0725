import { beforeAll, describe, expect, it } from 'vitest';
import { loggedInClient } from '../test/support/api-client.js';
import { createCustomer, createUser } from '../test/support/factories.js';
import { openTicketAs } from '../test/support/tickets.js';
import { useJourney } from './support/journey.js';

// Issue 15, «Lists that find things»: a match in the other tab is offered, a number opens its ticket.
const journey = useJourney();
let customerEmail: string;
let closedNumber: number;
let openNumber: number;

beforeAll(async () => {
  const { db, app } = journey.server;
  const agent = await loggedInClient(app, (await createUser(db, 'agent')).email);
  const { admin } = await createCustomer(db);
  customerEmail = admin.email;
  const customer = await loggedInClient(app, admin.email);
  openNumber = await openTicketAs(customer, { subject: 'Αργό δίκτυο στο γραφείο' });
  closedNumber = await openTicketAs(customer, {
    subject: 'Ο σαρωτής δεν στέλνει email',
    description: 'Το πολυμηχάνημα του λογιστηρίου δεν σαρώνει.',
  });
  const closed = await agent.patch(`/api/tickets/${closedNumber}`, { status: 'closed' });
  expect(closed.statusCode, closed.body).toBe(200);
});

describe('searching «Αιτήματα»', () => {
  it('offers the match that sits in «Κλειστά» when «Ανοιχτά» has none', async () => {
    const page = await journey.signedIn(customerEmail);
    await page.goto(`${journey.server.url}/tickets`);
    await page.getByRole('searchbox', { name: 'Αναζήτηση αιτημάτων' }).fill('πολυμηχανημα');
    await page.getByText('Κανένα αίτημα δεν ταιριάζει').waitFor();
    await page.getByText('Βρέθηκε και 1 αίτημα στα «Κλειστά».').waitFor();
    await page.getByRole('button', { name: 'Εμφάνιση στα «Κλειστά»' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('tab')).toBe('closed');
    await page.getByText('Ο σαρωτής δεν στέλνει email').first().waitFor();
    // In «Κλειστά» the open tickets have nothing to offer for this search.
    expect(await page.getByText('στα «Ανοιχτά»').count()).toBe(0);
  });

  it('opens a ticket straight away from its number, «#N» or «N», with Enter', async () => {
    const page = await journey.signedIn(customerEmail);
    await page.goto(`${journey.server.url}/tickets`);
    const search = page.getByRole('searchbox', { name: 'Αναζήτηση αιτημάτων' });
    await search.fill(`#${closedNumber}`);
    await search.press('Enter');
    await page.waitForURL((url) => url.pathname === `/tickets/${closedNumber}`);
    await page.getByRole('heading', { name: /Ο σαρωτής δεν στέλνει email/ }).waitFor();

    await page.goto(`${journey.server.url}/tickets`);
    await search.fill(String(openNumber));
    await search.press('Enter');
    await page.waitForURL((url) => url.pathname === `/tickets/${openNumber}`);
  });

  it('stays on the list when the number names no ticket of theirs', async () => {
    const page = await journey.signedIn(customerEmail);
    await page.goto(`${journey.server.url}/tickets`);
    const search = page.getByRole('searchbox', { name: 'Αναζήτηση αιτημάτων' });
    await search.fill('#987654');
    await search.press('Enter');
    await page.getByText('Κανένα αίτημα δεν ταιριάζει').waitFor();
    expect(new URL(page.url()).pathname).toBe('/tickets');
  });
});
