import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import {
  createCompany,
  createCustomer,
  createUser,
  TEST_PASSWORD,
} from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import {
  type ReceivedEmail,
  smtpWorkerFor,
  startTestSmtpServer,
  type TestSmtpServer,
} from '../../../test/support/test-smtp.js';
import { companies, outboxEmails, sessions, userTokens } from '../db/schema.js';

const NEW_PASSWORD = 'a brand new passphrase';

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

/** Asks for a reset, and waits for the work done after the answer (looking the address up, the email). */
async function requestReset(email: string, client = new ApiClient(t.app)) {
  const response = await client.post('/api/auth/password-reset', { email });
  await t.app.passwordResetWork.idle();
  return response;
}

function resetTokenIn(email: ReceivedEmail): string {
  const token = /http:\/\/localhost:3000\/reset-password\/([\w-]+)/.exec(email.text)?.[1];
  if (!token) throw new Error(`no reset link in: ${email.text}`);
  expect(email.html).toContain(`href="http://localhost:3000/reset-password/${token}"`);
  return token;
}

/** Asks for a reset and returns the token from the email that arrived. */
async function resetTokenFor(email: string): Promise<string> {
  const before = smtp.to(email).length;
  expect((await requestReset(email)).statusCode).toBe(202);
  await deliver();
  const got = smtp.to(email);
  expect(got).toHaveLength(before + 1);
  return resetTokenIn(got.at(-1)!);
}

describe('«Ξέχασα τον κωδικό μου» end to end', () => {
  it('emails a one-hour link; the new password works, the old one and every other session do not', async () => {
    const { member } = await createCustomer(t.db);
    const otherDevice = await loggedInClient(t.app, member.email);
    const response = await requestReset(member.email.toUpperCase());
    expect(response.statusCode).toBe(202);
    await deliver();

    const [email] = smtp.to(member.email);
    expect(email!.subject).toBe('Επαναφορά κωδικού πρόσβασης — Aitima');
    expect(email!.text).toContain('1 ώρα');
    const token = resetTokenIn(email!);

    const [stored] = await t.db
      .select()
      .from(userTokens)
      .where(and(eq(userTokens.userId, member.id), eq(userTokens.kind, 'password_reset')));
    expect(stored!.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    const lifetime = stored!.expiresAt.getTime() - stored!.createdAt.getTime();
    expect(lifetime).toBe(60 * 60 * 1000);
    // Sent over SMTP, the link is no longer kept in the outbox.
    const [row] = await t.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.recipientUserId, member.id));
    expect(row!.data.resetUrl).toBeNull();

    const client = new ApiClient(t.app);
    const check = await client.post('/api/auth/password-reset/check', { token });
    expect(check.json()).toEqual({ state: 'valid', email: member.email });
    const done = await client.post('/api/auth/password-reset/confirm', {
      token,
      password: NEW_PASSWORD,
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ id: member.id });
    expect(client.hasSession).toBe(true);
    expect((await client.get('/api/me')).statusCode).toBe(200);
    expect((await otherDevice.get('/api/me')).statusCode).toBe(401);
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, member.id))).toHaveLength(
      1,
    );

    const oldPassword = await new ApiClient(t.app).post('/api/auth/login', {
      email: member.email,
      password: TEST_PASSWORD,
    });
    expect(oldPassword.statusCode).toBe(401);
    await loggedInClient(t.app, member.email, NEW_PASSWORD);
  });

  it('sends the email in the account’s language', async () => {
    const user = await createUser(t.db, 'agent', { locale: 'en' });
    await resetTokenFor(user.email);
    const [email] = smtp.to(user.email);
    expect(email!.subject).toBe('Reset your password — Aitima');
    expect(email!.text).toContain('expires in 1 hour');
  });

  it('answers an unknown address exactly like a known one, and sends nothing', async () => {
    const known = await createUser(t.db, 'agent');
    const before = smtp.received.length;
    const rowsBefore = (await t.db.select().from(outboxEmails)).length;
    const unknown = await requestReset('nobody-here@example.test');
    const existing = await requestReset(known.email);
    expect(unknown.statusCode).toBe(202);
    expect(unknown.body).toBe(existing.body);
    expect(unknown.headers['content-type']).toBe(existing.headers['content-type']);
    await deliver();
    expect(smtp.received.slice(before).flatMap((email) => email.to)).toEqual([
      known.email.toLowerCase(),
    ]);
    expect((await t.db.select().from(outboxEmails)).length).toBe(rowsBefore + 1);
  });

  it('answers before doing anything that only a known address would need', async () => {
    const known = await createUser(t.db, 'agent');
    const ask = (email: string) => new ApiClient(t.app).post('/api/auth/password-reset', { email });
    const outboxBefore = (await t.db.select().from(outboxEmails)).length;
    t.app.passwordResetWork.hold();
    try {
      const unknown = await ask('nobody-at-all@example.test');
      const existing = await ask(known.email);
      // Both answered while the work behind them was still held: the answer waited for
      // no lookup, token or email, so it cannot differ in content or in time.
      expect(t.app.passwordResetWork.pendingCount).toBe(2);
      // Every header alike but the clock and the rate limit's own count of requests.
      const { date: _d1, 'x-ratelimit-remaining': _r1, ...unknownHeaders } = unknown.headers;
      const { date: _d2, 'x-ratelimit-remaining': _r2, ...existingHeaders } = existing.headers;
      expect(unknown.statusCode).toBe(202);
      expect(existing.statusCode).toBe(202);
      expect(existing.body).toBe(unknown.body);
      expect(existingHeaders).toEqual(unknownHeaders);
      expect(
        await t.db.select().from(userTokens).where(eq(userTokens.userId, known.id)),
      ).toHaveLength(0);
      expect((await t.db.select().from(outboxEmails)).length).toBe(outboxBefore);
    } finally {
      t.app.passwordResetWork.release();
    }
    await t.app.passwordResetWork.idle();
    expect(
      await t.db.select().from(userTokens).where(eq(userTokens.userId, known.id)),
    ).toHaveLength(1);
    expect((await t.db.select().from(outboxEmails)).length).toBe(outboxBefore + 1);
  });

  it('sends nothing to a deactivated account or to the contact of an archived company', async () => {
    const inactive = await createUser(t.db, 'agent', { isActive: false });
    const company = await createCompany(t.db);
    const archived = await createUser(t.db, 'member', { companyId: company.id });
    await t.db
      .update(companies)
      .set({ archivedAt: new Date() })
      .where(eq(companies.id, company.id));
    expect((await requestReset(inactive.email)).statusCode).toBe(202);
    expect((await requestReset(archived.email)).statusCode).toBe(202);
    await deliver();
    expect(smtp.to(inactive.email)).toHaveLength(0);
    expect(smtp.to(archived.email)).toHaveLength(0);
  });

  it('works once: a used link shows as invalid and cannot set a password again', async () => {
    const user = await createUser(t.db, 'agent');
    const token = await resetTokenFor(user.email);
    const client = new ApiClient(t.app);
    expect(
      (await client.post('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD }))
        .statusCode,
    ).toBe(200);
    const again = await new ApiClient(t.app).post('/api/auth/password-reset/confirm', {
      token,
      password: 'yet another passphrase',
    });
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe('reset_link_invalid');
    expect(again.headers['set-cookie']).toBeUndefined();
    expect((await client.post('/api/auth/password-reset/check', { token })).json()).toEqual({
      state: 'invalid',
      email: null,
    });
    await loggedInClient(t.app, user.email, NEW_PASSWORD);
  });

  it('refuses an expired link with its own code', async () => {
    const user = await createUser(t.db, 'agent');
    const token = await resetTokenFor(user.email);
    await t.db
      .update(userTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(userTokens.userId, user.id));
    const client = new ApiClient(t.app);
    expect((await client.post('/api/auth/password-reset/check', { token })).json()).toEqual({
      state: 'expired',
      email: null,
    });
    const response = await client.post('/api/auth/password-reset/confirm', {
      token,
      password: NEW_PASSWORD,
    });
    expect(response.statusCode).toBe(410);
    expect(response.json().code).toBe('reset_link_expired');
    await loggedInClient(t.app, user.email, TEST_PASSWORD);
  });

  it('makes an earlier link stop working when a new one is asked for', async () => {
    const user = await createUser(t.db, 'agent');
    const first = await resetTokenFor(user.email);
    const second = await resetTokenFor(user.email);
    const client = new ApiClient(t.app);
    expect(
      (await client.post('/api/auth/password-reset/check', { token: first })).json().state,
    ).toBe('invalid');
    expect(
      (await client.post('/api/auth/password-reset/check', { token: second })).json().state,
    ).toBe('valid');
  });

  it('treats an unknown token as invalid and checks the new password', async () => {
    const client = new ApiClient(t.app);
    expect(
      (await client.post('/api/auth/password-reset/check', { token: 'made-up' })).json(),
    ).toEqual({ state: 'invalid', email: null });
    const user = await createUser(t.db, 'agent');
    const token = await resetTokenFor(user.email);
    const short = await client.post('/api/auth/password-reset/confirm', {
      token,
      password: 'short',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toEqual([
      expect.objectContaining({ field: 'password', code: 'too_short' }),
    ]);
    const malformed = await client.post('/api/auth/password-reset', { email: 'not-an-email' });
    expect(malformed.json().errors).toEqual([{ field: 'email', code: 'invalid_email' }]);
  });

  it('sends one account at most three reset emails an hour, answering the same', async () => {
    const user = await createUser(t.db, 'agent');
    for (let i = 0; i < 5; i++) expect((await requestReset(user.email)).statusCode).toBe(202);
    await deliver();
    expect(smtp.to(user.email)).toHaveLength(3);
  });
});

describe('password reset rate limit per address', () => {
  it('answers 429 with its own code once an address asks too often', async () => {
    const limited = await createTestApp({ rateLimits: { loginPerMinute: 2 } });
    try {
      const client = new ApiClient(limited.app, '10.7.7.7');
      const ask = () => client.post('/api/auth/password-reset', { email: 'a@example.test' });
      expect((await ask()).statusCode).toBe(202);
      expect((await ask()).statusCode).toBe(202);
      const third = await ask();
      expect(third.statusCode).toBe(429);
      expect(third.json().code).toBe('too_many_reset_requests');
    } finally {
      await limited.close();
    }
  });
});
