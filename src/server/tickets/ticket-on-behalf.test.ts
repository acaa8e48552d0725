import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import {
  createCompany,
  createCustomer,
  createSubscription,
  createUser,
} from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import {
  smtpWorkerFor,
  startTestSmtpServer,
  type TestSmtpServer,
} from '../../../test/support/test-smtp.js';

let t: TestApp;
let smtp: TestSmtpServer;
let deliver: () => Promise<void>;
let agent: ApiClient;
let agentEmail: string;

beforeAll(async () => {
  t = await createTestApp({ config: { companyName: 'Λύσεις Πληροφορικής' } });
  smtp = await startTestSmtpServer();
  deliver = smtpWorkerFor(t, smtp).deliver;
  const user = await createUser(t.db, 'agent', { firstName: 'Νίκος', lastName: 'Αγγέλου' });
  agentEmail = user.email.toLowerCase();
  agent = await loggedInClient(t.app, user.email);
});
afterAll(async () => {
  await smtp.close();
  await t.close();
});

async function customerWithPackage() {
  const customer = await createCustomer(t.db);
  const { subscription } = await createSubscription(t.db, customer.company.id, {
    name: 'Support 10 ώρες',
  });
  return { ...customer, subscription };
}

const ticketFor = (requesterId: string, subscriptionId: string | null) => ({
  subject: 'Τηλεφωνικό αίτημα: δεν φορτώνει το e-shop',
  subscriptionId,
  description: 'Ο πελάτης τηλεφώνησε: η αρχική σελίδα βγάζει σφάλμα 500 από το πρωί.',
  requesterId,
});

describe('staff opening a ticket for a contact', () => {
  it('offers the chosen company’s packages, and needs the company named', async () => {
    const { company, subscription } = await customerWithPackage();
    const options = await agent.get(`/api/tickets/form-options?companyId=${company.id}`);
    expect(options.statusCode).toBe(200);
    expect(options.json().subscriptions).toEqual([
      { id: subscription.id, packageName: 'Support 10 ώρες', periodKind: 'monthly' },
    ]);
    const unnamed = await agent.get('/api/tickets/form-options');
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().errors).toEqual([{ field: 'companyId', code: 'required' }]);
  });

  it('makes the ticket the contact’s: in their list, in their company, with support’s first message', async () => {
    const { company, member, admin, subscription } = await customerWithPackage();
    const response = await agent.post('/api/tickets', ticketFor(member.id, subscription.id));
    expect(response.statusCode).toBe(201);
    const ticket = response.json();
    expect(ticket).toMatchObject({
      status: 'open',
      packageName: 'Support 10 ώρες',
      requester: { id: member.id },
      company: { id: company.id },
    });
    const [description] = ticket.thread;
    expect(description).toMatchObject({
      type: 'message',
      author: { isStaff: true, name: 'Νίκος Αγγέλου' },
    });

    for (const user of [member, admin]) {
      const customer = await loggedInClient(t.app, user.email);
      const list = (await customer.get('/api/tickets')).json();
      expect(list.items.map((item: { number: number }) => item.number)).toContain(ticket.number);
      const seen = (await customer.get(`/api/tickets/${ticket.number}`)).json();
      const created = seen.thread.find(
        (item: { type: string; kind?: string }) => item.kind === 'created',
      );
      expect(created?.data).toEqual({ openedBy: 'staff' });
    }
  });

  it('emails the contact that support opened it for them, and the other staff, not its author', async () => {
    const { member, subscription } = await customerWithPackage();
    const otherAgent = await createUser(t.db, 'agent', { locale: 'en' });
    const since = smtp.received.length;
    const { number } = (
      await agent.post('/api/tickets', ticketFor(member.id, subscription.id))
    ).json();
    await deliver();
    const emails = smtp.received
      .slice(since)
      .filter((email) => email.subject.startsWith(`[#${number}]`));
    const toContact = emails.filter((email) => email.to.includes(member.email.toLowerCase()));
    expect(toContact).toHaveLength(1);
    expect(toContact[0]!.text).toContain('Νίκος Αγγέλου από Λύσεις Πληροφορικής άνοιξε για εσάς');
    expect(toContact[0]!.text).toContain(`/tickets/${number}`);
    const toOther = emails.filter((email) => email.to.includes(otherAgent.email.toLowerCase()));
    expect(toOther).toHaveLength(1);
    expect(toOther[0]!.text).toContain(`opened ticket #${number}`);
    expect(toOther[0]!.text).toContain(`for ${member.firstName} ${member.lastName}`);
    expect(emails.some((email) => email.to.includes(agentEmail))).toBe(false);
  });

  it('names what is wrong: no contact, a staff member, an inactive contact, another company’s package', async () => {
    const { member, subscription } = await customerWithPackage();
    const other = await customerWithPackage();
    const staffMember = await createUser(t.db, 'agent');
    const gone = await createUser(t.db, 'member', {
      companyId: member.companyId,
      isActive: false,
    });
    const cases = [
      [
        { ...ticketFor(member.id, subscription.id), requesterId: undefined },
        'requesterId',
        'required',
      ],
      [ticketFor(staffMember.id, subscription.id), 'requesterId', 'invalid_value'],
      [ticketFor(gone.id, subscription.id), 'requesterId', 'invalid_value'],
      [ticketFor(member.id, other.subscription.id), 'subscriptionId', 'invalid_value'],
    ] as const;
    for (const [body, field, code] of cases) {
      const response = await agent.post('/api/tickets', body);
      expect(response.statusCode, `${field} ${code}`).toBe(400);
      expect(response.json().errors).toEqual([{ field, code }]);
    }
  });

  it('refuses a contact of an archived company', async () => {
    const company = await createCompany(t.db, { archivedAt: new Date() });
    const contact = await createUser(t.db, 'member', { companyId: company.id });
    const response = await agent.post('/api/tickets', ticketFor(contact.id, null));
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('company_archived');
  });

  it('is staff’s alone: a customer cannot open a ticket in a colleague’s or a stranger’s name', async () => {
    const { admin, member, subscription } = await customerWithPackage();
    const stranger = await customerWithPackage();
    const client = await loggedInClient(t.app, admin.email);
    for (const requesterId of [member.id, stranger.member.id]) {
      const response = await client.post('/api/tickets', ticketFor(requesterId, subscription.id));
      expect(response.statusCode).toBe(403);
    }
    const own = await client.post('/api/tickets', ticketFor(admin.id, subscription.id));
    expect(own.statusCode).toBe(201);
    expect(own.json().requester.id).toBe(admin.id);
  });
});
