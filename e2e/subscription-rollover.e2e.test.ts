import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../test/support/api-client.js';
import { createUser } from '../test/support/factories.js';
import { useJourney } from './support/journey.js';
import { companyWithRolledHour } from './support/rolled-hour.js';

const journey = useJourney();
const PACKAGE_NAME = 'Support Μεταφοράς';
let adminEmail: string;

beforeAll(async () => {
  adminEmail = (await createUser(journey.server.db, 'admin')).email;
});

/** Opens «Αλλαγή πακέτου» from the subscription row's menu. */
async function openChangeForm(staff: Page) {
  await staff.getByRole('button', { name: `Ενέργειες για το πακέτο ${PACKAGE_NAME}` }).click();
  await staff.getByRole('menuitem', { name: 'Αλλαγή λήξης ή ωρών' }).click();
  const dialog = staff.getByRole('dialog', { name: 'Αλλαγή πακέτου' });
  await dialog.waitFor();
  return dialog;
}

async function savedRule(api: ApiClient, companyId: string) {
  const listed = await api.get(`/api/companies/${companyId}/subscriptions`);
  return listed.json().items[0].rolloverOverride;
}

describe('a subscription’s own rollover rule (issue 16)', () => {
  it('staff give the subscription its own rule, see it on the row and the central screen, then follow the package again', async () => {
    const { url, app } = journey.server;
    // Last month's unused hour rolled into this one under the package's rule.
    const { company, admin: contact } = await companyWithRolledHour(
      journey.server.db,
      PACKAGE_NAME,
    );
    const api = await loggedInClient(app, adminEmail);

    const customer = await journey.signedIn(contact.email);
    const economics = customer.getByRole('region', { name: 'Μεταφορά, πακέτα ωρών και πρόβλεψη' });
    await economics.getByTestId('rolled-in').getByText('1 ώρα').waitFor();

    const staff = await journey.signedIn(adminEmail);
    await staff.goto(`${url}/staff/companies/${company.id}`);
    await staff.getByText('Μεταφορά για 1 μήνα, έως 1 ώρα', { exact: true }).waitFor();

    // A bad rule: the errors name each input, and what was typed stays.
    let dialog = await openChangeForm(staff);
    await dialog.getByText('Κανόνας του πακέτου: Μεταφορά για 1 μήνα, έως 1 ώρα').waitFor();
    await dialog.getByText('Δικός του κανόνας', { exact: true }).click();
    const periods = dialog.getByRole('textbox', {
      name: 'Για πόσες περιόδους',
    });
    const cap = dialog.getByRole('textbox', { name: 'Ανώτατες ώρες μεταφοράς' });
    await periods.fill('-1');
    await cap.fill('1,3');
    await dialog.getByRole('button', { name: 'Αποθήκευση' }).click();
    await dialog.getByText('Η τιμή πρέπει να είναι τουλάχιστον 0.').waitFor();
    await dialog.getByText('Γράψτε τις ώρες ανά τέταρτο της ώρας, π.χ. 2,5 ή 0,75.').waitFor();
    expect(await periods.inputValue()).toBe('-1');
    expect(await cap.inputValue()).toBe('1,3');
    expect(await savedRule(api, company.id)).toBeNull();

    // No rollover at all for this company.
    await periods.fill('0');
    await cap.fill('');
    await dialog.getByRole('button', { name: 'Αποθήκευση' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await staff.getByText('Χωρίς μεταφορά (δικός του κανόνας)', { exact: true }).waitFor();
    expect(await savedRule(api, company.id)).toEqual({ periods: 0, capHours: null });

    // The central screen: last month's unused hour now expired instead of rolling over.
    await customer.reload();
    await economics
      .getByText('Έληξαν αχρησιμοποίητες από την προηγούμενη περίοδο: 1 ώρα')
      .waitFor();
    expect(await economics.getByTestId('rolled-in').getByText('1 ώρα').count()).toBe(0);

    // Back to the package's rule; the own rule's inputs reopen as saved.
    dialog = await openChangeForm(staff);
    expect(await periods.inputValue()).toBe('0');
    await dialog.getByText('Όπως το πακέτο', { exact: true }).click();
    await dialog.getByText('Κανόνας του πακέτου: Μεταφορά για 1 μήνα, έως 1 ώρα').waitFor();
    await dialog.getByRole('button', { name: 'Αποθήκευση' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await staff.getByText('Μεταφορά για 1 μήνα, έως 1 ώρα', { exact: true }).waitFor();
    expect(await savedRule(api, company.id)).toBeNull();

    await customer.reload();
    await economics.getByTestId('rolled-in').getByText('1 ώρα').waitFor();
  });
});
