import { expect } from 'vitest';
import type { MailboxPollResult } from '../../src/shared/api/mailboxes.js';
import { type ApiClient, loggedInClient } from './api-client.js';
import { createUser } from './factories.js';
import type { TestApp } from './test-app.js';
import { startTestImapServer, type TestImapServer } from './test-imap.js';

/** The support address of the test mailbox: Reply-To of every email, To of every customer's mail. */
export const SUPPORT_ADDRESS = 'support@aitima.test';

export interface InboundHarness {
  imap: TestImapServer;
  admin: ApiClient;
  mailboxId: string;
  /** Reads the mailbox once, as «Έλεγχος τώρα» does. */
  poll(): Promise<MailboxPollResult>;
  /** Puts a mail in the mailbox's INBOX and reads the mailbox. */
  deliver(raw: Buffer | string): Promise<MailboxPollResult>;
  close(): Promise<void>;
}

/** A real IMAP server (Dovecot) connected to the test app as a support mailbox by an admin. */
export async function startInboundHarness(t: TestApp): Promise<InboundHarness> {
  const imap = await startTestImapServer();
  const adminUser = await createUser(t.db, 'admin');
  const admin = await loggedInClient(t.app, adminUser.email);
  const created = await admin.post('/api/mailboxes', {
    name: 'Υποστήριξη',
    address: SUPPORT_ADDRESS,
    host: imap.host,
    port: imap.port,
    security: 'none',
    username: imap.user,
    password: imap.password,
    folder: 'INBOX',
    processedFolder: 'Processed',
    isActive: true,
  });
  expect(created.statusCode, created.body).toBe(201);
  const mailboxId: string = created.json().id;
  const poll = async () => {
    const response = await admin.post(`/api/mailboxes/${mailboxId}/poll`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as MailboxPollResult;
  };
  return {
    imap,
    admin,
    mailboxId,
    poll,
    deliver: async (raw) => {
      await imap.append(raw);
      return poll();
    },
    close: () => imap.close(),
  };
}
