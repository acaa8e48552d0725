import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedInClient } from '../test/support/api-client.js';
import { createCustomer, createUser } from '../test/support/factories.js';
import {
  smtpWorkerFor,
  startTestSmtpServer,
  type TestSmtpServer,
} from '../test/support/test-smtp.js';
import { openTicketAs } from '../test/support/tickets.js';
import { useJourney } from './support/journey.js';

const journey = useJourney();

/** Whether the page scrolls sideways (it must not, even on a phone). */
const isWiderThanScreen = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
let smtp: TestSmtpServer;
let deliver: () => Promise<void>;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  deliver = smtpWorkerFor(journey.server, smtp).deliver;
});
afterAll(() => smtp.close());

describe('«Πώς τα πήγαμε;» from the closing email', () => {
  it('opens without signing in, records on the button, works once, and staff see it on the ticket', async () => {
    const { db, app } = journey.server;
    const { member } = await createCustomer(db);
    const agent = await createUser(db, 'agent', { firstName: 'Νίκος', lastName: 'Αλεξίου' });
    const number = await openTicketAs(await loggedInClient(app, member.email), {
      subject: 'Ο εκτυπωτής δεν τυπώνει',
    });
    const staff = await loggedInClient(app, agent.email);
    expect((await staff.patch(`/api/tickets/${number}`, { assigneeId: agent.id })).statusCode).toBe(
      200,
    );
    expect(
      (await staff.post(`/api/tickets/${number}/close`, { body: 'Άλλαξα το τόνερ.' })).statusCode,
    ).toBe(200);

    await deliver();
    const email = smtp.to(member.email).find((sent) => sent.subject.startsWith(`[#${number}]`));
    expect(email?.text).toContain('Πώς τα πήγαμε;');
    const path = /https?:\/\/[^/\s]+(\/rate\/[\w-]+\?rating=good)/.exec(email?.text ?? '')?.[1];
    if (!path) throw new Error(`no rating link in: ${email?.text}`);

    // Opened on a device not signed in: the choice from the email is selected, nothing recorded yet.
    const visitor = await journey.newPage(375);
    await visitor.goto(`${journey.server.url}${path}`);
    await visitor.getByRole('heading', { name: 'Πώς τα πήγαμε;' }).waitFor();
    await visitor.getByText(`Αίτημα #${number} «Ο εκτυπωτής δεν τυπώνει»`).waitFor();
    const good = visitor.getByRole('button', { name: 'Καλή εξυπηρέτηση' });
    expect(await good.getAttribute('aria-pressed')).toBe('true');
    const before = (await staff.get(`/api/tickets/${number}/rating`)).json();
    expect(before.rating).toBeNull();

    await visitor.getByLabel('Σχόλιο (προαιρετικό)').fill('Γρήγορη και ευγενική λύση.');
    await visitor.getByRole('button', { name: 'Αποστολή αξιολόγησης' }).click();
    await visitor.getByRole('heading', { name: 'Ευχαριστούμε!' }).waitFor();
    expect(await isWiderThanScreen(visitor)).toBe(false);

    // The second use says it was already rated, and shows the rating.
    const again = await journey.newPage();
    await again.goto(`${journey.server.url}${path.replace('good', 'bad')}`);
    await again.getByRole('heading', { name: 'Έχει ήδη αξιολογηθεί' }).waitFor();
    await again.getByText('«Γρήγορη και ευγενική λύση.»').waitFor();
    expect(await again.getByRole('button', { name: 'Αποστολή αξιολόγησης' }).count()).toBe(0);

    // Staff see it on the ticket, with the agent it counts for.
    const staffPage = await journey.signedIn(agent.email, 320);
    await staffPage.goto(`${journey.server.url}/tickets/${number}`);
    const section = staffPage.getByRole('region', { name: 'Αξιολόγηση πελάτη' });
    await section.getByText('Καλή εξυπηρέτηση').waitFor();
    await section.getByText('«Γρήγορη και ευγενική λύση.»').waitFor();
    await section.getByText('Μετρά για: Νίκος Αλεξίου').waitFor();
    expect(await isWiderThanScreen(staffPage)).toBe(false);
  });
});
