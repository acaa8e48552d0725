import { beforeAll, describe, expect, it } from 'vitest';
import {
  createCustomer,
  createSubscription,
  createUser,
  TEST_PASSWORD,
} from '../test/support/factories.js';
import { fillLogin, useJourney } from './support/journey.js';

const journey = useJourney();
const SUBJECT = 'Τηλεφώνημα: δεν φορτώνει το e-shop';

describe('staff log a request that came by phone, for a contact of a company', () => {
  let agentEmail: string;
  beforeAll(async () => {
    agentEmail = (await createUser(journey.server.db, 'agent')).email;
  });

  it('opens it from the company page; the contact finds it among their requests', async () => {
    const { company, member } = await createCustomer(journey.server.db);
    await createSubscription(journey.server.db, company.id, { name: 'Support 10 ώρες' });
    const staff = await journey.newPage();
    await staff.goto(`${journey.server.url}/login`);
    await fillLogin(staff, agentEmail, TEST_PASSWORD);
    await staff.waitForURL(/\/staff\/tickets$/);
    await staff.goto(`${journey.server.url}/staff/companies/${company.id}`);

    await staff.getByRole('link', { name: 'Νέο αίτημα για πελάτη' }).click();
    await staff.waitForURL(/\/staff\/tickets\/new\?company=/);
    await staff.getByRole('heading', { name: 'Νέο αίτημα για πελάτη' }).waitFor();
    // Nothing chosen yet: the form says whom the request is for.
    await staff.getByRole('button', { name: 'Καταχώριση αιτήματος' }).click();
    await expect
      .poll(() => staff.getByText('Το πεδίο είναι υποχρεωτικό').count())
      .toBeGreaterThan(0);

    await staff
      .locator('input')
      .and(staff.getByLabel('Επαφή πελάτη', { exact: true }))
      .click();
    await staff
      .getByRole('option', {
        name: new RegExp(`${member.firstName} ${member.lastName} · ${member.email}`),
      })
      .click();
    await staff.getByLabel('Θέμα').fill(SUBJECT);
    await staff
      .getByLabel('Περιγραφή')
      .fill('Ο πελάτης τηλεφώνησε: σφάλμα 500 στην αρχική από το πρωί.');
    await staff.getByRole('button', { name: 'Καταχώριση αιτήματος' }).click();
    await staff.waitForURL(/\/tickets\/\d+$/);
    await staff.getByText('Η υποστήριξη άνοιξε το αίτημα για λογαριασμό του πελάτη').waitFor();

    const customer = await journey.newPage();
    await customer.goto(`${journey.server.url}/login`);
    await fillLogin(customer, member.email, TEST_PASSWORD);
    await customer.waitForURL((url) => url.pathname === '/');
    await customer.goto(`${journey.server.url}/tickets`);
    await customer.getByRole('link', { name: SUBJECT }).first().click();
    await customer.getByRole('heading', { name: SUBJECT }).waitFor();
    await customer.getByText('Η υποστήριξη άνοιξε το αίτημα για λογαριασμό του πελάτη').waitFor();
  });
});
