import { eq } from 'drizzle-orm';
import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { packages } from '../src/server/db/schema.js';
import { addDays, localDateOf } from '../src/shared/hours/index.js';
import { loggedInClient } from '../test/support/api-client.js';
import { createCustomer, createSubscription, createUser } from '../test/support/factories.js';
import { useJourney } from './support/journey.js';

const journey = useJourney();
let agentEmail: string;

beforeAll(async () => {
  agentEmail = (await createUser(journey.server.db, 'agent')).email;
});

/** The amount shown under a label of the card's description list. */
const figure = async (panel: Locator, label: string) =>
  ((await panel.locator(`dt:text-is("${label}") + dd`).first().textContent()) ?? '').trim();

describe('one overage everywhere (issue 16)', () => {
  it('the central screen shows and prices only the overage a block did not cover', async () => {
    const { db, app } = journey.server;
    const { company, admin } = await createCustomer(db);
    const { package: pkg, subscription } = await createSubscription(db, company.id, {
      name: 'Support Mini',
      hoursPerPeriod: 1,
    });
    await db.update(packages).set({ overageRatePerHour: 60 }).where(eq(packages.id, pkg.id));
    const agent = await loggedInClient(app, agentEmail);
    const today = localDateOf(new Date(), 'Europe/Athens');
    const block = await agent.post(`/api/companies/${company.id}/hour-blocks`, {
      name: 'Μία ώρα',
      hours: 1,
      price: 50,
      startsOn: today,
      validUntil: addDays(today, 60),
    });
    expect(block.statusCode, block.body).toBe(201);
    // 2½ hours against the period's 1: the block takes 1, so 30 minutes are overage (not 90).
    const work = await agent.post(`/api/companies/${company.id}/ledger/adjustments`, {
      subscriptionId: subscription.id,
      date: today,
      minutes: 150,
      reason: 'Μετάπτωση δεδομένων',
    });
    expect(work.statusCode, work.body).toBe(201);

    const customer = await journey.signedIn(admin.email);
    const card = customer.getByRole('article', { name: 'Support Mini' });
    await card.waitFor();
    await expect.poll(() => figure(card, 'Υπέρβαση')).toBe('30 λεπτά');
    const price = card.locator('dt:has-text("Χρέωση υπέρβασης") + dd');
    expect((await price.textContent())?.trim()).toMatch(/^30,00\s€$/);
    expect(await card.locator('dt:has-text("Χρέωση υπέρβασης")').textContent()).toMatch(
      /60,00\s€ ανά ώρα/,
    );
  });
});
