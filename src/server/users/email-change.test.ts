import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser, TEST_PASSWORD } from '../../../test/support/factories.js';
import { ageSessionsOf } from '../../../test/support/sessions.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import {
  smtpWorkerFor,
  startTestSmtpServer,
  type TestSmtpServer,
} from '../../../test/support/test-smtp.js';
import {
  auditEntries,
  outboxEmails,
  sessions,
  ssoSettings,
  users,
  userTokens,
} from '../db/schema.js';

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

let counter = 0;
const freshAddress = () => `new-${Date.now()}-${counter++}@example.gr`;

/** Asks for the change and returns the link's token from the email to the new address. */
async function requestChange(client: ApiClient, newEmail: string): Promise<string> {
  const response = await client.post('/api/me/email-change', { newEmail });
  expect(response.statusCode, response.body).toBe(202);
  await deliver();
  const received = smtp.to(newEmail).at(-1);
  const token = /http:\/\/localhost:3000\/confirm-email\/([\w-]+)/.exec(received?.text ?? '')?.[1];
  if (!token) throw new Error(`no confirmation link in: ${received?.text}`);
  return token;
}

const emailOf = async (id: string) =>
  (await t.db.select({ email: users.email }).from(users).where(eq(users.id, id)))[0]?.email;

describe('changing one’s email', () => {
  it('sends a link to the new address and a notice to the old; only the link changes it', async () => {
    const { member } = await createCustomer(t.db);
    const client = await loggedInClient(t.app, member.email);
    const elsewhere = await loggedInClient(t.app, member.email);
    const newEmail = freshAddress();
    const token = await requestChange(client, newEmail.toUpperCase());

    const notice = smtp.to(member.email).at(-1);
    expect(notice?.subject).toMatch(/Ζητήθηκε αλλαγή του email σας/);
    expect(notice?.text).toContain(newEmail);
    expect(notice?.text).not.toContain('/confirm-email/');
    // Nothing changes yet; the link's token is stored only hashed, and scrubbed from the outbox once sent.
    expect(await emailOf(member.id)).toBe(member.email);
    const outbox = await t.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.toAddress, newEmail));
    expect(JSON.stringify(outbox)).not.toContain(token);

    const confirmed = await client.post('/api/auth/email-change/confirm', { token });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toEqual({ email: newEmail });
    expect(await emailOf(member.id)).toBe(newEmail);
    // The session that confirmed goes on; every other one ended.
    expect((await client.get('/api/me')).json().email).toBe(newEmail);
    expect((await elsewhere.get('/api/me')).statusCode).toBe(401);
    // The old address no longer signs in; the new one does.
    await expect(loggedInClient(t.app, member.email)).rejects.toThrow();
    expect((await (await loggedInClient(t.app, newEmail)).get('/api/me')).statusCode).toBe(200);

    const again = await client.post('/api/auth/email-change/confirm', { token });
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe('email_change_link_invalid');
    const audit = await t.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.entityId, member.id));
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining(['user.email_change_requested', 'user.email_changed']),
    );
    expect(audit.find((row) => row.action === 'user.email_changed')?.data).toEqual({
      from: member.email,
      to: newEmail,
    });
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('ends every session when the link is followed in a browser that is not signed in', async () => {
    const agent = await createUser(t.db, 'agent');
    const client = await loggedInClient(t.app, agent.email);
    const token = await requestChange(client, freshAddress());
    const confirmed = await new ApiClient(t.app).post('/api/auth/email-change/confirm', { token });
    expect(confirmed.statusCode).toBe(200);
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, agent.id))).toEqual([]);
  });

  it('asks for a recent sign-in first, and is for people, not API keys', async () => {
    const { member } = await createCustomer(t.db);
    const client = await loggedInClient(t.app, member.email);
    await ageSessionsOf(t.db, member.id);
    const newEmail = freshAddress();
    const stale = await client.post('/api/me/email-change', { newEmail });
    expect(stale.statusCode).toBe(403);
    expect(stale.json().code).toBe('reauthentication_required');
    await client.post('/api/auth/reauthenticate', { password: TEST_PASSWORD });
    expect((await client.post('/api/me/email-change', { newEmail })).statusCode).toBe(202);
    const anonymous = await new ApiClient(t.app).post('/api/me/email-change', { newEmail });
    expect(anonymous.statusCode).toBe(401);
    const key = await client.post('/api/me/api-tokens', {
      name: 'CRM',
      scopes: ['administration:write', 'tickets:write'],
      expiry: { days: 30 },
    });
    const withKey = await t.app.inject({
      method: 'POST',
      url: '/api/me/email-change',
      headers: { authorization: `Bearer ${key.json().secret}` },
      payload: { newEmail: freshAddress() },
    });
    expect(withKey.statusCode).toBe(403);
    expect(withKey.json().code).toBe('api_token_route_not_allowed');
  });

  it('refuses a bad, unchanged or taken address with a clear error', async () => {
    const { admin, member } = await createCustomer(t.db);
    const client = await loggedInClient(t.app, member.email);
    const bad = await client.post('/api/me/email-change', { newEmail: 'not an address' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ field: 'newEmail', code: 'invalid_email' }]);
    const same = await client.post('/api/me/email-change', {
      newEmail: member.email.toUpperCase(),
    });
    expect(same.statusCode).toBe(400);
    expect(same.json()).toMatchObject({
      code: 'email_unchanged',
      errors: [{ field: 'newEmail', code: 'email_unchanged' }],
    });
    const taken = await client.post('/api/me/email-change', { newEmail: admin.email });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('email_taken');
  });

  it('refuses a link whose address was taken meanwhile, an expired one and a replaced one', async () => {
    const { member } = await createCustomer(t.db);
    const client = await loggedInClient(t.app, member.email);
    const wanted = freshAddress();
    const first = await requestChange(client, wanted);
    const second = await requestChange(client, wanted);
    const replaced = await client.post('/api/auth/email-change/confirm', { token: first });
    expect(replaced.json().code).toBe('email_change_link_invalid');
    // Someone else got the address in the meantime: a clear 409, nothing changed.
    await createUser(t.db, 'agent', { email: wanted });
    const taken = await client.post('/api/auth/email-change/confirm', { token: second });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('email_taken');
    expect(await emailOf(member.id)).toBe(member.email);

    const third = await requestChange(client, freshAddress());
    // As if the 24 hours had passed.
    await t.db
      .update(userTokens)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(and(eq(userTokens.userId, member.id), eq(userTokens.kind, 'email_change')));
    const expired = await client.post('/api/auth/email-change/confirm', { token: third });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().code).toBe('email_change_link_expired');
    const unknown = await client.post('/api/auth/email-change/confirm', { token: 'nope' });
    expect(unknown.json().code).toBe('email_change_link_invalid');
  });

  it('keeps staff within the single sign-on domains when the admin limited them', async () => {
    const agent = await createUser(t.db, 'agent', {
      email: `agent-${Date.now()}@support.example.gr`,
    });
    const client = await loggedInClient(t.app, agent.email);
    await t.db.insert(ssoSettings).values({
      issuerUrl: 'https://idp.example.gr',
      clientId: 'aitima',
      clientSecretEncrypted: 'x',
      buttonLabel: 'Εταιρικός λογαριασμός',
      allowedDomains: ['support.example.gr'],
      isEnabled: true,
    });
    try {
      const outside = await client.post('/api/me/email-change', { newEmail: freshAddress() });
      expect(outside.statusCode).toBe(400);
      expect(outside.json().code).toBe('email_domain_not_allowed');
      const inside = await client.post('/api/me/email-change', {
        newEmail: `agent-${Date.now()}-2@support.example.gr`,
      });
      expect(inside.statusCode).toBe(202);
      // Customers are not staff: single sign-on's domains are not theirs.
      const { member } = await createCustomer(t.db);
      const customer = await loggedInClient(t.app, member.email);
      expect(
        (await customer.post('/api/me/email-change', { newEmail: freshAddress() })).statusCode,
      ).toBe(202);
    } finally {
      await t.db.delete(ssoSettings);
    }
  });
});
