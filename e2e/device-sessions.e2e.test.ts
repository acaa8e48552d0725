import { beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createUser } from '../test/support/factories.js';
import { useJourney } from './support/journey.js';

const journey = useJourney();

beforeAll(async () => {
  await createUser(journey.server.db, 'admin');
});

describe('«Συνδεδεμένες συσκευές» on the profile', () => {
  it('shows where one is signed in, and signs a forgotten device out', async () => {
    const { member } = await createCustomer(journey.server.db);
    const phone = await journey.signedIn(member.email, 375);
    const laptop = await journey.signedIn(member.email);

    await laptop.goto(`${journey.server.url}/profile`);
    const section = laptop.getByRole('region', { name: 'Συνδεδεμένες συσκευές' });
    const rows = section.getByTestId('device-session');
    await expect.poll(() => rows.count()).toBe(2);
    const here = rows.filter({ hasText: 'Αυτή η συσκευή' });
    expect(await here.count()).toBe(1);
    expect(await here.getByText('Σε χρήση τώρα', { exact: false }).count()).toBe(1);

    const other = rows.filter({ hasNotText: 'Αυτή η συσκευή' });
    await other.getByRole('button', { name: /^Αποσύνδεση: / }).click();
    await laptop.getByText('Η συσκευή αποσυνδέθηκε.').waitFor();
    await expect.poll(() => rows.count()).toBe(1);
    expect(
      await section.getByRole('button', { name: 'Αποσύνδεση από όλες τις άλλες συσκευές' }).count(),
    ).toBe(0);

    // The phone finds itself signed out at its next step.
    await phone.goto(`${journey.server.url}/tickets`);
    await phone.waitForURL(/\/login/);
  });
});
