import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';

let t: TestApp;
let agent: ApiClient;
beforeAll(async () => {
  t = await createTestApp();
  agent = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
});
afterAll(() => t.close());

/** Whether the ticket reads as news in this person's list. */
async function isNews(client: ApiClient, number: number): Promise<boolean | undefined> {
  const items: { number: number; hasNews: boolean }[] = (
    await client.get('/api/tickets?state=all')
  ).json().items;
  return items.find((item) => item.number === number)?.hasNews;
}

describe('news on a ticket (a reply or a change since one last opened it)', () => {
  it('marks what others did, not what one did oneself, until one opens the ticket', async () => {
    const customer = await createCustomer(t.db);
    const member = await loggedInClient(t.app, customer.member.email);
    const admin = await loggedInClient(t.app, customer.admin.email);
    const number = await openTicketAs(member);
    expect(await isNews(member, number)).toBe(false);
    // The company admin has not opened a colleague's new ticket yet.
    expect(await isNews(admin, number)).toBe(true);

    await agent.post(`/api/tickets/${number}/messages`, { body: 'Μπορείτε να δοκιμάσετε ξανά;' });
    expect(await isNews(agent, number)).toBe(false);
    expect(await isNews(member, number)).toBe(true);

    expect((await member.post(`/api/tickets/${number}/read`)).statusCode).toBe(204);
    expect(await isNews(member, number)).toBe(false);
    expect(await isNews(admin, number)).toBe(true);

    // Staff's internal notes are not the customer's news.
    await agent.post(`/api/tickets/${number}/messages`, { body: 'Σημείωση', isInternal: true });
    expect(await isNews(member, number)).toBe(false);

    // Closing is.
    await agent.post(`/api/tickets/${number}/close`, {});
    expect(await isNews(member, number)).toBe(true);
    await member.post(`/api/tickets/${number}/messages`, { body: 'Πάλι δεν δουλεύει.' });
    expect(await isNews(member, number)).toBe(false);
    expect(await isNews(agent, number)).toBe(true);
  });

  it('starts a new person with nothing new, and keeps other companies’ tickets out of reach', async () => {
    const customer = await createCustomer(t.db);
    const number = await openTicketAs(await loggedInClient(t.app, customer.member.email));
    const newcomer = await createUser(t.db, 'company_admin', { companyId: customer.company.id });
    expect(await isNews(await loggedInClient(t.app, newcomer.email), number)).toBe(false);

    const stranger = await loggedInClient(t.app, (await createCustomer(t.db)).admin.email);
    expect((await stranger.post(`/api/tickets/${number}/read`)).statusCode).toBe(404);
  });
});
