import { beforeAll, describe, expect, it } from 'vitest';
import { loggedInClient } from '../test/support/api-client.js';
import { createUser } from '../test/support/factories.js';
import { useJourney } from './support/journey.js';
import { companyWithRolledHour } from './support/rolled-hour.js';

const journey = useJourney();
let adminEmail: string;

beforeAll(async () => {
  adminEmail = (await createUser(journey.server.db, 'admin')).email;
});

describe('more hours (issue 16): rollover, a block bought and confirmed, the forecast', () => {
  it('a company_admin buys a block, staff confirm it, the central screen shows rollover, block and forecast', async () => {
    const { db, app, url } = journey.server;
    // This month starts with 1 hour rolled over from the last (which used 1 of its 2).
    const { company, admin, subscription, current } = await companyWithRolledHour(
      db,
      'Support Basic',
    );
    const staffApi = await loggedInClient(app, adminEmail);
    const offer = await staffApi.post('/api/hour-block-offers', {
      name: 'Δέκα ώρες',
      hours: 10,
      price: 450,
      validityMonths: 6,
    });
    expect(offer.statusCode, offer.body).toBe(201);
    // Work in this period, so there is a pace to forecast from.
    const adjusted = await staffApi.post(`/api/companies/${company.id}/ledger/adjustments`, {
      subscriptionId: subscription.id,
      date: current.startDate,
      minutes: 150,
      reason: 'Εργασία του μήνα',
    });
    expect(adjusted.statusCode, adjusted.body).toBe(201);

    const customer = await journey.signedIn(admin.email);
    await customer.goto(`${url}/`);
    const panel = customer.getByRole('region', { name: 'Μεταφορά, πακέτα ωρών και πρόβλεψη' });
    await panel.getByText('Μεταφορά από προηγούμενο μήνα:').waitFor();
    await panel.getByTestId('rolled-in').getByText('1 ώρα').waitFor();
    await panel.getByLabel('Πακέτο ωρών').click();
    await customer.getByRole('option', { name: /Δέκα ώρες/ }).click();
    await panel.getByRole('button', { name: 'Αγορά επιπλέον ωρών' }).click();
    await panel.getByText(/Το αίτημα στάλθηκε στην υποστήριξη/).waitFor();
    await panel.getByText('Σε αναμονή επιβεβαίωσης').waitFor();

    const staff = await journey.signedIn(adminEmail);
    await staff.goto(`${url}/staff/companies/${company.id}/dashboard`);
    const staffPanel = staff.getByRole('region', { name: 'Μεταφορά, πακέτα ωρών και πρόβλεψη' });
    await staffPanel
      .getByTestId('hour-block-request')
      .getByText(/Δέκα ώρες/)
      .waitFor();
    await staffPanel.getByRole('button', { name: 'Επιβεβαίωση' }).click();
    await staffPanel.getByText('Κανένα αίτημα σε αναμονή.').waitFor();
    // Staff may also add a block directly: active at once.
    await staffPanel.getByLabel('Όνομα').fill('Δώρο');
    await staffPanel.getByLabel('Ισχύει από').fill(current.startDate);
    await staffPanel.getByLabel('Ισχύει έως').fill(current.lastDate!);
    await staffPanel.getByRole('button', { name: 'Προσθήκη πακέτου ωρών' }).click();
    await staffPanel.getByTestId('hour-block').getByText('Δώρο').waitFor();

    await customer.reload();
    const after = customer.getByRole('region', { name: 'Μεταφορά, πακέτα ωρών και πρόβλεψη' });
    await after
      .getByTestId('hour-block')
      .filter({ hasText: 'Δέκα ώρες' })
      .getByText('Ενεργό')
      .waitFor();
    await after.getByTestId('hour-block').filter({ hasText: 'Δώρο' }).waitFor();
    await after.getByText(/^Απομένουν 10 ώρες από 10 ώρες/).waitFor();
    await after
      .getByTestId('forecast')
      .getByText(/^Με αυτόν τον ρυθμό/)
      .waitFor();
  });
});
