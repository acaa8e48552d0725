import { beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createSubscription, createUser } from '../test/support/factories.js';
import { useJourney } from './support/journey.js';

// «Αρχεία»: files dropped on the area upload like picked ones (the area is our own, on
// Mantine's FileButton, since @mantine/dropzone needs Node 22 to install).
const journey = useJourney();
let customerEmail: string;

beforeAll(async () => {
  const { db } = journey.server;
  await createUser(db, 'admin');
  const { company, admin } = await createCustomer(db);
  await createSubscription(db, company.id, { name: 'Support Basic' });
  customerEmail = admin.email;
});

describe('dropping files on «Αρχεία»', () => {
  it('uploads a dropped file, and the area is a button the keyboard reaches', async () => {
    const page = await journey.signedIn(customerEmail);
    await page.goto(`${journey.server.url}/tickets/new`);
    const area = page.getByRole('button', { name: /Σύρετε αρχεία εδώ ή πατήστε για επιλογή/ });
    await area.waitFor();
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['error 42\n'], 'dropped-log.txt', { type: 'text/plain' }));
      return transfer;
    });
    await area.dispatchEvent('dragover', { dataTransfer });
    expect(await area.getAttribute('data-over')).toBe('true');
    await area.dispatchEvent('drop', { dataTransfer });
    await page.getByRole('button', { name: 'Αφαίρεση του dropped-log.txt' }).waitFor();
    await expect.poll(() => page.getByRole('progressbar').count()).toBe(0);
    expect(await area.getAttribute('data-over')).toBeNull();

    await area.focus();
    expect(await area.evaluate((element) => element === document.activeElement)).toBe(true);
  });
});
