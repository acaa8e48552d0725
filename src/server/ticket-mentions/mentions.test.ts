import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import {
  smtpWorkerFor,
  startTestSmtpServer,
  type TestSmtpServer,
} from '../../../test/support/test-smtp.js';
import { openTicketAs } from '../../../test/support/tickets.js';
import { mentionToken } from '../../shared/tickets/mentions.js';
import { messages } from '../db/schema.js';

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

async function scene() {
  const acme = await createCustomer(t.db);
  const colleague = await createUser(t.db, 'member', { companyId: acme.company.id });
  const author = await createUser(t.db, 'agent');
  const mentioned = await createUser(t.db, 'agent', { firstName: 'Άννα', lastName: 'Κ.' });
  const bystander = await createUser(t.db, 'admin');
  const requester = await loggedInClient(t.app, acme.member.email);
  const number = await openTicketAs(requester, { subject: 'Αργεί το δίκτυο' });
  const agent = await loggedInClient(t.app, author.email);
  const added = await agent.post(`/api/tickets/${number}/participants`, { userId: colleague.id });
  expect(added.statusCode).toBe(200);
  // The ticket's own emails so far (opened, added) are not what these tests look at.
  await deliver();
  return { acme, colleague, author, mentioned, bystander, requester, number, agent };
}

describe('@mentions in an internal note', () => {
  it('email only the mentioned staff, and the note never reaches a customer', async () => {
    const s = await scene();
    const since = smtp.received.length;
    const secret = 'Ο κωδικός του router είναι ΜΥΣΤΙΚΟ42';
    const note = await s.agent.post(`/api/tickets/${s.number}/messages`, {
      body: `${mentionToken('Άννα Κ.', s.mentioned.id)} δες το. ${secret}`,
      isInternal: true,
    });
    expect(note.statusCode).toBe(201);
    await deliver();

    const received = smtp.received.slice(since);
    expect(received.flatMap((email) => email.to.map((to) => to.toLowerCase()))).toEqual([
      s.mentioned.email.toLowerCase(),
    ]);
    const [email] = received;
    expect(email!.text).toContain('@Άννα Κ. δες το.');
    expect(email!.text).not.toContain(s.mentioned.id);
    // No «[#number]» tag: answering the email cannot become a public reply.
    expect(email!.subject).not.toContain(`[#${s.number}]`);
    expect(email!.subject).toContain(`#${s.number}`);

    const [stored] = await t.db
      .select({ mentionedUserIds: messages.mentionedUserIds })
      .from(messages)
      .where(eq(messages.id, note.json().message.id));
    expect(stored!.mentionedUserIds).toEqual([s.mentioned.id]);

    const colleague = await loggedInClient(t.app, s.colleague.email);
    for (const customer of [s.requester, colleague]) {
      const page = await customer.get(`/api/tickets/${s.number}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).not.toContain('ΜΥΣΤΙΚΟ42');
      const found = await customer.get('/api/tickets?state=all&q=ΜΥΣΤΙΚΟ42');
      expect(found.json().items).toEqual([]);
    }
    const staffPage = await s.agent.get(`/api/tickets/${s.number}`);
    expect(staffPage.body).toContain('ΜΥΣΤΙΚΟ42');
  });

  it('refuse a customer, an inactive staff member or an unknown id, writing nothing', async () => {
    const s = await scene();
    const retired = await createUser(t.db, 'agent', { isActive: false });
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const userId of [s.colleague.id, s.acme.admin.id, retired.id, unknown]) {
      const note = await s.agent.post(`/api/tickets/${s.number}/messages`, {
        body: `${mentionToken('Κάποιος', s.mentioned.id)} και ${mentionToken('Άλλος', userId)}`,
        isInternal: true,
      });
      expect(note.statusCode).toBe(422);
      expect(note.json().code).toBe('mention_not_staff');
    }
    const thread = (await s.agent.get(`/api/tickets/${s.number}`)).json().thread;
    expect(thread.filter((item: { isInternal?: boolean }) => item.isInternal)).toEqual([]);
    const since = smtp.received.length;
    await deliver();
    expect(smtp.received.length).toBe(since);
  });

  it("a customer's public text that looks like a mention mentions nobody", async () => {
    const s = await scene();
    const since = smtp.received.length;
    const reply = await s.requester.post(`/api/tickets/${s.number}/messages`, {
      body: `Ρωτήστε ${mentionToken('Άννα', s.mentioned.id)}`,
    });
    expect(reply.statusCode).toBe(201);
    await deliver();
    const mentionMails = smtp.received
      .slice(since)
      .filter((email) => email.subject.includes('εσωτερική σημείωση'));
    expect(mentionMails).toEqual([]);
    const [stored] = await t.db
      .select({ mentionedUserIds: messages.mentionedUserIds })
      .from(messages)
      .where(eq(messages.id, reply.json().message.id));
    expect(stored!.mentionedUserIds).toBeNull();
  });
});
