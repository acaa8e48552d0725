import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/support/api-client.js';
import {
  createCompany,
  createCustomer,
  createUser,
  TEST_PASSWORD,
} from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { auditEntries, companies, sessions, users } from '../db/schema.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('POST /api/auth/login', () => {
  it('opens a session in an httpOnly, SameSite=Lax cookie and returns the user', async () => {
    const user = await createUser(t.db, 'agent');
    const client = new ApiClient(t.app);
    const response = await client.post('/api/auth/login', {
      email: user.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: user.id,
      role: 'agent',
      abilities: { useStaffConsole: true },
    });
    const header = String(response.headers['set-cookie']);
    expect(header).toMatch(/aitima_session=/);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    expect(header).not.toMatch(/Secure/);
    expect((await client.get('/api/me')).json()).toMatchObject({ id: user.id });
  });

  it('records the login in the audit log, with the address it came from', async () => {
    const user = await createUser(t.db, 'member', { companyId: (await createCompany(t.db)).id });
    await new ApiClient(t.app, '10.1.2.3').logIn(user.email, TEST_PASSWORD);
    const [entry] = await t.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.actorUserId, user.id));
    expect(entry).toMatchObject({
      action: 'auth.login',
      ip: '10.1.2.3',
      companyId: user.companyId,
    });
  });

  it('answers a wrong password and an unknown address alike, naming neither', async () => {
    const user = await createUser(t.db, 'agent');
    const wrongPassword = await new ApiClient(t.app).post('/api/auth/login', {
      email: user.email,
      password: 'nope nope nope',
    });
    const unknownUser = await new ApiClient(t.app).post('/api/auth/login', {
      email: 'nobody@example.test',
      password: 'nope nope nope',
    });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownUser.statusCode).toBe(401);
    expect(wrongPassword.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(wrongPassword.json()).toEqual(unknownUser.json());
    expect(wrongPassword.json().code).toBe('invalid_credentials');
    expect(wrongPassword.headers['set-cookie']).toBeUndefined();
  });

  it('rejects an empty or malformed email with a field error', async () => {
    const client = new ApiClient(t.app);
    const empty = await client.post('/api/auth/login', { email: '', password: 'x' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ field: 'email', code: 'required' }],
    });
    const malformed = await client.post('/api/auth/login', {
      email: 'not-an-email',
      password: 'x',
    });
    expect(malformed.json().errors).toEqual([{ field: 'email', code: 'invalid_email' }]);
    const missing = await client.post('/api/auth/login', {});
    expect(
      missing
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['email', 'password']);
  });

  it('refuses a deactivated user, and ends the sessions they had', async () => {
    const user = await createUser(t.db, 'agent');
    const client = new ApiClient(t.app);
    await client.logIn(user.email, TEST_PASSWORD);
    await t.db.update(users).set({ isActive: false }).where(eq(users.id, user.id));
    expect((await client.get('/api/me')).statusCode).toBe(401);
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
    const again = await new ApiClient(t.app).post('/api/auth/login', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    // The same answer as a wrong password: the login tells nobody which accounts exist or are active.
    expect(again.statusCode).toBe(401);
    expect(again.json().code).toBe('invalid_credentials');
  });

  it('refuses the contacts of an archived company', async () => {
    const { company, member } = await createCustomer(t.db);
    await t.db
      .update(companies)
      .set({ archivedAt: new Date() })
      .where(eq(companies.id, company.id));
    const response = await new ApiClient(t.app).post('/api/auth/login', {
      email: member.email,
      password: TEST_PASSWORD,
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('invalid_credentials');
  });

  it('treats an expired session as none', async () => {
    const user = await createUser(t.db, 'agent');
    const client = new ApiClient(t.app);
    await client.logIn(user.email, TEST_PASSWORD);
    await t.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.userId, user.id));
    const response = await client.get('/api/me');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('unauthenticated');
  });

  it('ends a session older than the absolute lifetime, even one used every day', async () => {
    const user = await createUser(t.db, 'agent');
    const client = new ApiClient(t.app);
    await client.logIn(user.email, TEST_PASSWORD);
    const day = 24 * 60 * 60 * 1000;
    await t.db
      .update(sessions)
      .set({ createdAt: new Date(Date.now() - 29 * day), lastSeenAt: new Date() })
      .where(eq(sessions.userId, user.id));
    expect((await client.get('/api/me')).statusCode).toBe(200);
    await t.db
      .update(sessions)
      .set({ createdAt: new Date(Date.now() - 31 * day), lastSeenAt: new Date() })
      .where(eq(sessions.userId, user.id));
    expect((await client.get('/api/me')).statusCode).toBe(401);
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
  });

  it('ignores a session cookie whose signature is forged', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: 'aitima_session=forged.value' },
    });
    expect(response.statusCode).toBe(401);
  });
});

describe('POST /api/auth/logout', () => {
  it('ends the session so the same cookie no longer works', async () => {
    const user = await createUser(t.db, 'agent');
    const client = new ApiClient(t.app);
    await client.logIn(user.email, TEST_PASSWORD);
    const sessionCookie = await t.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(sessionCookie).toHaveLength(1);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    expect(client.hasSession).toBe(false);
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
  });

  it('needs a session', async () => {
    expect((await new ApiClient(t.app).post('/api/auth/logout')).statusCode).toBe(401);
  });
});

describe('login rate limit per address', () => {
  it('answers 429 with a translated code once an address tries too often', async () => {
    const limited = await createTestApp({ rateLimits: { loginPerMinute: 2 } });
    try {
      const client = new ApiClient(limited.app, '10.9.9.9');
      const attempt = () =>
        client.post('/api/auth/login', { email: 'a@example.test', password: 'x' });
      expect((await attempt()).statusCode).toBe(401);
      expect((await attempt()).statusCode).toBe(401);
      const third = await attempt();
      expect(third.statusCode).toBe(429);
      expect(third.json()).toMatchObject({ code: 'too_many_login_attempts' });
      expect(third.json().retryAfterSeconds).toBeGreaterThan(0);
      // Another address still gets through.
      const other = await new ApiClient(limited.app, '10.9.9.8').post('/api/auth/login', {
        email: 'a@example.test',
        password: 'x',
      });
      expect(other.statusCode).toBe(401);
    } finally {
      await limited.close();
    }
  });
});

describe('session cookie over https', () => {
  it('is Secure when PUBLIC_URL is https', async () => {
    const secure = await createTestApp({
      config: { publicUrl: 'https://support.example.test', isHttps: true },
    });
    try {
      const user = await createUser(secure.db, 'agent');
      const response = await secure.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { origin: 'https://support.example.test', host: 'support.example.test' },
        payload: { email: user.email, password: TEST_PASSWORD },
      });
      expect(response.statusCode).toBe(200);
      expect(String(response.headers['set-cookie'])).toMatch(/Secure/);
    } finally {
      await secure.close();
    }
  });
});
