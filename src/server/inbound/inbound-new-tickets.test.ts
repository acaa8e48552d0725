import { desc, eq } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import {
  createCompany,
  createCustomer,
  createSubscription,
  createUser,
} from '../../../test/support/factories.js';
import {
  type InboundHarness,
  SUPPORT_ADDRESS,
  startInboundHarness,
} from '../../../test/support/inbound.js';
import { buildInboundEmail } from '../../../test/support/inbound-mail.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import type { InboundEmail } from '../../shared/api/mailboxes.js';
import type { TicketDetail } from '../../shared/api/tickets.js';
import { inboundEmails, tickets, users } from '../db/schema.js';

let t: TestApp;
let inbound: InboundHarness;
let staff: ApiClient;

beforeAll(async () => {
  t = await createTestApp({
    config: {
      uploads: { maxFileBytes: 1024 * 1024, maxFiles: 10 },
    },
  });
  t.deps.config.inbound.maxNewTicketsPerSenderPerHour = 3;
  inbound = await startInboundHarness(t);
  staff = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
});
afterAll(async () => {
  await inbound.close();
  await t.close();
});

async function newestTicketOf(requesterId: string) {
  const [row] = await t.db
    .select()
    .from(tickets)
    .where(eq(tickets.requesterId, requesterId))
    .orderBy(desc(tickets.createdAt))
    .limit(1);
  return row;
}

async function detail(number: number): Promise<TicketDetail> {
  const response = await staff.get(`/api/tickets/${number}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function heldList(): Promise<InboundEmail[]> {
  const response = await staff.get('/api/inbound-emails?status=held');
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}

describe('new mail opens a request', () => {
  it('opens a ticket for a known contact, charged to the company’s only package', async () => {
    const { company, member } = await createCustomer(t.db);
    const { subscription } = await createSubscription(t.db, company.id);
    const result = await inbound.deliver(
      await buildInboundEmail({
        from: `Μαρία <${member.email.toUpperCase()}>`,
        to: SUPPORT_ADDRESS,
        subject: 'Fwd: Δεν ανοίγει το ERP',
        text: 'Καλημέρα,\nδεν ανοίγει το ERP από το πρωί.\n\n-- \nΜαρία Παπαδοπούλου\nΛογιστήριο',
        attachments: [{ filename: 'error.png', content: PNG, contentType: 'image/png' }],
      }),
    );
    expect(result).toMatchObject({ processed: 1, held: 0, failed: 0 });
    const ticket = await newestTicketOf(member.id);
    expect(ticket).toMatchObject({
      subject: 'Δεν ανοίγει το ERP',
      companyId: company.id,
      subscriptionId: subscription.id,
      needsPackage: false,
      status: 'open',
    });
    const [first] = (await detail(ticket!.number)).thread.flatMap((item) =>
      item.type === 'message' ? [item] : [],
    );
    expect(first).toMatchObject({
      body: 'Καλημέρα,\nδεν ανοίγει το ERP από το πρωί.',
      viaEmail: true,
      refusedFiles: [],
    });
    expect(first!.attachments).toEqual([
      expect.objectContaining({ fileName: 'error.png', contentType: 'image/png', isImage: true }),
    ]);
    // The member sees it in their list like one opened in the portal.
    const memberClient = await loggedInClient(t.app, member.email);
    const list = (await memberClient.get('/api/tickets')).json();
    expect(list.items.map((item: { number: number }) => item.number)).toContain(ticket!.number);
  });

  it('leaves the package for staff to choose when the company has several, flagged in the queue', async () => {
    const { company, admin } = await createCustomer(t.db);
    await createSubscription(t.db, company.id, { name: 'Basic' });
    const { subscription: second } = await createSubscription(t.db, company.id, { name: 'Pro' });
    await inbound.deliver(
      await buildInboundEmail({
        from: admin.email,
        to: SUPPORT_ADDRESS,
        subject: 'Νέος υπάλληλος',
        text: 'Χρειάζεται λογαριασμός.',
      }),
    );
    const ticket = await newestTicketOf(admin.id);
    expect(ticket).toMatchObject({ subscriptionId: null, needsPackage: true });
    const queue = (await staff.get(`/api/tickets?companyId=${company.id}`)).json();
    expect(queue.items[0]).toMatchObject({ number: ticket!.number, needsPackage: true });

    const chosen = await staff.patch(`/api/tickets/${ticket!.number}`, {
      subscriptionId: second.id,
    });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json()).toMatchObject({
      subscriptionId: second.id,
      needsPackage: false,
      packageName: 'Pro',
    });
    // Chosen once: its tasks are charged to it from now on.
    const again = await staff.patch(`/api/tickets/${ticket!.number}`, {
      subscriptionId: second.id,
    });
    expect(again.statusCode).toBe(200);
    const other = await createSubscription(t.db, company.id, { name: 'Extra' });
    const change = await staff.patch(`/api/tickets/${ticket!.number}`, {
      subscriptionId: other.subscription.id,
    });
    expect(change.statusCode).toBe(409);
    expect(change.json().code).toBe('package_already_chosen');
  });

  it('reads Greek in ISO-8859-7 and Windows-1253 correctly', async () => {
    const { member } = await createCustomer(t.db);
    for (const charset of ['iso-8859-7', 'windows-1253']) {
      const subject = `Πρόβλημα με το ${charset}`;
      const body = iconv.encode('Η σύνδεση πέφτει κάθε ώρα.', charset).toString('base64');
      const raw = [
        `From: ${member.email}`,
        `To: ${SUPPORT_ADDRESS}`,
        `Subject: =?${charset}?B?${iconv.encode(subject, charset).toString('base64')}?=`,
        `Message-ID: <${charset}-${member.id}@client.test>`,
        'MIME-Version: 1.0',
        `Content-Type: text/plain; charset=${charset}`,
        'Content-Transfer-Encoding: base64',
        '',
        body,
        '',
      ].join('\r\n');
      expect(await inbound.deliver(raw)).toMatchObject({ processed: 1 });
      const ticket = await newestTicketOf(member.id);
      expect(ticket!.subject).toBe(subject);
      const first = (await detail(ticket!.number)).thread.find((item) => item.type === 'message');
      expect(first).toMatchObject({ body: 'Η σύνδεση πέφτει κάθε ώρα.' });
    }
  });

  it('names a file it refused, keeps the rest, and turns HTML-only mail into text', async () => {
    const { member } = await createCustomer(t.db);
    const big = Buffer.alloc(1024 * 1024 + 1, 1);
    await inbound.deliver(
      await buildInboundEmail({
        from: member.email,
        to: SUPPORT_ADDRESS,
        subject: 'Αρχεία',
        html: '<p>Δείτε τα <b>συνημμένα</b>.</p><script>alert(1)</script>',
        attachments: [
          { filename: 'huge.bin', content: big },
          { filename: 'notes.txt', content: Buffer.from('σημειώσεις') },
        ],
      }),
    );
    const ticket = await newestTicketOf(member.id);
    const first = (await detail(ticket!.number)).thread.find((item) => item.type === 'message');
    expect(first).toMatchObject({
      body: 'Δείτε τα συνημμένα.',
      refusedFiles: [{ fileName: 'huge.bin', reason: 'too_big' }],
    });
    expect(first?.type === 'message' && first.attachments.map((file) => file.fileName)).toEqual([
      'notes.txt',
    ]);
  });

  it('takes a mail with no text: the subject names the ticket, the file is the message', async () => {
    const { member } = await createCustomer(t.db);
    await inbound.deliver(
      await buildInboundEmail({
        from: member.email,
        to: SUPPORT_ADDRESS,
        subject: 'Σκαναρισμένο τιμολόγιο',
        attachments: [{ filename: 'τιμολόγιο.png', content: PNG, contentType: 'image/png' }],
      }),
    );
    const ticket = await newestTicketOf(member.id);
    expect(ticket!.subject).toBe('Σκαναρισμένο τιμολόγιο');
    const first = (await detail(ticket!.number)).thread.find((item) => item.type === 'message');
    expect(first).toMatchObject({ body: '', viaEmail: true });
    expect(first?.type === 'message' && first.attachments.map((file) => file.fileName)).toEqual([
      'τιμολόγιο.png',
    ]);
  });

  it('holds mail from an unknown address for staff, who attach it to a new contact', async () => {
    const company = await createCompany(t.db, { legalName: 'Ζαχαροπλαστείο Νίκου' });
    await createSubscription(t.db, company.id);
    const result = await inbound.deliver(
      await buildInboundEmail({
        from: 'Γιάννης Κ. <giannis@zacharoplasteio.test>',
        to: SUPPORT_ADDRESS,
        subject: 'Η ταμειακή δεν συνδέεται',
        text: 'Από χθες η ταμειακή δεν βλέπει το δίκτυο.',
      }),
    );
    expect(result).toMatchObject({ processed: 0, held: 1 });
    const held = (await heldList()).find(
      (item) => item.fromAddress === 'giannis@zacharoplasteio.test',
    );
    expect(held).toMatchObject({
      outcome: 'unknown_sender',
      subject: 'Η ταμειακή δεν συνδέεται',
      excerpt: 'Από χθες η ταμειακή δεν βλέπει το δίκτυο.',
      knownContact: null,
      hasOriginal: true,
    });
    expect((await staff.get('/api/inbound-emails/summary')).json().held).toBeGreaterThan(0);

    const attached = await staff.post(`/api/inbound-emails/${held!.id}/attach`, {
      kind: 'new_contact',
      companyId: company.id,
      firstName: 'Γιάννης',
      lastName: 'Κωνσταντίνου',
    });
    expect(attached.statusCode, attached.body).toBe(200);
    const number: number = attached.json().ticketNumber;
    const ticket = await detail(number);
    expect(ticket).toMatchObject({
      subject: 'Η ταμειακή δεν συνδέεται',
      company: { id: company.id },
    });
    expect(ticket.requester.name).toBe('Γιάννης Κωνσταντίνου');
    const [contact] = await t.db
      .select()
      .from(users)
      .where(eq(users.email, 'giannis@zacharoplasteio.test'));
    expect(contact).toMatchObject({ role: 'member', companyId: company.id });
    // Attached once: a second click finds it handled.
    const twice = await staff.post(`/api/inbound-emails/${held!.id}/attach`, {
      kind: 'contact',
      contactId: contact!.id,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('inbound_email_not_held');
    expect((await heldList()).some((item) => item.id === held!.id)).toBe(false);
  });

  it('lets staff reject a held mail, and keeps customers out of the review list', async () => {
    await inbound.deliver(
      await buildInboundEmail({
        from: 'spam@nowhere.test',
        to: SUPPORT_ADDRESS,
        subject: 'Κερδίσατε!',
        text: 'Πατήστε εδώ.',
      }),
    );
    const held = (await heldList()).find((item) => item.fromAddress === 'spam@nowhere.test');
    expect((await staff.post(`/api/inbound-emails/${held!.id}/reject`)).statusCode).toBe(204);
    const [row] = await t.db.select().from(inboundEmails).where(eq(inboundEmails.id, held!.id));
    expect(row!.status).toBe('rejected');
    const { admin } = await createCustomer(t.db);
    const customer = await loggedInClient(t.app, admin.email);
    expect((await customer.get('/api/inbound-emails?status=held')).statusCode).toBe(403);
    expect((await customer.post(`/api/inbound-emails/${held!.id}/reject`)).statusCode).toBe(403);
    expect((await customer.get(`/api/inbound-emails/${held!.id}/original`)).statusCode).toBe(404);
    expect((await staff.get('/api/inbound-emails?status=failed')).statusCode).toBe(403);
  });

  it('holds new tickets past the hourly limit per sender', async () => {
    const { member } = await createCustomer(t.db);
    const outcomes: string[] = [];
    for (let i = 1; i <= 4; i++) {
      const result = await inbound.deliver(
        await buildInboundEmail({
          from: member.email,
          to: SUPPORT_ADDRESS,
          subject: `Θέμα ${i}`,
          text: `Μήνυμα ${i}`,
        }),
      );
      outcomes.push(result.processed ? 'ticket' : 'held');
    }
    expect(outcomes).toEqual(['ticket', 'ticket', 'ticket', 'held']);
    expect(
      (await heldList()).find((item) => item.fromAddress === member.email.toLowerCase()),
    ).toMatchObject({
      outcome: 'rate_limited',
      knownContact: { id: member.id },
    });
  });
});

// The smallest valid PNG (1×1), so that its type is read from the bytes.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
