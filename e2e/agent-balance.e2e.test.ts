import { beforeAll, describe, expect, it } from 'vitest';
import { periodContaining } from '../src/shared/hours/index.js';
import { loggedInClient } from '../test/support/api-client.js';
import { createCustomer, createSubscription, createUser } from '../test/support/factories.js';
import { openTicketAs } from '../test/support/tickets.js';
import { useJourney } from './support/journey.js';

const journey = useJourney();
let agentEmail: string;

beforeAll(async () => {
  await createUser(journey.server.db, 'admin');
  agentEmail = (await createUser(journey.server.db, 'agent')).email;
});

describe('the balance where the work is (issue 14, item 3)', () => {
  it('an agent sees the ticket’s used-up package, is warned before billable work, and can go on', async () => {
    const { company, admin } = await createCustomer(journey.server.db);
    const { subscription } = await createSubscription(journey.server.db, company.id, {
      name: 'Support Basic',
      hoursPerPeriod: 10,
    });
    const customer = await loggedInClient(journey.server.app, admin.email);
    const number = await openTicketAs(customer, {
      subject: 'Αργεί ο διακομιστής',
      subscriptionId: subscription.id,
    });
    // The period's 10 hours used up and 30 minutes more, by an adjustment in this period.
    const agent = await loggedInClient(journey.server.app, agentEmail);
    const terms = { startDate: '2020-01-01', endDate: null, periodKind: 'monthly' as const };
    const period = periodContaining(terms, new Date(), 'Europe/Athens')!;
    const adjusted = await agent.post(`/api/companies/${company.id}/ledger/adjustments`, {
      subscriptionId: subscription.id,
      date: period.startDate,
      minutes: 630,
      reason: 'Τηλεφωνική υποστήριξη εκτός συστήματος',
    });
    expect(adjusted.statusCode, adjusted.body).toBe(201);

    const staff = await journey.signedIn(agentEmail);
    await staff.goto(`${journey.server.url}/tickets/${number}`);
    // The side panel: used of allowance and the overage.
    const balance = staff.getByRole('region', { name: 'Υπόλοιπο πακέτου Support Basic' });
    await balance.getByText('10 ώρες 30 λεπτά από 10 ώρες').waitFor();
    await balance.getByText('Υπέρβαση 30 λεπτά').waitFor();

    await staff.getByLabel('Περιγραφή εργασίας').fill('Έλεγχος μνήμης');
    await staff.getByRole('button', { name: 'Έναρξη εργασίας', exact: true }).click();
    const dialog = staff.getByRole('dialog', { name: 'Οι ώρες του πακέτου έχουν εξαντληθεί' });
    await dialog
      .getByText(/Support Basic: 10 ώρες 30 λεπτά από 10 ώρες, υπέρβαση ήδη 30 λεπτά/)
      .waitFor();
    // Nothing started before the agent says so.
    expect((await agent.get('/api/me/running-task')).json().task).toBeNull();

    await dialog.getByRole('button', { name: 'Έναρξη με χρέωση υπέρβασης' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await staff.getByRole('status', { name: 'Η εργασία σας σε εξέλιξη' }).waitFor();
    const running = (await agent.get('/api/me/running-task')).json().task;
    expect(running).toMatchObject({ description: 'Έλεγχος μνήμης', isBillable: true });
    expect((await agent.post(`/api/tasks/${running.id}/stop`)).statusCode).toBe(200);
  });
});
