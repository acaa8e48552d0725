import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loggedInClient } from '../test/support/api-client.js';
import { useJourney } from './support/journey.js';
import { seedSampleCompany } from './support/sample-company.js';

// axe-core checks a page against WCAG 2.1 A and AA rules, in the page itself.
const axeSource: string = createRequire(import.meta.url)('axe-core').source;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string; any: { message: string }[] }[];
}

const journey = useJourney();
let customerEmail: string;
let adminEmail: string;
let companyId: string;
let ticketNumber: number;

beforeAll(async () => {
  const sample = await seedSampleCompany(journey.server);
  ({ adminEmail, customerEmail, companyId, ticketNumber } = sample);
  // A key on the profile, so that its table is checked too.
  await sample.customer.post('/api/me/api-tokens', {
    name: 'Τιμολόγηση',
    scopes: ['tickets:read'],
    expiry: { days: 30 },
  });
  // A webhook endpoint, so that «Webhooks» is audited with a card rather than empty.
  await (await loggedInClient(journey.server.app, adminEmail)).post('/api/webhooks', {
    url: 'https://hooks.example.gr/aitima',
    events: ['ticket.created'],
    companyId,
  });
});

/** The serious and critical WCAG A/AA violations of the page as it is now. */
async function violationsOf(page: Page): Promise<string[]> {
  // Evaluated through the browser's debugging protocol: the page's CSP rightly refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(options: object): Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return (violations as AxeViolation[])
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.help}): ${violation.nodes
          .slice(0, 5)
          .map((node) => `${node.html.slice(0, 120)} — ${node.any[0]?.message ?? ''}`)
          .join(' | ')}`,
    );
}

/** Opens each path, waits for its heading, and collects what axe finds. */
async function audit(page: Page, paths: string[]): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const path of paths) {
    await page.goto(`${journey.server.url}${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // Data arrives after the heading; let the page settle before judging it.
    await page.waitForLoadState('networkidle').catch(() => {});
    await page.waitForTimeout(500);
    const violations = await violationsOf(page);
    if (violations.length) found[path] = violations;
  }
  return found;
}

describe('accessibility (axe-core, WCAG 2.1 A and AA: no serious or critical violation)', () => {
  it('the public pages', async () => {
    const page = await journey.newPage();
    expect(await audit(page, ['/login', '/forgot-password'])).toEqual({});
  });

  for (const width of [1280, 375]) {
    it(`the customer's pages at ${width} px`, async () => {
      const page = await journey.signedIn(customerEmail, width);
      expect(
        await audit(page, [
          '/',
          '/tickets',
          '/tickets/new',
          `/tickets/${ticketNumber}`,
          '/tasks',
          '/hours',
          '/hours/statements',
          '/profile',
          '/company/contacts',
          '/company/edit',
        ]),
      ).toEqual({});
    });
  }

  it("the staff console's pages", async () => {
    const page = await journey.signedIn(adminEmail);
    expect(
      await audit(page, [
        '/staff',
        '/staff/tickets',
        '/staff/canned-replies',
        `/tickets/${ticketNumber}`,
        '/staff/companies',
        `/staff/companies/${companyId}`,
        `/staff/companies/${companyId}/dashboard`,
        '/staff/packages',
        '/staff/users',
        '/staff/audit',
        '/staff/emails',
        '/staff/mailboxes',
        '/staff/webhooks',
        '/staff/inbound',
        '/staff/inbound?tab=failed',
        '/staff/tickets/new',
        '/staff/disputes',
        `/hours?company=${companyId}`,
        `/hours/statements?company=${companyId}`,
      ]),
    ).toEqual({});
  });

  // Apart from the list above, which is long enough for one test's time.
  it('the API key pages', async () => {
    const page = await journey.signedIn(adminEmail);
    expect(await audit(page, ['/staff/api-tokens', '/profile'])).toEqual({});
  });

  it('«Αξιολογήσεις» and a rating link', async () => {
    const page = await journey.signedIn(adminEmail);
    expect(await audit(page, ['/staff/ratings', '/rate/not-a-real-token-000'])).toEqual({});
  });
});
