import { beforeAll, describe, expect, it } from 'vitest';
import { formatHoursDecimal, formatHoursWords } from '../src/shared/hours/index.js';
import type { ApiClient } from '../test/support/api-client.js';
import { useJourney } from './support/journey.js';
import { seedSampleCompany } from './support/sample-company.js';

/**
 * Issue 15, «Hours first»: on a phone the customer's central screen opens on the
 * balance, with the company's details further down.
 */
const journey = useJourney();
let customerEmail: string;
let customer: ApiClient;

beforeAll(async () => {
  ({ customerEmail, customer } = await seedSampleCompany(journey.server));
});

/** 'YYYY-MM-DD' as the page writes a day: 19/11/2026. */
const day = (date: string) => date.split('-').reverse().join('/');

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

  it('charts hours per billing period, labelled with its dates, the current one marked, with the table beside', async () => {
    const { periods } = (await customer.get('/api/dashboard')).json().periodUsage.series[0];
    const current = periods.find((period: { isCurrent: boolean }) => period.isCurrent);
    expect(current.usedMinutes).toBeGreaterThan(0);
    const page = await journey.signedIn(customerEmail);
    const panel = page.getByRole('region', { name: 'Ώρες ανά περίοδο' });
    const chart = panel.getByRole('img', { name: /Γράφημα ωρών ανά περίοδο/ });
    await chart.waitFor();
    // The text alternative reads each period with its dates, its hours in words, and which is now.
    expect(await chart.getAttribute('aria-label')).toContain(
      `${day(current.startDate)} – ${day(current.lastDate)}: ${formatHoursWords(current.usedMinutes, 'el')} από ${formatHoursWords(current.allowanceMinutes, 'el')} (τρέχουσα)`,
    );
    expect(await chart.locator('[data-current] rect').count()).toBeGreaterThan(0);
    expect(await chart.locator('path').count()).toBe(1);

    await panel.getByText('Πίνακας', { exact: true }).click();
    const row = panel.getByTestId('usage-period-row').filter({ hasText: 'τρέχουσα' });
    await row.waitFor();
    expect(await row.textContent()).toContain(formatHoursDecimal(current.usedMinutes, 'el'));
    expect(await row.textContent()).toContain(
      `${day(current.startDate)} – ${day(current.lastDate)}`,
    );
    await page.context().close();
  });
});
