import { beforeAll, describe, expect, it } from 'vitest';
import { packages } from '../src/server/db/schema.js';
import { createCustomer, createUser, TEST_PASSWORD } from '../test/support/factories.js';
import { fillLogin, useJourney } from './support/journey.js';

const journey = useJourney();
const PACKAGE_NAME = 'Support 20 ώρες/μήνα';

describe('an admin gives a company a package; its people see it on the central screen', () => {
  let adminEmail: string;
  beforeAll(async () => {
    adminEmail = (await createUser(journey.server.db, 'admin')).email;
    await journey.server.db.insert(packages).values({
      name: PACKAGE_NAME,
      hoursPerPeriod: 20,
      periodKind: 'monthly',
      billingIncrementMinutes: 15,
    });
  });

  it('adds the subscription on the staff company page, and pausing it takes it off the screen', async () => {
    const { company, admin: contact } = await createCustomer(journey.server.db);
    const staff = await journey.newPage();
    await staff.goto(`${journey.server.url}/login`);
    await fillLogin(staff, adminEmail, TEST_PASSWORD);
    await staff.waitForURL(/\/staff\/tickets$/);
    await staff.goto(`${journey.server.url}/staff/companies/${company.id}`);

    await staff.getByRole('button', { name: 'Προσθήκη πακέτου' }).click();
    const dialog = staff.getByRole('dialog');
    await dialog.getByLabel('Πακέτο', { exact: true }).click();
    await staff.getByRole('option', { name: PACKAGE_NAME }).click();
    await dialog.getByRole('button', { name: 'Προσθήκη', exact: true }).click();
    await expect.poll(() => staff.getByText(PACKAGE_NAME).count()).toBeGreaterThan(0);
    await expect.poll(() => staff.getByText('Ενεργό', { exact: true }).count()).toBeGreaterThan(0);

    const customer = await journey.newPage();
    await customer.goto(`${journey.server.url}/login`);
    await fillLogin(customer, contact.email, TEST_PASSWORD);
    await customer.waitForURL((url) => url.pathname === '/');
    const packagePanel = customer.getByRole('region', { name: 'Ενεργό πακέτο support' });
    // Waits as long as the page needs (expect.poll gives up after a second on a loaded machine).
    await packagePanel.getByText(PACKAGE_NAME).first().waitFor();
    await expect.poll(() => packagePanel.getByText('20 ώρες').count()).toBeGreaterThan(0);

    await staff.getByRole('button', { name: `Ενέργειες για το πακέτο ${PACKAGE_NAME}` }).click();
    await staff.getByRole('menuitem', { name: 'Παύση' }).click();
    await staff.getByRole('dialog').getByRole('button', { name: 'Παύση' }).click();
    await expect
      .poll(() => staff.getByText('Σε παύση', { exact: true }).count())
      .toBeGreaterThan(0);

    await customer.reload();
    await customer.getByRole('heading', { name: 'Κεντρική οθόνη' }).waitFor();
    await expect.poll(() => packagePanel.getByText(PACKAGE_NAME).count()).toBe(0);
  });
});
