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
let smtp: TestSmtpServer;
let deliver: () => Promise<void>;

beforeAll(async () => {
  await createUser(journey.server.db, 'admin');
  smtp = await startTestSmtpServer();
  deliver = smtpWorkerFor(journey.server, smtp).deliver;
});
afterAll(() => smtp.close());

describe('colleagues on a ticket', () => {
  it('a customer adds a colleague, who then sees the ticket and replies to it', async () => {
    const { db, app } = journey.server;
    const { company, member } = await createCustomer(db);
    const colleague = await createUser(db, 'member', {
      companyId: company.id,
      firstName: 'Ελένη',
      lastName: 'Σταύρου',
    });
    const number = await openTicketAs(await loggedInClient(app, member.email), {
      subject: 'Δεν συγχρονίζει το ημερολόγιο',
    });

    const page = await journey.signedIn(member.email);
    await page.goto(`${journey.server.url}/tickets/${number}`);
    const area = page.getByRole('region', { name: 'Συμμετέχοντες' });
    await area.getByText('Δεν έχουν προστεθεί συνάδελφοι.').waitFor();
    await area.getByLabel('Προσθήκη συναδέλφου').click();
    await page.getByRole('option', { name: 'Ελένη Σταύρου' }).click();
    await area.getByText('Ελένη Σταύρου').waitFor();
    await page.getByText('Προστέθηκε στο αίτημα: Ελένη Σταύρου').waitFor();

    const theirs = await journey.signedIn(colleague.email);
    await theirs.goto(`${journey.server.url}/tickets/${number}`);
    await theirs.getByRole('heading', { name: /Δεν συγχρονίζει το ημερολόγιο/ }).waitFor();
    await theirs.getByLabel('Το μήνυμά σας').fill('Το ίδιο συμβαίνει και στο δικό μου κινητό.');
    await theirs.getByRole('button', { name: 'Απάντηση', exact: true }).click();
    await theirs.getByText('Το ίδιο συμβαίνει και στο δικό μου κινητό.').waitFor();
    // The colleague's list has the ticket too.
    await theirs.goto(`${journey.server.url}/tickets`);
    await theirs.getByText('Δεν συγχρονίζει το ημερολόγιο').first().waitFor();
  });

  it('an agent mentions a colleague in an internal note, and the email reaches them alone', async () => {
    const { db, app } = journey.server;
    const { member } = await createCustomer(db);
    const agent = await createUser(db, 'agent', { firstName: 'Νίκος', lastName: 'Αγγέλου' });
    const anna = await createUser(db, 'agent', { firstName: 'Άννα', lastName: 'Καλογήρου' });
    const number = await openTicketAs(await loggedInClient(app, member.email), {
      subject: 'Ο διακομιστής αρχείων είναι αργός',
    });
    await deliver();
    const since = smtp.received.length;

    const page = await journey.signedIn(agent.email);
    await page.goto(`${journey.server.url}/tickets/${number}`);
    const box = page.getByRole('region', { name: 'Νέο μήνυμα' });
    await box.getByText('Εσωτερική σημείωση', { exact: true }).click();
    const note = box.getByLabel('Κείμενο σημείωσης');
    await note.fill('Δες ');
    await note.press('End');
    await note.press('@');
    await page.getByRole('option', { name: 'Άννα Καλογήρου' }).click();
    await page.keyboard.type('τον δίσκο.');
    await box.getByRole('button', { name: 'Προσθήκη σημείωσης' }).click();
    const mention = page.locator('mark[data-mention]', { hasText: '@Άννα Καλογήρου' });
    await mention.waitFor();

    await deliver();
    const received = smtp.received.slice(since);
    expect(received.flatMap((email) => email.to.map((to) => to.toLowerCase()))).toEqual([
      anna.email.toLowerCase(),
    ]);
    expect(received[0]!.text).toContain('Δες @Άννα Καλογήρου τον δίσκο.');
  });
});
