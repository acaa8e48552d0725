import { beforeAll, describe, expect, it } from 'vitest';
import { useJourney } from './support/journey.js';
import { seedSampleCompany } from './support/sample-company.js';

/**
 * Issue 15, «Hours first»: on a phone the customer's central screen opens on the
 * balance, with the company's details further down.
 */
const journey = useJourney();
let customerEmail: string;

beforeAll(async () => {
  ({ customerEmail } = await seedSampleCompany(journey.server));
});

describe('the central screen on a phone', () => {
  it('shows the balance in the first screenful at 375×800, before the company details', async () => {
    const page = await journey.signedIn(customerEmail, 375);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${journey.server.url}/`);
    const packagePanel = page.getByRole('region', { name: 'Ενεργό πακέτο support' });
    const balance = packagePanel.locator('dt:text-is("Υπόλοιπο") + dd');
    await balance.waitFor();
    const box = await balance.boundingBox();
    expect(box).not.toBeNull();
    // Scrolled to the top, the figure ends above the bottom of the screen.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(800);
    await expect.poll(() => balance.textContent()).toMatch(/ώρ|λεπτ/);

    // Then the work running now and recent requests; the company's details come after them.
    const top = async (name: string) =>
      (await page.getByRole('region', { name, exact: true }).boundingBox())?.y ?? Number.NaN;
    const order = [
      await top('Ενεργό πακέτο support'),
      await top('Ενεργές εργασίες'),
      await top('Πρόσφατα αιτήματα'),
      await top('Στοιχεία επιχείρησης'),
    ];
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(order.every(Number.isFinite)).toBe(true);
    await page.context().close();
  });
});
