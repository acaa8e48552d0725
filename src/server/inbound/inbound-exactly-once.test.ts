import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer } from '../../../test/support/factories.js';
import {
  type InboundHarness,
  SUPPORT_ADDRESS,
  startInboundHarness,
} from '../../../test/support/inbound.js';
import { buildBounceFor, buildInboundEmail } from '../../../test/support/inbound-mail.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import {
  smtpWorkerFor,
  startTestSmtpServer,
  type TestSmtpServer,
} from '../../../test/support/test-smtp.js';
import { openTicketAs } from '../../../test/support/tickets.js';
import { inboundEmails, mailboxes, messages, outboxEmails, tickets } from '../db/schema.js';
import type { FileStorage } from '../storage/file-storage.js';
import { processInboundEmail } from './inbound-processor.js';
import { pollMailbox } from './mailbox-poller.js';

let t: TestApp;
let inbound: InboundHarness;
let smtp: TestSmtpServer;

beforeAll(async () => {
  t = await createTestApp();
  smtp = await startTestSmtpServer();
  inbound = await startInboundHarness(t);
});
afterAll(async () => {
  await inbound.close();
  await smtp.close();
  await t.close();
});

const countRows = async (table: typeof tickets | typeof messages) =>
  (await t.db.select({ id: table.id }).from(table)).length;

async function recordOf(messageIdHeader: string) {
  return t.db
    .select({ status: inboundEmails.status, outcome: inboundEmails.outcome })
    .from(inboundEmails)
    .where(eq(inboundEmails.messageIdHeader, messageIdHeader));
}

describe('never a loop, never a flood', () => {
  it('ignores auto-replies, bulk mail, mailer daemons and our own address', async () => {
    const { member } = await createCustomer(t.db);
    const before = { tickets: await countRows(tickets), messages: await countRows(messages) };
    const mails: { id: string; from: string; headers: Record<string, string>; outcome: string }[] =
      [
        {
          id: 'ooo@x.test',
          from: member.email,
          headers: { 'Auto-Submitted': 'auto-replied' },
          outcome: 'auto_reply',
        },
        { id: 'news@x.test', from: member.email, headers: { Precedence: 'bulk' }, outcome: 'bulk' },
        {
          id: 'list@x.test',
          from: member.email,
          headers: { 'List-Id': '<team.lists.test>' },
          outcome: 'bulk',
        },
        {
          id: 'daemon@x.test',
          from: 'MAILER-DAEMON@mx.test',
          headers: {},
          outcome: 'mailer_daemon',
        },
        { id: 'own@x.test', from: SUPPORT_ADDRESS, headers: {}, outcome: 'own_address' },
        { id: 'from@x.test', from: 'no-reply@localhost', headers: {}, outcome: 'own_address' },
      ];
    for (const mail of mails) {
      const result = await inbound.deliver(
        await buildInboundEmail({
          from: mail.from,
          to: SUPPORT_ADDRESS,
          subject: 'Αυτόματη απάντηση',
          text: 'Λείπω μέχρι τη Δευτέρα.',
          messageId: mail.id,
          headers: mail.headers,
        }),
      );
      expect(result, mail.id).toMatchObject({ ignored: 1, processed: 0, held: 0 });
      expect(await recordOf(mail.id)).toEqual([{ status: 'ignored', outcome: mail.outcome }]);
    }
    expect({ tickets: await countRows(tickets), messages: await countRows(messages) }).toEqual(
      before,
    );
  });

  it('marks the outgoing email a bounce answers as bounced, and opens nothing', async () => {
    const { admin } = await createCustomer(t.db);
    const client = await loggedInClient(t.app, admin.email);
    const number = await openTicketAs(client);
    await client.post(`/api/tickets/${number}/messages`, { body: 'Και κάτι ακόμη.' });
    await smtpWorkerFor(t, smtp).deliver();
    const sent = smtp.received.at(-1)!;
    const ticketsBefore = await countRows(tickets);
    const result = await inbound.deliver(
      buildBounceFor(Buffer.from(sent.raw), sent.to[0]!, { diagnostic: '550 5.1.1 User unknown' }),
    );
    expect(result).toMatchObject({ ignored: 1, processed: 0, held: 0 });
    const [row] = await t.db
      .select({ status: outboxEmails.status, reason: outboxEmails.bounceReason })
      .from(outboxEmails)
      .where(eq(outboxEmails.messageIdHeader, sent.messageId.slice(1, -1)));
    expect(row!.status).toBe('bounced');
    expect(row!.reason).toContain('User unknown');
    expect(await countRows(tickets)).toBe(ticketsBefore);
  });
});

describe('exactly once', () => {
  it('makes one message of the same mail appended twice', async () => {
    const { member } = await createCustomer(t.db);
    const raw = await buildInboundEmail({
      from: member.email,
      to: SUPPORT_ADDRESS,
      subject: 'Διπλό',
      text: 'Το ίδιο μήνυμα δύο φορές.',
      messageId: 'twice@client.test',
    });
    const ticketsBefore = await countRows(tickets);
    await inbound.imap.append(raw);
    await inbound.imap.append(raw);
    const result = await inbound.poll();
    expect(result).toMatchObject({ processed: 1, ignored: 1 });
    expect(await countRows(tickets)).toBe(ticketsBefore + 1);
    expect(await recordOf('twice@client.test')).toEqual(
      expect.arrayContaining([
        { status: 'processed', outcome: 'new_ticket' },
        { status: 'ignored', outcome: 'duplicate' },
      ]),
    );
    expect(await inbound.imap.uids('INBOX')).toEqual([]);
  });

  it('lets only one of two processes polling at once read the mailbox', async () => {
    const { member } = await createCustomer(t.db);
    for (let i = 0; i < 3; i++) {
      await inbound.imap.append(
        await buildInboundEmail({
          from: member.email,
          to: SUPPORT_ADDRESS,
          subject: `Ταυτόχρονα ${i}`,
          text: 'Κείμενο.',
        }),
      );
    }
    const ticketsBefore = await countRows(tickets);
    const deps = { db: t.db, storage: t.deps.storage, config: t.deps.config };
    const [first, second] = await Promise.all([
      pollMailbox(deps, inbound.mailboxId),
      pollMailbox(deps, inbound.mailboxId),
    ]);
    expect([first.polled, second.polled].sort()).toEqual([false, true]);
    expect(first.processed + second.processed).toBe(3);
    expect(await countRows(tickets)).toBe(ticketsBefore + 3);
  });

  it('only moves a mail committed before a crash, without a second ticket', async () => {
    const { member } = await createCustomer(t.db);
    const raw = await buildInboundEmail({
      from: member.email,
      to: SUPPORT_ADDRESS,
      subject: 'Πριν από την κατάρρευση',
      text: 'Κείμενο.',
    });
    const uid = await inbound.imap.append(raw);
    const [mailbox] = await t.db
      .select()
      .from(mailboxes)
      .where(eq(mailboxes.id, inbound.mailboxId));
    const uidValidity = await currentUidValidity();
    // The server committed the ticket and died before moving the mail.
    const deps = { db: t.db, storage: t.deps.storage, config: t.deps.config };
    await processInboundEmail(deps, { mailboxId: mailbox!.id, uidValidity, uid }, Buffer.from(raw));
    const ticketsBefore = await countRows(tickets);
    const result = await inbound.poll();
    expect(result).toMatchObject({ processed: 0, failed: 0 });
    expect(await countRows(tickets)).toBe(ticketsBefore);
    expect(await inbound.imap.uids('INBOX')).toEqual([]);
  });

  it('leaves a mail that failed in the mailbox, shows it to admins, and reads it again after a retry', async () => {
    const { member } = await createCustomer(t.db);
    await inbound.imap.append(
      await buildInboundEmail({
        from: member.email,
        to: SUPPORT_ADDRESS,
        subject: 'Θα αποτύχει',
        text: 'Κείμενο.',
      }),
    );
    const brokenStorage: FileStorage = {
      ...t.deps.storage,
      save: () => Promise.reject(new Error('disk full')),
    };
    const result = await pollMailbox(
      { db: t.db, storage: brokenStorage, config: t.deps.config },
      inbound.mailboxId,
    );
    expect(result).toMatchObject({ failed: 1, processed: 0 });
    expect(await inbound.imap.uids('INBOX')).toHaveLength(1);
    // The next poll does not try it again by itself.
    expect(await inbound.poll()).toMatchObject({ failed: 0, processed: 0 });

    const failed = (await inbound.admin.get('/api/inbound-emails?status=failed')).json().items;
    expect(failed).toEqual([expect.objectContaining({ status: 'failed', error: 'disk full' })]);
    const mailboxState = (await inbound.admin.get('/api/mailboxes')).json().items[0];
    expect(mailboxState.failedCount).toBe(1);

    expect((await inbound.admin.post(`/api/inbound-emails/${failed[0].id}/retry`)).statusCode).toBe(
      204,
    );
    expect(await inbound.poll()).toMatchObject({ processed: 1, failed: 0 });
    expect(await inbound.imap.uids('INBOX')).toEqual([]);
  });

  it('leaves a mail too large to read in the mailbox, as failed, without downloading it', async () => {
    const { member } = await createCustomer(t.db);
    await inbound.imap.append(
      await buildInboundEmail({
        from: member.email,
        to: SUPPORT_ADDRESS,
        subject: 'Τεράστιο',
        text: 'x'.repeat(5000),
      }),
    );
    const result = await pollMailbox(
      { db: t.db, storage: t.deps.storage, config: t.deps.config, maxMessageBytes: 4000 },
      inbound.mailboxId,
    );
    expect(result).toMatchObject({ failed: 1, processed: 0 });
    const failed = (await inbound.admin.get('/api/inbound-emails?status=failed')).json().items;
    expect(failed[0].error).toContain('larger than 4000 bytes');
    expect(await inbound.imap.uids('INBOX')).toHaveLength(1);
    // Cleared for the next tests: an admin retries it and it is read normally.
    await inbound.admin.post(`/api/inbound-emails/${failed[0].id}/retry`);
    expect(await inbound.poll()).toMatchObject({ processed: 1 });
  });

  it('says why a mailbox could not be read, and reads it once it is back, losing nothing', async () => {
    const { member } = await createCustomer(t.db);
    await inbound.imap.append(
      await buildInboundEmail({
        from: member.email,
        to: SUPPORT_ADDRESS,
        subject: 'Όσο έλειπε',
        text: 'Κείμενο.',
      }),
    );
    await inbound.imap.stop();
    const down = await inbound.poll();
    expect(down.error?.code).toBe('connection_refused');
    const state = (await inbound.admin.get('/api/mailboxes')).json().items[0];
    expect(state.lastError).toMatchObject({ code: 'connection_refused' });
    await inbound.imap.start();
    expect(await inbound.poll()).toMatchObject({ processed: 1, error: null });
    expect((await inbound.admin.get('/api/mailboxes')).json().items[0].lastError).toBeNull();
  });
});

async function currentUidValidity(): Promise<number> {
  const { openImapMailbox } = await import('./imap-mailbox.js');
  const session = await openImapMailbox({
    host: inbound.imap.host,
    port: inbound.imap.port,
    security: 'none',
    user: inbound.imap.user,
    password: inbound.imap.password,
    folder: 'INBOX',
    processedFolder: 'Processed',
  });
  const value = Number(session.uidValidity);
  await session.close();
  return value;
}
