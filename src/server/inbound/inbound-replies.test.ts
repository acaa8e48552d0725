import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser } from '../../../test/support/factories.js';
import {
  type InboundHarness,
  SUPPORT_ADDRESS,
  startInboundHarness,
} from '../../../test/support/inbound.js';
import { buildInboundEmail, buildReplyTo } from '../../../test/support/inbound-mail.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import {
  type ReceivedEmail,
  smtpWorkerFor,
  startTestSmtpServer,
  type TestSmtpServer,
} from '../../../test/support/test-smtp.js';
import { openTicketAs } from '../../../test/support/tickets.js';
import type { TicketDetail } from '../../shared/api/tickets.js';
import { inboundEmails, outboxEmails } from '../db/schema.js';

let t: TestApp;
let smtp: TestSmtpServer;
let inbound: InboundHarness;
let deliverOutbox: () => Promise<void>;

beforeAll(async () => {
  t = await createTestApp();
  smtp = await startTestSmtpServer();
  deliverOutbox = smtpWorkerFor(t, smtp).deliver;
  inbound = await startInboundHarness(t);
});
afterAll(async () => {
  await inbound.close();
  await smtp.close();
  await t.close();
});

async function thread(client: ApiClient, number: number): Promise<TicketDetail> {
  const response = await client.get(`/api/tickets/${number}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const messagesOf = (detail: TicketDetail) =>
  detail.thread.flatMap((item) => (item.type === 'message' ? [item] : []));

/** The newest email one address received about a ticket. */
function lastEmailTo(address: string, number: number): ReceivedEmail {
  const found = smtp
    .to(address)
    .filter((email) => email.subject.includes(`[#${number}]`))
    .at(-1);
  if (!found) throw new Error(`no email to ${address} about #${number}`);
  return found;
}

async function ticketWithStaffReply() {
  const { company, admin: customer } = await createCustomer(t.db);
  const customerClient = await loggedInClient(t.app, customer.email);
  const agent = await createUser(t.db, 'agent', { firstName: 'Νίκος', lastName: 'Δημητρίου' });
  const agentClient = await loggedInClient(t.app, agent.email);
  const number = await openTicketAs(customerClient, { subject: 'Ο εκτυπωτής δεν τυπώνει' });
  const reply = await agentClient.post(`/api/tickets/${number}/messages`, {
    body: 'Δοκιμάστε να τον επανεκκινήσετε, παρακαλώ.',
  });
  expect(reply.statusCode, reply.body).toBe(201);
  await deliverOutbox();
  return { company, customer, customerClient, agent, agentClient, number };
}

describe('an emailed reply lands in its ticket', () => {
  it('threads outgoing emails to the ticket, with the support mailbox as Reply-To and marked automatic', async () => {
    const { customer, number } = await ticketWithStaffReply();
    const email = lastEmailTo(customer.email, number);
    const [ticketRow] = await t.db
      .select({ ticketId: outboxEmails.ticketId, messageIdHeader: outboxEmails.messageIdHeader })
      .from(outboxEmails)
      .where(
        and(eq(outboxEmails.toAddress, customer.email), eq(outboxEmails.kind, 'ticket_replied')),
      );
    expect(email.headers.get('reply-to')).toBe(SUPPORT_ADDRESS);
    expect(email.headers.get('auto-submitted')).toBe('auto-generated');
    expect(email.headers.get('in-reply-to')).toBe(`<ticket-${ticketRow!.ticketId}@localhost>`);
    expect(email.headers.get('references')).toBe(`<ticket-${ticketRow!.ticketId}@localhost>`);
    // The Message-ID it left with is stored, so that a reply or a bounce finds it.
    expect(email.messageId).toBe(`<${ticketRow!.messageIdHeader}>`);
  });

  it('takes the customer’s words, not the quote, and moves the ticket as «Απάντηση» would', async () => {
    const { customer, customerClient, agent, number } = await ticketWithStaffReply();
    expect((await thread(customerClient, number)).status).toBe('waiting_customer');
    const received = lastEmailTo(customer.email, number);
    const raw = await buildReplyTo(
      { ...received, from: `Aitima <${SUPPORT_ADDRESS}>` },
      { from: customer.email, text: 'Το επανεκκίνησα και πάλι τίποτα.', style: 'gmail-el' },
    );
    const before = smtp.received.length;
    const result = await inbound.deliver(raw);
    expect(result).toMatchObject({ polled: true, processed: 1, failed: 0, error: null });

    const detail = await thread(customerClient, number);
    const last = messagesOf(detail).at(-1)!;
    expect(last.body).toBe('Το επανεκκίνησα και πάλι τίποτα.');
    expect(last.author.id).toBe(customer.id);
    expect(last.viaEmail).toBe(true);
    expect(last.originalEmailId).not.toBeNull();
    expect(detail.status).toBe('open');
    // The same email as a portal reply: the assignee-less ticket tells staff.
    await deliverOutbox();
    const toAgent = smtp.received
      .slice(before)
      .filter((mail) => mail.to.includes(agent.email.toLowerCase()));
    expect(toAgent.map((mail) => mail.subject)).toEqual([
      `[#${number}] Απάντηση πελάτη: Ο εκτυπωτής δεν τυπώνει`,
    ]);
    // Processed mail leaves the inbox for the processed folder.
    expect(await inbound.imap.uids('INBOX')).toEqual([]);
    expect((await inbound.imap.uids('Processed')).length).toBeGreaterThan(0);

    // The original is the sender's to download, as sent.
    const original = await customerClient.get(
      `/api/inbound-emails/${last.originalEmailId}/original`,
    );
    expect(original.statusCode).toBe(200);
    expect(original.headers['content-type']).toBe('message/rfc822');
    expect(original.body).toContain(`From: ${customer.email}`);
  });

  it('reopens a closed ticket, and an emailed staff reply is a staff reply', async () => {
    const { customer, customerClient, agent, agentClient, number } = await ticketWithStaffReply();
    expect((await agentClient.post(`/api/tickets/${number}/close`, {})).statusCode).toBe(200);
    const received = lastEmailTo(customer.email, number);
    await inbound.deliver(
      await buildReplyTo(
        { ...received, from: SUPPORT_ADDRESS },
        { from: customer.email, text: 'Ξαναχάλασε σήμερα.', style: 'outlook-el' },
      ),
    );
    let detail = await thread(customerClient, number);
    expect(detail.status).toBe('open');
    expect(detail.thread.some((item) => item.type === 'event' && item.kind === 'reopened')).toBe(
      true,
    );

    await deliverOutbox();
    const toAgent = lastEmailTo(agent.email, number);
    await inbound.deliver(
      await buildReplyTo(
        { ...toAgent, from: SUPPORT_ADDRESS },
        { from: agent.email, text: 'Έρχομαι αύριο το πρωί.', style: 'apple-en' },
      ),
    );
    detail = await thread(customerClient, number);
    const last = messagesOf(detail).at(-1)!;
    expect(last).toMatchObject({ body: 'Έρχομαι αύριο το πρωί.', viaEmail: true });
    expect(last.author).toMatchObject({ id: agent.id, isStaff: true });
    expect(detail.status).toBe('waiting_customer');
    // A staff member's original is for staff; the customer does not see the link.
    expect(last.originalEmailId).toBeNull();
  });

  it('finds the ticket by its [#number] tag when the headers are gone', async () => {
    const { customer, customerClient, number } = await ticketWithStaffReply();
    await inbound.deliver(
      await buildInboundEmail({
        from: customer.email,
        to: SUPPORT_ADDRESS,
        subject: `Re: [#${number}] Νέα απάντηση`,
        text: 'Ακόμα περιμένω.',
      }),
    );
    expect(messagesOf(await thread(customerClient, number)).at(-1)!.body).toBe('Ακόμα περιμένω.');
  });

  it('never lets a stranger, or a colleague the rules do not allow, post into a ticket', async () => {
    const { company, customer, customerClient, number } = await ticketWithStaffReply();
    const colleague = await createUser(t.db, 'member', { companyId: company.id });
    const outsider = await createCustomer(t.db);
    const received = lastEmailTo(customer.email, number);
    const before = messagesOf(await thread(customerClient, number)).length;
    for (const from of ['stranger@elsewhere.test', colleague.email, outsider.admin.email]) {
      const result = await inbound.deliver(
        await buildReplyTo(
          { ...received, from: SUPPORT_ADDRESS },
          { from, text: 'Γράφω κι εγώ εδώ.', style: 'gmail-el' },
        ),
      );
      expect(result).toMatchObject({ processed: 0, held: 1 });
    }
    expect(messagesOf(await thread(customerClient, number))).toHaveLength(before);
    const held = await t.db
      .select({ from: inboundEmails.fromAddress, outcome: inboundEmails.outcome })
      .from(inboundEmails)
      .where(eq(inboundEmails.status, 'held'));
    expect(held).toEqual(
      expect.arrayContaining([
        { from: 'stranger@elsewhere.test', outcome: 'unknown_sender' },
        { from: colleague.email.toLowerCase(), outcome: 'not_allowed' },
        { from: outsider.admin.email.toLowerCase(), outcome: 'not_allowed' },
      ]),
    );
  });

  it('lets a company_admin answer a colleague’s ticket, as in the portal', async () => {
    const { company, customer } = await ticketWithStaffReply();
    const member = await createUser(t.db, 'member', { companyId: company.id });
    const memberClient = await loggedInClient(t.app, member.email);
    const number = await openTicketAs(memberClient, { subject: 'Κωδικός Wi-Fi' });
    const result = await inbound.deliver(
      await buildInboundEmail({
        from: customer.email,
        to: SUPPORT_ADDRESS,
        subject: `Re: [#${number}] Κωδικός Wi-Fi`,
        text: 'Τον έχω εγώ, θα σας τον στείλω.',
      }),
    );
    expect(result).toMatchObject({ processed: 1, held: 0 });
    expect(messagesOf(await thread(memberClient, number)).at(-1)!.body).toBe(
      'Τον έχω εγώ, θα σας τον στείλω.',
    );
  });
});
