import { and, asc, eq } from 'drizzle-orm';
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
import { auditEntries } from '../db/schema.js';
import { planInboundEmail } from '../inbound/inbound-routing.js';
import type { ParsedInboundEmail } from '../inbound/parse-inbound-email.js';

let t: TestApp;
let smtp: TestSmtpServer;
let deliver: () => Promise<void>;

beforeAll(async () => {
  t = await createTestApp();
  smtp = await startTestSmtpServer();
  deliver = smtpWorkerFor(t, smtp).deliver;
});
afterAll(async () => {
  await smtp.close();
  await t.close();
});

const aboutTicket = (number: number, since: number): ReceivedEmail[] =>
  smtp.received.slice(since).filter((email) => email.subject.startsWith(`[#${number}]`));
const recipientsOf = (emails: ReceivedEmail[]) =>
  emails.flatMap((email) => email.to.map((to) => to.toLowerCase())).sort();

/** A company with its requester, a colleague (member), and an agent; one ticket of the requester's. */
async function scene() {
  const acme = await createCustomer(t.db);
  const colleague = await createUser(t.db, 'member', { companyId: acme.company.id });
  const agent = await createUser(t.db, 'agent');
  const requester = await loggedInClient(t.app, acme.member.email);
  const number = await openTicketAs(requester, { subject: 'Ο διακομιστής δεν απαντά' });
  return {
    acme,
    colleague,
    number,
    requester,
    colleagueClient: await loggedInClient(t.app, colleague.email),
    agentClient: await loggedInClient(t.app, agent.email),
  };
}

const listNumbers = async (client: ApiClient, query = '') =>
  ((await client.get(`/api/tickets?state=all${query}`)).json().items as { number: number }[]).map(
    (item) => item.number,
  );

describe('a colleague added to a ticket', () => {
  it('sees it in the list and its thread, replies, and loses it all once removed', async () => {
    const s = await scene();
    expect((await s.colleagueClient.get(`/api/tickets/${s.number}`)).statusCode).toBe(404);
    expect(await listNumbers(s.colleagueClient)).not.toContain(s.number);

    const candidates = await s.requester.get(`/api/tickets/${s.number}/colleague-candidates`);
    expect(candidates.statusCode).toBe(200);
    const offered = (candidates.json().items as { id: string }[]).map((item) => item.id);
    expect(offered).toContain(s.colleague.id);
    expect(offered).not.toContain(s.acme.member.id);

    const added = await s.requester.post(`/api/tickets/${s.number}/participants`, {
      userId: s.colleague.id,
    });
    expect(added.statusCode).toBe(200);
    expect(added.json()).toEqual({
      items: [{ id: s.colleague.id, name: `${s.colleague.firstName} ${s.colleague.lastName}` }],
      canManage: true,
    });

    const detail = await s.colleagueClient.get(`/api/tickets/${s.number}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().abilities.reply).toBe(true);
    const event = detail
      .json()
      .thread.find((item: { kind?: string }) => item.kind === 'participant_added');
    expect(event.data).toMatchObject({ userId: s.colleague.id });
    expect(await listNumbers(s.colleagueClient)).toContain(s.number);
    // The list's search path (not prepared) is scoped the same way.
    expect(await listNumbers(s.colleagueClient, '&q=διακομιστής')).toContain(s.number);
    const reply = await s.colleagueClient.post(`/api/tickets/${s.number}/messages`, {
      body: 'Το ίδιο βλέπω κι εγώ.',
    });
    expect(reply.statusCode).toBe(201);
    // A colleague may look and reply, but who else is let in is not theirs to decide.
    const theirs = await s.colleagueClient.get(`/api/tickets/${s.number}/participants`);
    expect(theirs.json().canManage).toBe(false);
    expect(
      (await s.colleagueClient.delete(`/api/tickets/${s.number}/participants/${s.colleague.id}`))
        .statusCode,
    ).toBe(403);

    const removed = await s.requester.delete(
      `/api/tickets/${s.number}/participants/${s.colleague.id}`,
    );
    expect(removed.statusCode).toBe(204);
    expect((await s.colleagueClient.get(`/api/tickets/${s.number}`)).statusCode).toBe(404);
    expect(
      (await s.colleagueClient.post(`/api/tickets/${s.number}/messages`, { body: 'και τώρα;' }))
        .statusCode,
    ).toBe(404);
    expect(await listNumbers(s.colleagueClient)).not.toContain(s.number);
    const thread = (await s.requester.get(`/api/tickets/${s.number}`)).json().thread;
    expect(thread.some((item: { kind?: string }) => item.kind === 'participant_removed')).toBe(
      true,
    );
  });

  it('gets staff replies and the closing by email, unless switched off', async () => {
    const s = await scene();
    const quiet = await createUser(t.db, 'member', { companyId: s.acme.company.id });
    const quietClient = await loggedInClient(t.app, quiet.email);
    expect(
      (await quietClient.patch('/api/me/notifications', { ticketReplied: false })).statusCode,
    ).toBe(200);
    for (const userId of [s.colleague.id, quiet.id]) {
      const added = await s.agentClient.post(`/api/tickets/${s.number}/participants`, { userId });
      expect(added.statusCode).toBe(200);
    }
    await deliver();
    const since = smtp.received.length;
    const answer = await s.agentClient.post(`/api/tickets/${s.number}/messages`, {
      body: 'Το κοιτάμε.',
    });
    expect(answer.statusCode).toBe(201);
    await deliver();
    expect(recipientsOf(aboutTicket(s.number, since))).toEqual(
      [s.acme.member.email, s.colleague.email].map((email) => email.toLowerCase()).sort(),
    );

    const beforeClose = smtp.received.length;
    expect((await s.agentClient.post(`/api/tickets/${s.number}/close`, {})).statusCode).toBe(200);
    await deliver();
    // The closing is its own switch: the one who silenced replies still hears of it.
    expect(recipientsOf(aboutTicket(s.number, beforeClose))).toEqual(
      [s.acme.member.email, s.colleague.email, quiet.email].map((e) => e.toLowerCase()).sort(),
    );
  });

  it("hears the requester's replies, and the requester hears theirs, as copied emails would", async () => {
    const s = await scene();
    const added = await s.requester.post(`/api/tickets/${s.number}/participants`, {
      userId: s.colleague.id,
    });
    expect(added.statusCode).toBe(200);
    const requesterEmail = s.acme.member.email.toLowerCase();
    const colleagueEmail = s.colleague.email.toLowerCase();
    const replyAs = async (client: ApiClient, body: string) => {
      await deliver();
      const since = smtp.received.length;
      expect((await client.post(`/api/tickets/${s.number}/messages`, { body })).statusCode).toBe(
        201,
      );
      await deliver();
      return aboutTicket(s.number, since);
    };

    const fromColleague = await replyAs(s.colleagueClient, 'Το ίδιο βλέπω κι εγώ.');
    const toRequester = fromColleague.filter((email) => email.to.includes(requesterEmail));
    expect(toRequester).toHaveLength(1);
    expect(toRequester[0]!.text).toContain('Το ίδιο βλέπω κι εγώ.');
    expect(recipientsOf(fromColleague)).not.toContain(colleagueEmail);
    // Staff hear of it as before: every staff member while nobody is assigned.
    expect(fromColleague.length).toBeGreaterThan(1);

    const fromRequester = await replyAs(s.requester, 'Ευχαριστώ, περιμένουμε.');
    expect(recipientsOf(fromRequester)).toContain(colleagueEmail);
    expect(recipientsOf(fromRequester)).not.toContain(requesterEmail);

    // Without colleagues, a customer's reply goes to staff alone.
    const alone = await scene();
    await deliver();
    const since = smtp.received.length;
    await alone.requester.post(`/api/tickets/${alone.number}/messages`, { body: 'Κάτι ακόμη.' });
    await deliver();
    expect(recipientsOf(aboutTicket(alone.number, since))).not.toContain(
      alone.acme.member.email.toLowerCase(),
    );
  });

  it('is added only once: adding again changes nothing', async () => {
    const s = await scene();
    const admin = await loggedInClient(t.app, s.acme.admin.email);
    for (let i = 0; i < 2; i++) {
      const added = await admin.post(`/api/tickets/${s.number}/participants`, {
        userId: s.colleague.id,
      });
      expect(added.statusCode).toBe(200);
      expect(added.json().items).toHaveLength(1);
    }
    const thread = (await admin.get(`/api/tickets/${s.number}`)).json().thread;
    expect(
      thread.filter((item: { kind?: string }) => item.kind === 'participant_added'),
    ).toHaveLength(1);
  });

  it('is written in the audit log when added and removed, once each, with who did it', async () => {
    const s = await scene();
    const admin = await loggedInClient(t.app, s.acme.admin.email);
    for (let i = 0; i < 2; i++) {
      await admin.post(`/api/tickets/${s.number}/participants`, { userId: s.colleague.id });
      await admin.delete(`/api/tickets/${s.number}/participants/${s.colleague.id}`);
    }
    const entries = await t.db
      .select()
      .from(auditEntries)
      .where(
        and(eq(auditEntries.entityType, 'ticket'), eq(auditEntries.entityId, String(s.number))),
      )
      .orderBy(asc(auditEntries.createdAt));
    const changes = entries.filter((entry) => entry.action.startsWith('ticket.participant_'));
    // Added and removed twice: each time it really changed something.
    expect(changes.map((entry) => entry.action)).toEqual([
      'ticket.participant_added',
      'ticket.participant_removed',
      'ticket.participant_added',
      'ticket.participant_removed',
    ]);
    for (const entry of changes) {
      expect(entry).toMatchObject({
        actorUserId: s.acme.admin.id,
        companyId: s.acme.company.id,
        data: { userId: s.colleague.id },
      });
    }
    // Removing someone no longer on it writes nothing.
    await admin.delete(`/api/tickets/${s.number}/participants/${s.colleague.id}`);
    const after = await t.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.action, 'ticket.participant_removed'));
    expect(after.filter((entry) => entry.entityId === String(s.number))).toHaveLength(2);
  });
});

describe('who cannot be added', () => {
  it('anyone but an active customer of the same company gets the same 422, revealing nothing', async () => {
    const s = await scene();
    const other = await createCustomer(t.db);
    const inactive = await createUser(t.db, 'member', {
      companyId: s.acme.company.id,
      isActive: false,
    });
    const staff = await createUser(t.db, 'agent');
    const nobody = '00000000-0000-4000-8000-000000000000';
    for (const userId of [other.member.id, other.admin.id, inactive.id, staff.id, nobody]) {
      for (const client of [s.requester, s.agentClient]) {
        const refused = await client.post(`/api/tickets/${s.number}/participants`, { userId });
        expect(refused.statusCode).toBe(422);
        expect(refused.json().code).toBe('colleague_not_available');
      }
    }
    const offered = (
      (await s.agentClient.get(`/api/tickets/${s.number}/colleague-candidates`)).json().items as {
        id: string;
      }[]
    ).map((item) => item.id);
    expect(offered).not.toContain(other.member.id);
    expect(offered).not.toContain(inactive.id);
    expect(offered).not.toContain(staff.id);
    expect(offered).toContain(s.colleague.id);
    expect((await s.requester.get(`/api/tickets/${s.number}/participants`)).json().items).toEqual(
      [],
    );
  });

  it("another company's customer cannot even find the ticket's colleagues", async () => {
    const s = await scene();
    const other = await createCustomer(t.db);
    const outsider = await loggedInClient(t.app, other.admin.email);
    expect((await outsider.get(`/api/tickets/${s.number}/participants`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/tickets/${s.number}/colleague-candidates`)).statusCode).toBe(
      404,
    );
    expect(
      (await outsider.post(`/api/tickets/${s.number}/participants`, { userId: other.member.id }))
        .statusCode,
    ).toBe(404);
  });

  it('a member who is not on the ticket cannot add themselves', async () => {
    const s = await scene();
    const added = await s.colleagueClient.post(`/api/tickets/${s.number}/participants`, {
      userId: s.colleague.id,
    });
    expect(added.statusCode).toBe(404);
  });
});

describe('a reply by email', () => {
  /** A person's mail answering the ticket by its «[#number]» subject tag. */
  const mailFrom = (address: string, number: number): ParsedInboundEmail => ({
    messageId: `${Math.random().toString(16).slice(2)}@mail.example.test`,
    inReplyTo: [],
    references: [],
    from: { address: address.toLowerCase(), name: '' },
    to: ['support@aitima.test'],
    cc: [],
    subject: `Re: [#${number}] Ο διακομιστής δεν απαντά`,
    date: null,
    text: 'Ισχύει και για μένα.',
    replyText: 'Ισχύει και για μένα.',
    attachments: [],
    headers: new Map(),
  });
  const plan = (address: string, number: number) =>
    planInboundEmail(
      t.db,
      mailFrom(address, number),
      { kind: 'person' },
      {
        maxNewTicketsPerSenderPerHour: 10,
      },
      new Date(),
    );

  it("from a colleague is taken as the requester's; once removed, it waits for staff", async () => {
    const s = await scene();
    expect((await plan(s.colleague.email, s.number)).action).toBe('hold');
    await s.requester.post(`/api/tickets/${s.number}/participants`, { userId: s.colleague.id });
    expect((await plan(s.colleague.email, s.number)).action).toBe('reply');
    await s.requester.delete(`/api/tickets/${s.number}/participants/${s.colleague.id}`);
    expect(await plan(s.colleague.email, s.number)).toMatchObject({
      action: 'hold',
      outcome: 'not_allowed',
    });
  });
});
