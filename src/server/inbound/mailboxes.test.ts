import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { startTestImapServer, type TestImapServer } from '../../../test/support/test-imap.js';
import { auditEntries, mailboxes } from '../db/schema.js';
import { decryptSecret } from './mailbox-secret.js';
import { syncEnvironmentMailbox } from './mailboxes.service.js';

let t: TestApp;
let imap: TestImapServer;
let admin: ApiClient;

beforeAll(async () => {
  t = await createTestApp();
  imap = await startTestImapServer();
  admin = await loggedInClient(t.app, (await createUser(t.db, 'admin')).email);
});
afterAll(async () => {
  await imap.close();
  await t.close();
});

const settings = () => ({
  name: 'Υποστήριξη',
  address: 'Support@Aitima.test',
  host: imap.host,
  port: imap.port,
  security: 'none',
  username: imap.user,
  password: imap.password,
  folder: 'INBOX',
  processedFolder: 'Processed',
  isActive: true,
});

describe('support mailboxes', () => {
  it('connects a mailbox, keeping its password encrypted and never sending it back', async () => {
    const created = await admin.post('/api/mailboxes', settings());
    expect(created.statusCode, created.body).toBe(201);
    const mailbox = created.json();
    expect(mailbox).toMatchObject({
      address: 'support@aitima.test',
      source: 'console',
      failedCount: 0,
    });
    expect(JSON.stringify(mailbox)).not.toContain(imap.password);
    const [row] = await t.db.select().from(mailboxes).where(eq(mailboxes.id, mailbox.id));
    expect(row!.passwordEncrypted).not.toContain(imap.password);
    expect(decryptSecret(t.deps.config.inbound.secretKey, row!.passwordEncrypted)).toBe(
      imap.password,
    );
    const [entry] = await t.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.entityId, mailbox.id));
    expect(entry!.action).toBe('mailbox.created');
    expect(JSON.stringify(entry!.data)).not.toContain(imap.password);

    // An empty password on edit keeps the stored one.
    const edited = await admin.patch(`/api/mailboxes/${mailbox.id}`, {
      ...settings(),
      name: 'Βοήθεια',
      password: '',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const [after] = await t.db.select().from(mailboxes).where(eq(mailboxes.id, mailbox.id));
    expect(after!.name).toBe('Βοήθεια');
    expect(decryptSecret(t.deps.config.inbound.secretKey, after!.passwordEncrypted)).toBe(
      imap.password,
    );

    const polled = await admin.post(`/api/mailboxes/${mailbox.id}/poll`);
    expect(polled.json()).toMatchObject({ polled: true, error: null });
    expect((await admin.delete(`/api/mailboxes/${mailbox.id}`)).statusCode).toBe(204);
    expect((await admin.get('/api/mailboxes')).json().items).toEqual([]);
  });

  it('«Δοκιμή σύνδεσης» says exactly what failed', async () => {
    const ok = await admin.post('/api/mailboxes/test', settings());
    expect(ok.json()).toMatchObject({ ok: true });
    const wrongPassword = await admin.post('/api/mailboxes/test', {
      ...settings(),
      password: 'λάθος',
    });
    expect(wrongPassword.json()).toMatchObject({ ok: false, code: 'auth_failed' });
    const noFolder = await admin.post('/api/mailboxes/test', {
      ...settings(),
      folder: 'Δεν υπάρχει',
    });
    expect(noFolder.json()).toMatchObject({ ok: false, code: 'folder_not_found' });
    const noHost = await admin.post('/api/mailboxes/test', {
      ...settings(),
      host: 'no-such-host.invalid',
    });
    expect(noHost.json()).toMatchObject({ ok: false, code: 'host_not_found' });
    // A saved mailbox is tested with its stored password when none is typed.
    const saved = (await admin.post('/api/mailboxes', settings())).json();
    const withStored = await admin.post('/api/mailboxes/test', {
      ...settings(),
      password: '',
      mailboxId: saved.id,
    });
    expect(withStored.json()).toMatchObject({ ok: true });
    await admin.delete(`/api/mailboxes/${saved.id}`);
  });

  it('refuses bad input with the field named', async () => {
    const response = await admin.post('/api/mailboxes', {
      ...settings(),
      address: 'όχι-διεύθυνση',
      port: 70000,
      password: undefined,
    });
    expect(response.statusCode).toBe(400);
    const fields = response
      .json()
      .errors.map((error: { field: string }) => error.field)
      .sort();
    expect(fields).toEqual(['address', 'port']);
    const noPassword = await admin.post('/api/mailboxes', { ...settings(), password: '' });
    expect(noPassword.statusCode).toBe(400);
    expect(noPassword.json().errors).toEqual([
      expect.objectContaining({ field: 'password', code: 'required' }),
    ]);
    // Moving processed mail into the folder it is read from would read it again for ever.
    const sameFolder = await admin.post('/api/mailboxes', {
      ...settings(),
      processedFolder: 'INBOX',
    });
    expect(sameFolder.statusCode).toBe(400);
    expect(sameFolder.json().errors).toEqual([
      expect.objectContaining({ field: 'processedFolder', code: 'invalid_value' }),
    ]);
  });

  it('is for admins only', async () => {
    const agent = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
    const { admin: customerAdmin } = await createCustomer(t.db);
    const customer = await loggedInClient(t.app, customerAdmin.email);
    for (const client of [agent, customer]) {
      expect((await client.get('/api/mailboxes')).statusCode).toBe(403);
      expect((await client.post('/api/mailboxes', settings())).statusCode).toBe(403);
      expect((await client.post('/api/mailboxes/test', settings())).statusCode).toBe(403);
    }
  });

  it('keeps the IMAP_* mailbox read-only in the console, and its address is the Reply-To', async () => {
    const config = {
      ...t.deps.config,
      inbound: {
        ...t.deps.config.inbound,
        environmentMailbox: {
          ...settings(),
          security: 'none' as const,
          address: 'help@aitima.test',
        },
      },
    };
    await syncEnvironmentMailbox(t.db, config);
    await syncEnvironmentMailbox(t.db, config); // at every start: still one
    const items = (await admin.get('/api/mailboxes')).json().items;
    expect(items).toEqual([
      expect.objectContaining({ source: 'environment', address: 'help@aitima.test' }),
    ]);
    const patch = await admin.patch(`/api/mailboxes/${items[0].id}`, settings());
    expect(patch.statusCode).toBe(409);
    expect(patch.json().code).toBe('mailbox_from_environment');
    const { findReplyToAddress } = await import('./mailboxes.repository.js');
    expect(await findReplyToAddress(t.db)).toBe('help@aitima.test');
    await syncEnvironmentMailbox(t.db, {
      ...config,
      inbound: { ...config.inbound, environmentMailbox: undefined },
    });
    expect((await admin.get('/api/mailboxes')).json().items).toEqual([]);
  });
});
