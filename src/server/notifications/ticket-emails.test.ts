import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import {
  type ReceivedEmail,
  smtpWorkerFor,
  startTestSmtpServer,
  type TestSmtpServer,
} from '../../../test/support/test-smtp.js';
import { openTicketAs } from '../../../test/support/tickets.js';
import { outboxEmails, users } from '../db/schema.js';

let t: TestApp;
let smtp: TestSmtpServer;
let deliver: () => Promise<void>;

beforeAll(async () => {
  t = await createTestApp({ config: { companyName: 'Λύσεις Πληροφορικής' } });
  smtp = await startTestSmtpServer();
  deliver = smtpWorkerFor(t, smtp).deliver;
});
afterAll(async () => {
  await smtp.close();
  await t.close();
});

/** Emails about one ticket (its subject starts with [#number]) received since a point. */
const aboutTicket = (number: number, since = 0): ReceivedEmail[] =>
  smtp.received.slice(since).filter((email) => email.subject.startsWith(`[#${number}]`));

const recipientsOf = (emails: ReceivedEmail[]) => emails.flatMap((email) => email.to).sort();

async function activeStaffEmails(): Promise<string[]> {
  const rows = await t.db
    .select({ email: users.email })
    .from(users)
    .where(and(inArray(users.role, ['admin', 'agent']), eq(users.isActive, true)));
  return rows.map((row) => row.email.toLowerCase()).sort();
}

function ticketLink(email: ReceivedEmail): string {
  const link = /http:\/\/localhost:3000(\/tickets\/\d+)/.exec(email.text)?.[1];
  if (!link) throw new Error(`no ticket link in: ${email.text}`);
  expect(email.html).toContain(`href="http://localhost:3000${link}"`);
  return link;
}

/** The link in an email opens the ticket for the person who got it. */
async function expectLinkWorksFor(client: ApiClient, email: ReceivedEmail, number: number) {
  const link = ticketLink(email);
  expect(link).toBe(`/tickets/${number}`);
  expect((await client.get(`/api${link}`)).statusCode).toBe(200);
}

async function staffClient(role: 'admin' | 'agent', locale: 'el' | 'en' = 'el') {
  const user = await createUser(t.db, role, { locale });
  return { user, client: await loggedInClient(t.app, user.email) };
}

describe('a new ticket', () => {
  it('emails every active staff member once, in their language, with a link to it, and nobody else', async () => {
    const agentEl = await staffClient('agent', 'el');
    const agentEn = await staffClient('agent', 'en');
    await createUser(t.db, 'admin');
    await createUser(t.db, 'agent', { isActive: false });
    const optedOut = await staffClient('agent');
    expect(
      (await optedOut.client.patch('/api/me/notifications', { ticketOpened: false })).statusCode,
    ).toBe(200);
    const { company, member } = await createCustomer(t.db);
    const number = await openTicketAs(await loggedInClient(t.app, member.email), {
      subject: 'Ο εκτυπωτής δεν τυπώνει',
      description: 'Βγάζει λευκές σελίδες.',
    });
    await deliver();

    const got = aboutTicket(number);
    const expected = (await activeStaffEmails()).filter(
      (email) => email !== optedOut.user.email.toLowerCase(),
    );
    expect(recipientsOf(got)).toEqual(expected);
    expect(got).toHaveLength(expected.length);

    const [greek] = smtp.to(agentEl.user.email).filter((e) => aboutTicket(number).includes(e));
    expect(greek!.subject).toBe(`[#${number}] Νέο αίτημα: Ο εκτυπωτής δεν τυπώνει`);
    expect(greek!.text).toContain(company.legalName);
    expect(greek!.text).toContain('Βγάζει λευκές σελίδες.');
    expect(greek!.text).toContain('Λύσεις Πληροφορικής');
    await expectLinkWorksFor(agentEl.client, greek!, number);

    const [english] = smtp.to(agentEn.user.email).filter((e) => aboutTicket(number).includes(e));
    expect(english!.subject).toBe(`[#${number}] New ticket: Ο εκτυπωτής δεν τυπώνει`);
    await expectLinkWorksFor(agentEn.client, english!, number);
  });

  it('escapes what the customer wrote in the HTML part', async () => {
    const { member } = await createCustomer(t.db);
    const number = await openTicketAs(await loggedInClient(t.app, member.email), {
      subject: 'Σφάλμα <b>έντονο</b> & "εισαγωγικά"',
      description: '<script>alert(1)</script>\n<img src=x onerror=alert(2)>',
    });
    await deliver();
    const email = aboutTicket(number).find((e) => e.subject.includes('Νέο αίτημα'));
    expect(email!.subject).toBe(`[#${number}] Νέο αίτημα: Σφάλμα <b>έντονο</b> & "εισαγωγικά"`);
    expect(email!.html).not.toContain('<script>');
    expect(email!.html).not.toContain('<img');
    expect(email!.html).not.toContain('<b>');
    expect(email!.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(email!.html).toContain('&amp; &quot;εισαγωγικά&quot;');
    expect(email!.text).toContain('<script>alert(1)</script>');
  });
});

describe('a customer reply', () => {
  it('emails only the assignee when the ticket has one', async () => {
    const admin = await staffClient('admin');
    const assignee = await staffClient('agent', 'en');
    const { member } = await createCustomer(t.db);
    const customer = await loggedInClient(t.app, member.email);
    const number = await openTicketAs(customer, { subject: 'VPN' });
    expect(
      (await admin.client.patch(`/api/tickets/${number}`, { assigneeId: assignee.user.id }))
        .statusCode,
    ).toBe(200);
    await deliver();
    const since = smtp.received.length;
    expect(
      (await customer.post(`/api/tickets/${number}/messages`, { body: 'Ακόμα δεν συνδέεται.' }))
        .statusCode,
    ).toBe(201);
    await deliver();
    const got = aboutTicket(number, since);
    expect(recipientsOf(got)).toEqual([assignee.user.email.toLowerCase()]);
    expect(got[0]!.subject).toBe(`[#${number}] Customer reply: VPN`);
    expect(got[0]!.text).toContain('Ακόμα δεν συνδέεται.');
    await expectLinkWorksFor(assignee.client, got[0]!, number);
  });

  it('emails every active staff member while the ticket is unassigned', async () => {
    const { member } = await createCustomer(t.db);
    const customer = await loggedInClient(t.app, member.email);
    const number = await openTicketAs(customer, { subject: 'Email' });
    await deliver();
    const since = smtp.received.length;
    await customer.post(`/api/tickets/${number}/messages`, { body: 'Κάποιο νέο;' });
    await deliver();
    const got = aboutTicket(number, since);
    expect(recipientsOf(got)).toEqual(await activeStaffEmails());
    expect(got.every((email) => /Απάντηση πελάτη|Customer reply/.test(email.subject))).toBe(true);
  });
});

describe('a staff reply', () => {
  it('emails the requester and the company_admins who wrote on the ticket, in their language; not the author', async () => {
    const agent = await staffClient('agent');
    const { company, admin: followingAdmin, member } = await createCustomer(t.db);
    await t.db.update(users).set({ locale: 'en' }).where(eq(users.id, member.id));
    const silentAdmin = await createUser(t.db, 'company_admin', { companyId: company.id });
    const requester = await loggedInClient(t.app, member.email);
    const number = await openTicketAs(requester, { subject: 'Δίκτυο' });
    const follower = await loggedInClient(t.app, followingAdmin.email);
    await follower.post(`/api/tickets/${number}/messages`, { body: 'Το βλέπω κι εγώ.' });
    await deliver();
    const since = smtp.received.length;

    const response = await agent.client.post(`/api/tickets/${number}/messages`, {
      body: 'Κάντε επανεκκίνηση του router.',
    });
    expect(response.statusCode).toBe(201);
    await deliver();
    const got = aboutTicket(number, since);
    expect(recipientsOf(got)).toEqual(
      [member.email.toLowerCase(), followingAdmin.email.toLowerCase()].sort(),
    );
    expect(recipientsOf(got)).not.toContain(silentAdmin.email.toLowerCase());
    const toRequester = got.find((email) => email.to.includes(member.email.toLowerCase()))!;
    expect(toRequester.subject).toBe(`[#${number}] New reply: Δίκτυο`);
    expect(toRequester.text).toContain('Κάντε επανεκκίνηση του router.');
    expect(toRequester.text).toContain('Λύσεις Πληροφορικής');
    await expectLinkWorksFor(requester, toRequester, number);
    const toFollower = got.find((email) => email.to.includes(followingAdmin.email.toLowerCase()))!;
    expect(toFollower.subject).toBe(`[#${number}] Νέα απάντηση: Δίκτυο`);
    await expectLinkWorksFor(follower, toFollower, number);
  });

  it('sends nothing at all for an internal note', async () => {
    const agent = await staffClient('agent');
    const { member } = await createCustomer(t.db);
    const number = await openTicketAs(await loggedInClient(t.app, member.email));
    await deliver();
    const since = smtp.received.length;
    const rowsBefore = (await t.db.select().from(outboxEmails)).length;
    const note = await agent.client.post(`/api/tickets/${number}/messages`, {
      body: 'Ο πελάτης έχει παλιό router.',
      isInternal: true,
    });
    expect(note.statusCode).toBe(201);
    await deliver();
    expect((await t.db.select().from(outboxEmails)).length).toBe(rowsBefore);
    expect(aboutTicket(number, since)).toHaveLength(0);
    expect(smtp.received.slice(since).some((email) => email.text.includes('παλιό router'))).toBe(
      false,
    );
  });

  it('is not emailed to a requester who switched reply emails off', async () => {
    const agent = await staffClient('agent');
    const { member } = await createCustomer(t.db);
    const requester = await loggedInClient(t.app, member.email);
    await requester.patch('/api/me/notifications', { ticketReplied: false });
    const number = await openTicketAs(requester);
    await agent.client.post(`/api/tickets/${number}/messages`, { body: 'Απάντηση' });
    await deliver();
    expect(smtp.to(member.email).filter((email) => aboutTicket(number).includes(email))).toEqual(
      [],
    );
  });
});

describe('closing a ticket', () => {
  it('emails the requester once, with the last message, and nobody else', async () => {
    const agent = await staffClient('agent');
    const { admin, member } = await createCustomer(t.db);
    const requester = await loggedInClient(t.app, member.email);
    const number = await openTicketAs(requester, { subject: 'Κωδικός email' });
    await (await loggedInClient(t.app, admin.email)).post(`/api/tickets/${number}/messages`, {
      body: 'Συμφωνώ.',
    });
    await deliver();
    const since = smtp.received.length;
    const closed = await agent.client.post(`/api/tickets/${number}/close`, {
      body: 'Ο κωδικός άλλαξε, κλείνω το αίτημα.',
    });
    expect(closed.statusCode).toBe(200);
    await deliver();
    const got = aboutTicket(number, since);
    expect(recipientsOf(got)).toEqual([member.email.toLowerCase()]);
    expect(got[0]!.subject).toBe(`[#${number}] Το αίτημα έκλεισε: Κωδικός email`);
    expect(got[0]!.text).toContain('Ο κωδικός άλλαξε, κλείνω το αίτημα.');
    await expectLinkWorksFor(requester, got[0]!, number);
  });

  it('emails the requester when staff set the status to closed', async () => {
    const agent = await staffClient('agent');
    const { member } = await createCustomer(t.db);
    const number = await openTicketAs(await loggedInClient(t.app, member.email));
    await deliver();
    const since = smtp.received.length;
    expect(
      (await agent.client.patch(`/api/tickets/${number}`, { status: 'closed' })).statusCode,
    ).toBe(200);
    await agent.client.patch(`/api/tickets/${number}`, { status: 'closed' });
    await deliver();
    expect(recipientsOf(aboutTicket(number, since))).toEqual([member.email.toLowerCase()]);
  });
});
