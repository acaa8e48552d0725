import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import {
  parseEmail,
  smtpWorkerFor,
  startTestSmtpServer,
  type TestSmtpServer,
} from '../../../test/support/test-smtp.js';
import { outboxEmails } from '../db/schema.js';
import { queueInvitationEmail } from '../notifications/invitation-email.js';

let t: TestApp;
let smtp: TestSmtpServer;
let admin: ApiClient;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  t = await createTestApp({ mail: { smtp: smtp.settings, maxAttempts: 1 } });
  admin = await loggedInClient(t.app, (await createUser(t.db, 'admin')).email);
});
afterAll(async () => {
  await smtp.close();
  await t.close();
});

async function queueFor(locale: 'el' | 'en' = 'el') {
  const user = await createUser(t.db, 'agent', { locale });
  await t.db.transaction((tx) =>
    queueInvitationEmail(tx, {
      userId: user.id,
      inviteUrl: `http://localhost:3000/invitation/t-${user.id}`,
      invitedByName: 'Admin',
      companyName: null,
    }),
  );
  const [row] = await t.db
    .select()
    .from(outboxEmails)
    .where(eq(outboxEmails.recipientUserId, user.id));
  return { user, row: row! };
}

describe('GET /api/admin/emails', () => {
  it('lists emails with status, recipient, subject, attempts and last error, newest first', async () => {
    const first = await queueFor('el');
    const second = await queueFor('en');
    const response = await admin.get('/api/admin/emails?status=pending');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ transport: 'smtp', mailDir: null, maxAttempts: 1 });
    const ids = body.items.map((item: { id: string }) => item.id);
    expect(ids.indexOf(second.row.id)).toBeLessThan(ids.indexOf(first.row.id));
    expect(body.items.find((item: { id: string }) => item.id === first.row.id)).toMatchObject({
      kind: 'invitation',
      status: 'pending',
      to: first.user.email,
      locale: 'el',
      subject: 'Πρόσκληση στην πύλη υποστήριξης Aitima',
      attempts: 0,
      lastError: null,
      sentAt: null,
      sentVia: null,
    });
    const sent = await admin.get('/api/admin/emails?status=sent');
    expect(sent.json().items.map((item: { id: string }) => item.id)).not.toContain(first.row.id);
  });

  it('tells admins where the .eml files are when no SMTP is configured', async () => {
    const fileApp = await createTestApp({ connection: undefined });
    try {
      const client = await loggedInClient(
        fileApp.app,
        (await createUser(fileApp.db, 'admin')).email,
      );
      const body = (await client.get('/api/admin/emails')).json();
      expect(body.transport).toBe('file');
      expect(body.mailDir).toBe(`${fileApp.deps.config.dataDir}/mail`);
    } finally {
      await fileApp.close();
    }
  });

  it('is for admins only', async () => {
    const agent = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
    const { admin: companyAdmin } = await createCustomer(t.db);
    const customer = await loggedInClient(t.app, companyAdmin.email);
    expect((await new ApiClient(t.app).get('/api/admin/emails')).statusCode).toBe(401);
    expect((await agent.get('/api/admin/emails')).statusCode).toBe(403);
    expect((await customer.get('/api/admin/emails')).statusCode).toBe(403);
    const { row } = await queueFor();
    expect((await agent.post(`/api/admin/emails/${row.id}/retry`)).statusCode).toBe(403);
    expect((await agent.get(`/api/admin/emails/${row.id}/eml`)).statusCode).toBe(403);
  });

  it('rejects an unknown status', async () => {
    const response = await admin.get('/api/admin/emails?status=lost');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'status', code: 'invalid_value' }]);
  });
});

describe('POST /api/admin/emails/:id/retry', () => {
  it('puts a failed email back in the queue, and it is delivered once', async () => {
    const { user, row } = await queueFor('en');
    const { deliver } = smtpWorkerFor(t, smtp);
    smtp.setMode('refuse');
    try {
      await deliver();
    } finally {
      smtp.setMode('accept');
    }
    const failed = (await admin.get('/api/admin/emails?status=failed')).json();
    const shown = failed.items.find((item: { id: string }) => item.id === row.id);
    expect(shown).toMatchObject({ status: 'failed', attempts: 1 });
    expect(shown.lastError).toMatch(/451|Try again later/);
    await deliver();
    expect(smtp.to(user.email)).toHaveLength(0);

    const retried = await admin.post(`/api/admin/emails/${row.id}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ id: row.id, status: 'pending', attempts: 0 });
    await deliver();
    await deliver();
    expect(smtp.to(user.email)).toHaveLength(1);
    expect(smtp.to(user.email)[0]!.subject).toBe('Invitation to the Aitima support portal');
    const sent = (await admin.get('/api/admin/emails?status=sent')).json();
    expect(sent.items.find((item: { id: string }) => item.id === row.id)).toMatchObject({
      status: 'sent',
      sentVia: 'smtp',
    });
    const again = await admin.post(`/api/admin/emails/${row.id}/retry`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('email_not_failed');
  });

  it('answers 404 for an unknown email and 400 for a malformed id', async () => {
    const unknown = await admin.post(
      '/api/admin/emails/00000000-0000-4000-8000-000000000000/retry',
    );
    expect(unknown.statusCode).toBe(404);
    expect((await admin.post('/api/admin/emails/nope/retry')).statusCode).toBe(400);
  });
});

describe('GET /api/admin/emails/:id/eml', () => {
  it('downloads the email as an .eml file', async () => {
    const { user, row } = await queueFor('el');
    const response = await admin.get(`/api/admin/emails/${row.id}/eml`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/message\/rfc822/);
    expect(response.headers['content-disposition']).toMatch(
      new RegExp(`attachment; filename=".*${row.id}\\.eml"`),
    );
    const email = parseEmail(response.body);
    expect(email.subject).toBe('Πρόσκληση στην πύλη υποστήριξης Aitima');
    expect(email.text).toContain(`/invitation/t-${user.id}`);
    expect(response.body).toContain(`To: ${user.email}`);
    expect(
      (await admin.get('/api/admin/emails/00000000-0000-4000-8000-000000000000/eml')).statusCode,
    ).toBe(404);
  });
});

describe('GET /api/admin/emails/:id/preview', () => {
  it('shows the email as it reads, in the recipient’s language', async () => {
    const { user, row } = await queueFor('en');
    const response = await admin.get(`/api/admin/emails/${row.id}/preview`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      from: 'Aitima <no-reply@localhost>',
      to: user.email,
      subject: 'Invitation to the Aitima support portal',
    });
    expect(response.json().text).toContain(`/invitation/t-${user.id}`);
    expect(response.json().html).toContain('<html lang="en">');
    const agent = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
    expect((await agent.get(`/api/admin/emails/${row.id}/preview`)).statusCode).toBe(403);
  });
});
