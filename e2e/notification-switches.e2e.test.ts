import { beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createUser, TEST_PASSWORD } from '../test/support/factories.js';
import { fillLogin, useJourney } from './support/journey.js';

const journey = useJourney();

describe('«Ειδοποιήσεις με email» on the profile page', () => {
  beforeAll(async () => {
    await createUser(journey.server.db, 'admin');
  });

  it('switches an email off for good, and shows only the emails that concern the role', async () => {
    const { member } = await createCustomer(journey.server.db);
    const page = await journey.newPage();
    await page.goto(`${journey.server.url}/login`);
    await fillLogin(page, member.email, TEST_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`${journey.server.url}/profile`);

    const closed = page.getByRole('switch', { name: 'Το αίτημά μου έκλεισε' });
    await expect.poll(() => closed.isEnabled()).toBe(true);
    expect(await closed.isChecked()).toBe(true);
    // A member never gets the staff's «new request» email, so it is not offered.
    expect(await page.getByRole('switch', { name: 'Νέο αίτημα από πελάτη' }).count()).toBe(0);

    await closed.click({ force: true });
    await expect.poll(() => closed.isChecked()).toBe(false);
    // Saved at once, and said so.
    await page.getByText('Δεν θα λαμβάνετε πια email για «Το αίτημά μου έκλεισε».').waitFor();
    await page.reload();
    await expect
      .poll(() => page.getByRole('switch', { name: 'Το αίτημά μου έκλεισε' }).isEnabled())
      .toBe(true);
    expect(await page.getByRole('switch', { name: 'Το αίτημά μου έκλεισε' }).isChecked()).toBe(
      false,
    );

    const saved = await page.evaluate(async () => (await fetch('/api/me/notifications')).json());
    expect(saved).toMatchObject({ ticketClosed: false, ticketReplied: true });
  });
});
