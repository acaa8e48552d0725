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
import { auditEntries, outboxEmails, ticketEstimates } from '../db/schema.js';

let t: TestApp;
let smtp: TestSmtpServer;
let deliver: () => Promise<void>;
let staff: ApiClient;

beforeAll(async () => {
  t = await createTestApp();
  smtp = await startTestSmtpServer();
  deliver = smtpWorkerFor(t, smtp).deliver;
  staff = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
});
afterAll(async () => {
  await smtp.close();
  await t.close();
});

const anonymous = () => new ApiClient(t.app);

/** A ticket a member opened; its company_admin wrote on it (so follows it); a colleague was added. */
async function ticketWithFollowers() {
  const customer = await createCustomer(t.db);
  const member = await loggedInClient(t.app, customer.member.email);
  const number = await openTicketAs(member);
  const admin = await loggedInClient(t.app, customer.admin.email);
  const wrote = await admin.post(`/api/tickets/${number}/messages`, { body: 'Το παρακολουθώ.' });
  expect(wrote.statusCode, wrote.body).toBe(201);
  const colleague = await createUser(t.db, 'member', { companyId: customer.company.id });
  const added = await member.post(`/api/tickets/${number}/participants`, { userId: colleague.id });
  expect(added.statusCode, added.body).toBe(200);
  return { ...customer, colleague, memberClient: member, number };
}

/** Staff add an estimate; returns its id and the token of the links in the requester's email. */
async function estimateAndReadLink(number: number, requesterEmail: string, minutes = 150) {
  const created = await staff.post(`/api/tickets/${number}/estimates`, {
    minutes,
    included: 'Μεταφορά γραμματοκιβωτίων και έλεγχος',
  });
  expect(created.statusCode, created.body).toBe(201);
  await deliver();
  const email = smtp
    .to(requesterEmail)
    .filter((received) => received.subject.startsWith(`[#${number}]`))
    .at(-1);
  expect(email?.subject).toContain('Εκτίμηση για έγκριση');
  const links = [
    ...(email?.text ?? '').matchAll(
      /http:\/\/localhost:3000\/estimate\/([\w-]+)\?decision=(approve|decline)/g,
    ),
  ];
  expect(links.map((link) => link[2])).toEqual(['approve', 'decline']);
  expect(links[0]![1]).toBe(links[1]![1]);
  return { id: created.json().id as string, token: links[0]![1]! };
}

const estimateStatus = async (id: string) =>
  (await t.db.select().from(ticketEstimates).where(eq(ticketEstimates.id, id)))[0]?.status;

describe('deciding an estimate through its email link', () => {
  it('goes to the requester and the following company_admin, not to a colleague added to read along', async () => {
    const { number, member, admin, colleague } = await ticketWithFollowers();
    await estimateAndReadLink(number, member.email);
    const about = (address: string) =>
      smtp.to(address).filter((received) => received.subject.includes('Εκτίμηση'));
    expect(about(member.email)).toHaveLength(1);
    expect(about(admin.email)).toHaveLength(1);
    expect(about(admin.email)[0]!.text).toContain('2 ώρες 30 λεπτά');
    expect(about(colleague.email)).toHaveLength(0);
  });

  it('shows the estimate without changing anything, records on the button, and works once', async () => {
    const { number, member } = await ticketWithFollowers();
    const { id, token } = await estimateAndReadLink(number, member.email);
    const visitor = anonymous();

    // Mail scanners open links: reading it twice changes nothing.
    for (let i = 0; i < 2; i++) {
      const shown = await visitor.get(`/api/estimate-links/${token}`);
      expect(shown.statusCode, shown.body).toBe(200);
      expect(shown.json()).toMatchObject({
        state: 'open',
        ticketNumber: number,
        minutes: 150,
        included: 'Μεταφορά γραμματοκιβωτίων και έλεγχος',
      });
      expect(shown.json().subject).toEqual(expect.any(String));
    }
    expect(await estimateStatus(id)).toBe('pending');

    const approved = await visitor.post(`/api/estimate-links/${token}`, { decision: 'approve' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ state: 'approved', ticketNumber: number });
    expect(await estimateStatus(id)).toBe('approved');

    // Used once: a second press changes nothing, and the page says it was approved.
    const again = await visitor.post(`/api/estimate-links/${token}`, { decision: 'decline' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('estimate_not_pending');
    expect(await estimateStatus(id)).toBe('approved');
    expect((await visitor.get(`/api/estimate-links/${token}`)).json().state).toBe('approved');

    // The portal shows the approval as the ticket's limit.
    const seen = (await staff.get(`/api/tickets/${number}/estimates`)).json();
    expect(seen).toMatchObject({ limitMinutes: 150, limitSource: 'estimates' });

    // The token is stored only hashed, the sent email's copy is scrubbed, the audit says how.
    const stored = await t.db.select().from(ticketEstimates).where(eq(ticketEstimates.id, id));
    expect(JSON.stringify(stored)).not.toContain(token);
    const outbox = await t.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.kind, 'estimate_added'));
    expect(JSON.stringify(outbox)).not.toContain(token);
    const audited = await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, id));
    const approval = audited.find((entry) => entry.action === 'estimate.approved');
    expect(approval?.data).toMatchObject({ ticketNumber: number, via: 'email_link' });
    expect(approval?.actorUserId).toBeNull();
  });

  it('records a decline, and refuses a withdrawn estimate with a clear code', async () => {
    const first = await ticketWithFollowers();
    const declined = await estimateAndReadLink(first.number, first.member.email);
    const answer = await anonymous().post(`/api/estimate-links/${declined.token}`, {
      decision: 'decline',
    });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json().state).toBe('declined');
    expect(await estimateStatus(declined.id)).toBe('declined');

    const second = await ticketWithFollowers();
    const withdrawn = await estimateAndReadLink(second.number, second.member.email);
    expect((await staff.post(`/api/estimates/${withdrawn.id}/withdraw`)).statusCode).toBe(200);
    expect((await anonymous().get(`/api/estimate-links/${withdrawn.token}`)).json().state).toBe(
      'withdrawn',
    );
    const late = await anonymous().post(`/api/estimate-links/${withdrawn.token}`, {
      decision: 'approve',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('estimate_not_pending');
    expect(await estimateStatus(withdrawn.id)).toBe('withdrawn');
  });

  it('answers an unknown link with 410 and bad input with named errors', async () => {
    const unknown = await anonymous().post('/api/estimate-links/this-is-no-token-at-all', {
      decision: 'approve',
    });
    expect(unknown.statusCode).toBe(410);
    expect(unknown.json().code).toBe('estimate_link_invalid');
    expect((await anonymous().get('/api/estimate-links/this-is-no-token-at-all')).json()).toEqual({
      state: 'not_found',
      ticketNumber: null,
      subject: null,
      minutes: null,
      included: null,
    });
    const { number, member } = await ticketWithFollowers();
    const { token, id } = await estimateAndReadLink(number, member.email);
    const bad = await anonymous().post(`/api/estimate-links/${token}`, { decision: 'maybe' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('decision');
    expect(await estimateStatus(id)).toBe('pending');
  });

  it('is limited like the rating links', async () => {
    const limited = await createTestApp({ rateLimits: { loginPerMinute: 2 } });
    try {
      const visitor = new ApiClient(limited.app);
      const codes: number[] = [];
      for (let i = 0; i < 3; i++) {
        codes.push((await visitor.get('/api/estimate-links/this-is-no-token-at-all')).statusCode);
      }
      expect(codes).toEqual([200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});
