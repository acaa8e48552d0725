import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser, TEST_PASSWORD } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';

let t: TestApp;
let customer: ApiClient;
let agent: ApiClient;
let agentId: string;
let companyId: string;
const numbers: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestApp();
  const acme = await createCustomer(t.db);
  companyId = acme.company.id;
  customer = new ApiClient(t.app);
  await customer.logIn(acme.admin.email, TEST_PASSWORD);
  const agentUser = await createUser(t.db, 'agent');
  agentId = agentUser.id;
  agent = new ApiClient(t.app);
  await agent.logIn(agentUser.email, TEST_PASSWORD);

  numbers.fix = await openTicketAs(customer, {
    subject: 'Διόρθωση στο μενού',
    description: 'Λάθος σύνδεσμος',
  });
  numbers.invoice = await openTicketAs(customer, {
    subject: 'Τιμολόγιο Μαρτίου',
    description: 'Χρειάζομαι αντίγραφο',
  });
  numbers.email = await openTicketAs(customer, {
    subject: 'Email',
    description: 'Δεν στέλνονται ΜΗΝΥΜΑΤΑ',
  });
  await customer.post(`/api/tickets/${numbers.invoice}/messages`, {
    body: 'Επίσης η ΑΝΑΒΑΘΜΙΣΗ του server',
  });
  await agent.post(`/api/tickets/${numbers.email}/close`, {});
  await agent.patch(`/api/tickets/${numbers.fix}`, { assigneeId: agentId });
  // Another company's ticket, which the customer must never list.
  const other = await createCustomer(t.db);
  const otherClient = new ApiClient(t.app);
  await otherClient.logIn(other.member.email, TEST_PASSWORD);
  numbers.foreign = await openTicketAs(otherClient, { subject: 'Διόρθωση άλλης εταιρείας' });
});
afterAll(() => t.close());

const listed = async (client: ApiClient, query: string) =>
  ((await client.get(`/api/tickets?${query}`)).json().items as { number: number }[]).map(
    (i) => i.number,
  );

describe('ticket list («Αιτήματα»)', () => {
  it('shows open tickets by default, closed ones on their tab, and both on "all"', async () => {
    expect(await listed(customer, '')).toEqual(
      expect.arrayContaining([numbers.fix, numbers.invoice]),
    );
    expect(await listed(customer, '')).not.toContain(numbers.email);
    expect(await listed(customer, 'state=closed')).toEqual([numbers.email]);
    expect((await listed(customer, 'state=all')).sort()).toEqual(
      [numbers.fix, numbers.invoice, numbers.email].sort(),
    );
  });

  it('finds Greek words without their accents, and in any case', async () => {
    expect(await listed(customer, `state=all&q=${encodeURIComponent('διορθωση')}`)).toEqual([
      numbers.fix,
    ]);
    expect(await listed(customer, `state=all&q=${encodeURIComponent('ΔΙΌΡΘΩΣΗ')}`)).toEqual([
      numbers.fix,
    ]);
    expect(await listed(customer, `state=all&q=${encodeURIComponent('τιμολογιο')}`)).toEqual([
      numbers.invoice,
    ]);
  });

  it('searches the description and the replies, not only the subject', async () => {
    expect(await listed(customer, `state=all&q=${encodeURIComponent('αντιγραφο')}`)).toEqual([
      numbers.invoice,
    ]);
    expect(await listed(customer, `state=all&q=${encodeURIComponent('αναβάθμιση')}`)).toEqual([
      numbers.invoice,
    ]);
    expect(await listed(customer, `state=all&q=${encodeURIComponent('μηνυματα')}`)).toEqual([
      numbers.email,
    ]);
  });

  it('treats % and _ in a search as plain characters', async () => {
    expect(await listed(customer, `state=all&q=${encodeURIComponent('%')}`)).toEqual([]);
    expect(await listed(customer, `state=all&q=${encodeURIComponent('_')}`)).toEqual([]);
  });

  it('sorts and pages', async () => {
    expect(await listed(customer, 'state=all&sort=number&direction=asc')).toEqual([
      numbers.fix,
      numbers.invoice,
      numbers.email,
    ]);
    const page = (
      await customer.get('/api/tickets?state=all&sort=number&direction=asc&pageSize=2&page=2')
    ).json();
    expect(page).toMatchObject({ total: 3, isTotalCapped: false, page: 2, pageSize: 2 });
    expect(page.items.map((i: { number: number }) => i.number)).toEqual([numbers.email]);
    // A page past the end still says how many match; a search matching nothing says none.
    const pastTheEnd = (
      await customer.get('/api/tickets?state=all&sort=number&direction=asc&pageSize=2&page=5')
    ).json();
    expect(pastTheEnd).toMatchObject({ items: [], total: 3, isTotalCapped: false, page: 5 });
    const none = (await customer.get('/api/tickets?state=all&q=zzzzqqqq')).json();
    expect(none).toMatchObject({ items: [], total: 0, isTotalCapped: false });
    // Latin letters sort before Greek ones, in C and in Unicode collation alike.
    expect(await listed(customer, 'state=all&sort=subject&direction=asc')).toEqual([
      numbers.email,
      numbers.fix,
      numbers.invoice,
    ]);
  });

  it('describes each ticket with status, package, requester and last activity', async () => {
    const [item] = (
      await customer.get(`/api/tickets?state=all&q=${encodeURIComponent('τιμολογιο')}`)
    ).json().items;
    expect(item).toMatchObject({
      number: numbers.invoice,
      subject: 'Τιμολόγιο Μαρτίου',
      status: 'open',
      company: { id: companyId },
      requester: { name: 'Μαρία Παπαδοπούλου', isStaff: false },
      packageName: null,
      minutesSpent: 0,
    });
    expect(new Date(item.lastActivityAt).getTime()).toBeGreaterThanOrEqual(
      new Date(item.createdAt).getTime(),
    );
  });

  it('rejects a bad query parameter by name', async () => {
    const response = await customer.get('/api/tickets?sort=priority');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('sort');
  });
});

describe('staff queue filters', () => {
  it('by company, assignee, "mine", unassigned and status', async () => {
    expect(
      await listed(agent, `state=all&companyId=${companyId}&sort=number&direction=asc`),
    ).toEqual([numbers.fix, numbers.invoice, numbers.email]);
    expect(await listed(agent, 'state=all&mine=true')).toEqual([numbers.fix]);
    // «false» means no filter, not «true» (text is not read as truthy).
    expect((await listed(agent, 'state=all&mine=false')).length).toBeGreaterThan(1);
    expect((await agent.get('/api/tickets?mine=maybe')).json().errors[0].field).toBe('mine');
    expect(await listed(agent, `state=all&assigneeId=${agentId}`)).toEqual([numbers.fix]);
    expect(
      await listed(
        agent,
        `state=all&unassigned=true&companyId=${companyId}&sort=number&direction=asc`,
      ),
    ).toEqual([numbers.invoice, numbers.email]);
    expect(await listed(agent, `state=all&status=closed&companyId=${companyId}`)).toEqual([
      numbers.email,
    ]);
    expect(
      await listed(
        agent,
        `state=all&q=${encodeURIComponent('διορθωση')}&sort=number&direction=asc`,
      ),
    ).toEqual([numbers.fix, numbers.foreign]);
  });

  it('lists active staff to assign to, for staff only', async () => {
    const staff = (await agent.get('/api/staff-members')).json().items;
    expect(staff).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: agentId, isStaff: true })]),
    );
    expect((await customer.get('/api/staff-members')).statusCode).toBe(403);
  });
});
