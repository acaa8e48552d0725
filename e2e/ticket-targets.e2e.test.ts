import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { packages, tickets } from '../src/server/db/schema.js';
import { loggedInClient } from '../test/support/api-client.js';
import { createCustomer, createSubscription, createUser } from '../test/support/factories.js';
import { openTicketAs } from '../test/support/tickets.js';
import { useJourney } from './support/journey.js';

const journey = useJourney();
const HOUR = 60 * 60 * 1000;
let agentEmail: string;
let memberEmail: string;
let soon: number;
let late: number;
let soonDueAt: Date;

beforeAll(async () => {
  const { db, app } = journey.server;
  agentEmail = (await createUser(db, 'agent')).email;
  const { company, member } = await createCustomer(db);
  memberEmail = member.email;
  const { package: pkg, subscription } = await createSubscription(db, company.id);
  await db
    .update(packages)
    .set({ firstResponseTargetHours: 2, resolutionTargetHours: 16 })
    .where(eq(packages.id, pkg.id));
  const customer = await loggedInClient(app, member.email);
  soon = await openTicketAs(customer, {
    subject: 'Προθεσμία σε δύο ώρες',
    subscriptionId: subscription.id,
  });
  late = await openTicketAs(customer, {
    subject: 'Ήδη εκπρόθεσμο',
    subscriptionId: subscription.id,
  });
  // The server's clock is real: one ticket is due two hours from now, the other was due an hour ago.
  soonDueAt = new Date(Date.now() + 2 * HOUR);
  await db.update(tickets).set({ firstResponseDueAt: soonDueAt }).where(eq(tickets.number, soon));
  await db
    .update(tickets)
    .set({ firstResponseDueAt: new Date(Date.now() - HOUR) })
    .where(eq(tickets.number, late));
});

describe('targets per package (issue 14, item 5)', () => {
  it('an agent sees a due time turn overdue, and «Εκπρόθεσμα» lists the overdue', async () => {
    const page = await journey.signedIn(agentEmail);
    // The page's clock from here on is the test's: it flows, and jumps when told to.
    await page.clock.install();
    await page.goto(`${journey.server.url}/staff/tickets`);
    const queue = page.getByTestId('ticket-queue');
    await queue.getByRole('columnheader', { name: 'Προθεσμία' }).waitFor();
    const soonDue = queue.locator(`tr[data-ticket-number="${soon}"] time[data-overdue]`);
    const lateDue = queue.locator(`tr[data-ticket-number="${late}"] time[data-overdue]`);
    await soonDue.waitFor();
    expect(await soonDue.getAttribute('data-overdue')).toBe('false');
    expect(await lateDue.getAttribute('data-overdue')).toBe('true');
    expect(await lateDue.textContent()).toContain('Εκπρόθεσμο');

    // Two hours and a minute later on the page's clock, the first one is overdue too.
    await page.clock.fastForward('02:01:00');
    await queue.locator(`tr[data-ticket-number="${soon}"] time[data-overdue="true"]`).waitFor();
    expect(await soonDue.textContent()).toContain('Εκπρόθεσμο');

    // The built-in view asks the server, whose clock is real: only the one past due.
    await page.getByRole('button', { name: 'Εκπρόθεσμα', exact: true }).click();
    await page.waitForURL(/overdue=1/);
    await queue.locator(`tr[data-ticket-number="${late}"]`).waitFor();
    await expect.poll(() => queue.locator(`tr[data-ticket-number="${soon}"]`).count()).toBe(0);
  });

  it('the customer sees «Αναμενόμενη απάντηση έως …» in Athens time', async () => {
    const page = await journey.signedIn(memberEmail);
    await page.goto(`${journey.server.url}/tickets/${soon}`);
    const expected = page.getByTestId('expected-answer');
    await expected.waitFor();
    const athens = new Intl.DateTimeFormat('el-GR', {
      timeZone: 'Europe/Athens',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(soonDueAt);
    expect(await expected.textContent()).toBe(`Αναμενόμενη απάντηση έως ${athens}`);
  });
});
