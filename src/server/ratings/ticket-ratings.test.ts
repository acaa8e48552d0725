import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import {
  smtpWorkerFor,
  startTestSmtpServer,
  type TestSmtpServer,
} from '../../../test/support/test-smtp.js';
import { openTicketAs } from '../../../test/support/tickets.js';
import { auditEntries, outboxEmails, ticketRatings, tickets } from '../db/schema.js';

let t: TestApp;
let smtp: TestSmtpServer;
let deliver: () => Promise<void>;
let staff: ApiClient;
let agentId: string;

beforeAll(async () => {
  t = await createTestApp();
  smtp = await startTestSmtpServer();
  deliver = smtpWorkerFor(t, smtp).deliver;
  const agent = await createUser(t.db, 'agent');
  agentId = agent.id;
  staff = await loggedInClient(t.app, agent.email);
});
afterAll(async () => {
  await smtp.close();
  await t.close();
});

/** A company whose member opened a ticket, assigned to the test's agent. */
async function ticketOfNewCompany() {
  const customer = await createCustomer(t.db);
  const member = await loggedInClient(t.app, customer.member.email);
  const number = await openTicketAs(member);
  const assigned = await staff.patch(`/api/tickets/${number}`, { assigneeId: agentId });
  expect(assigned.statusCode, assigned.body).toBe(200);
  return { ...customer, memberClient: member, number };
}

/** Staff close the ticket; returns the good and bad links' tokens from the requester's email. */
async function closeAndReadLinks(number: number, requesterEmail: string) {
  const closed = await staff.post(`/api/tickets/${number}/close`, { body: 'Λύθηκε.' });
  expect(closed.statusCode, closed.body).toBe(200);
  await deliver();
  const email = smtp
    .to(requesterEmail)
    .filter((received) => received.subject.startsWith(`[#${number}]`))
    .at(-1);
  const links = [
    ...(email?.text ?? '').matchAll(/http:\/\/localhost:3000\/rate\/([\w-]+)\?rating=(good|bad)/g),
  ];
  expect(links.map((link) => link[2])).toEqual(['good', 'bad']);
  expect(links[0]![1]).toBe(links[1]![1]);
  expect(email?.html).toContain(`href="http://localhost:3000/rate/${links[0]![1]}?rating=good"`);
  return links[0]![1]!;
}

const anonymous = () => new ApiClient(t.app);
const ratingRows = (number: number) =>
  t.db
    .select({ rating: ticketRatings.rating })
    .from(ticketRatings)
    .innerJoin(tickets, eq(tickets.id, ticketRatings.ticketId))
    .where(eq(tickets.number, number));

describe('rating through the closing email’s link', () => {
  it('shows the link without changing anything, records on the button, and works once', async () => {
    const { number, member } = await ticketOfNewCompany();
    const token = await closeAndReadLinks(number, member.email);
    const visitor = anonymous();

    // Mail scanners open links: reading it twice changes nothing.
    for (let i = 0; i < 2; i++) {
      const shown = await visitor.get(`/api/rating-links/${token}`);
      expect(shown.statusCode, shown.body).toBe(200);
      expect(shown.json()).toMatchObject({ state: 'open', ticketNumber: number, rating: null });
    }
    expect(await ratingRows(number)).toEqual([{ rating: null }]);

    const rated = await visitor.post(`/api/rating-links/${token}`, {
      rating: 'good',
      comment: '  Γρήγορα και σωστά.  ',
    });
    expect(rated.statusCode, rated.body).toBe(201);
    expect(rated.json()).toMatchObject({
      state: 'rated',
      ticketNumber: number,
      rating: { rating: 'good', comment: 'Γρήγορα και σωστά.' },
    });

    const again = await visitor.post(`/api/rating-links/${token}`, { rating: 'bad' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('rating_already_given');
    const after = (await visitor.get(`/api/rating-links/${token}`)).json();
    expect(after).toMatchObject({ state: 'rated', rating: { rating: 'good' } });

    // Staff see it on the ticket, with the agent it counts for; the requester too, without.
    const seen = (await staff.get(`/api/tickets/${number}/rating`)).json();
    expect(seen).toMatchObject({
      rating: { rating: 'good', comment: 'Γρήγορα και σωστά.' },
      agentName: 'Μαρία Παπαδοπούλου',
      canRate: false,
    });
    const byRequester = (
      await (await loggedInClient(t.app, member.email)).get(`/api/tickets/${number}/rating`)
    ).json();
    expect(byRequester).toMatchObject({ rating: { rating: 'good' }, agentName: null });

    // The token is kept only hashed, and the sent email's copy is scrubbed.
    const stored = await t.db.select().from(ticketRatings);
    expect(JSON.stringify(stored)).not.toContain(token);
    const outbox = await t.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.kind, 'ticket_closed'));
    expect(JSON.stringify(outbox)).not.toContain(token);
    const audited = await t.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.action, 'ticket.rated'));
    expect(audited.some((entry) => entry.entityId === String(number))).toBe(true);
  });

  it('refuses an unknown link and an expired one with clear codes', async () => {
    const unknown = await anonymous().post('/api/rating-links/this-is-no-token-at-all', {
      rating: 'good',
    });
    expect(unknown.statusCode).toBe(410);
    expect(unknown.json().code).toBe('rating_link_invalid');
    expect((await anonymous().get('/api/rating-links/this-is-no-token-at-all')).json().state).toBe(
      'not_found',
    );

    const { number, member, company } = await ticketOfNewCompany();
    const token = await closeAndReadLinks(number, member.email);
    await t.db
      .update(ticketRatings)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(ticketRatings.companyId, company.id));
    expect((await anonymous().get(`/api/rating-links/${token}`)).json()).toMatchObject({
      state: 'expired',
      ticketNumber: number,
    });
    const expired = await anonymous().post(`/api/rating-links/${token}`, { rating: 'bad' });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().code).toBe('rating_link_expired');
  });

  it('names what is wrong with bad input', async () => {
    const { number, member } = await ticketOfNewCompany();
    const token = await closeAndReadLinks(number, member.email);
    const meh = await anonymous().post(`/api/rating-links/${token}`, { rating: 'meh' });
    expect(meh.statusCode).toBe(400);
    expect(meh.json().errors[0].field).toBe('rating');
    const long = await anonymous().post(`/api/rating-links/${token}`, {
      rating: 'good',
      comment: 'α'.repeat(2001),
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().errors[0]).toMatchObject({ field: 'comment', code: 'too_long' });
  });

  it('belongs to a closing: after a reopening the old link stops, the new closing is rated anew', async () => {
    const { number, member, memberClient } = await ticketOfNewCompany();
    const first = await closeAndReadLinks(number, member.email);
    expect(
      (await anonymous().post(`/api/rating-links/${first}`, { rating: 'bad' })).statusCode,
    ).toBe(201);
    expect((await staff.post(`/api/tickets/${number}/reopen`)).statusCode).toBe(200);
    const whileOpen = await memberClient.post(`/api/tickets/${number}/rating`, { rating: 'good' });
    expect(whileOpen.statusCode).toBe(409);
    expect(whileOpen.json().code).toBe('ticket_not_closed');

    const second = await closeAndReadLinks(number, member.email);
    expect(second).not.toBe(first);
    expect((await memberClient.get(`/api/tickets/${number}/rating`)).json()).toMatchObject({
      rating: null,
      canRate: true,
    });
    // An unused link of an earlier closing no longer works once the ticket was reopened.
    expect((await staff.post(`/api/tickets/${number}/reopen`)).statusCode).toBe(200);
    expect((await anonymous().get(`/api/rating-links/${second}`)).json().state).toBe('reopened');
    const stale = await anonymous().post(`/api/rating-links/${second}`, { rating: 'good' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('ticket_not_closed');
  });
});

describe('rating from the portal', () => {
  it('lets the requester rate the closed ticket once', async () => {
    const { number, member, memberClient } = await ticketOfNewCompany();
    expect((await memberClient.get(`/api/tickets/${number}/rating`)).json()).toEqual({
      closedAt: null,
      rating: null,
      agentName: null,
      canRate: false,
    });
    await closeAndReadLinks(number, member.email);
    expect((await memberClient.get(`/api/tickets/${number}/rating`)).json().canRate).toBe(true);
    const rated = await memberClient.post(`/api/tickets/${number}/rating`, {
      rating: 'bad',
      comment: 'Άργησε.',
    });
    expect(rated.statusCode, rated.body).toBe(201);
    expect(rated.json()).toMatchObject({
      rating: { rating: 'bad', comment: 'Άργησε.' },
      canRate: false,
    });
    const again = await memberClient.post(`/api/tickets/${number}/rating`, { rating: 'good' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('rating_already_given');
  });

  it('lets a company_admin rate; refuses staff (403) and other people (404)', async () => {
    const { number, member, admin, company } = await ticketOfNewCompany();
    await closeAndReadLinks(number, member.email);

    const staffTry = await staff.post(`/api/tickets/${number}/rating`, { rating: 'good' });
    expect(staffTry.statusCode).toBe(403);
    expect((await staff.get(`/api/tickets/${number}/rating`)).json().canRate).toBe(false);

    const stranger = await createCustomer(t.db);
    const foreign = await loggedInClient(t.app, stranger.admin.email);
    expect(
      (await foreign.post(`/api/tickets/${number}/rating`, { rating: 'bad' })).statusCode,
    ).toBe(404);
    expect((await foreign.get(`/api/tickets/${number}/rating`)).statusCode).toBe(404);

    const colleague = await createUser(t.db, 'member', { companyId: company.id });
    const colleagueClient = await loggedInClient(t.app, colleague.email);
    expect(
      (await colleagueClient.post(`/api/tickets/${number}/rating`, { rating: 'bad' })).statusCode,
    ).toBe(404);

    const adminClient = await loggedInClient(t.app, admin.email);
    const rated = await adminClient.post(`/api/tickets/${number}/rating`, { rating: 'good' });
    expect(rated.statusCode, rated.body).toBe(201);
    expect((await anonymous().post('/api/tickets/1/rating', { rating: 'good' })).statusCode).toBe(
      401,
    );
  });
});

describe('a colleague added to the ticket', () => {
  it('reads the closing email without rating links and may not rate: the rating is the requester’s', async () => {
    const { number, member, company } = await ticketOfNewCompany();
    const colleague = await createUser(t.db, 'member', { companyId: company.id });
    const added = await staff.post(`/api/tickets/${number}/participants`, { userId: colleague.id });
    expect(added.statusCode, added.body).toBe(200);

    await closeAndReadLinks(number, member.email);
    const colleagueEmail = smtp
      .to(colleague.email)
      .filter((received) => received.subject.startsWith(`[#${number}]`))
      .at(-1);
    expect(colleagueEmail?.text).toBeDefined();
    expect(colleagueEmail?.text).not.toContain('/rate/');

    const colleagueClient = await loggedInClient(t.app, colleague.email);
    expect((await colleagueClient.get(`/api/tickets/${number}`)).statusCode).toBe(200);
    const tried = await colleagueClient.post(`/api/tickets/${number}/rating`, { rating: 'bad' });
    expect(tried.statusCode).toBe(403);
    expect(await ratingRows(number)).toEqual([{ rating: null }]);
  });
});

describe('the monthly figures', () => {
  it('count good and bad per month by company and by agent, for staff only', async () => {
    const customer = await ticketOfNewCompany();
    const month = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Athens',
      year: 'numeric',
      month: '2-digit',
    })
      .format(new Date())
      .slice(0, 7);
    const ratings = ['good', 'good', 'bad'] as const;
    const numbers = [customer.number];
    for (let i = 1; i < ratings.length; i++)
      numbers.push(await openTicketAs(customer.memberClient));
    for (const [i, number] of numbers.entries()) {
      if (i > 0) await staff.patch(`/api/tickets/${number}`, { assigneeId: agentId });
      await closeAndReadLinks(number, customer.member.email);
      const rated = await customer.memberClient.post(`/api/tickets/${number}/rating`, {
        rating: ratings[i],
      });
      expect(rated.statusCode, rated.body).toBe(201);
    }
    // A closed but unrated ticket counts for nothing.
    const unrated = await openTicketAs(customer.memberClient);
    await closeAndReadLinks(unrated, customer.member.email);

    const byCompany = await staff.get(
      `/api/ticket-ratings?by=company&companyId=${customer.company.id}`,
    );
    expect(byCompany.statusCode, byCompany.body).toBe(200);
    expect(byCompany.json().items).toEqual([
      {
        month,
        id: customer.company.id,
        name: customer.company.legalName,
        good: 2,
        bad: 1,
        goodPercent: 67,
      },
    ]);

    const byAgent = (await staff.get('/api/ticket-ratings?by=agent')).json().items;
    const agentRow = byAgent.find(
      (row: { id: string; month: string }) => row.id === agentId && row.month === month,
    );
    expect(agentRow).toMatchObject({ name: 'Μαρία Παπαδοπούλου' });
    // Other tests of this file rate for the same agent: at least this test's three.
    expect(agentRow.good).toBeGreaterThanOrEqual(2);
    expect(agentRow.bad).toBeGreaterThanOrEqual(1);

    const customerTry = await customer.memberClient.get('/api/ticket-ratings');
    expect(customerTry.statusCode).toBe(403);
    const bad = await staff.get('/api/ticket-ratings?by=month');
    expect(bad.statusCode).toBe(400);
  });
});
