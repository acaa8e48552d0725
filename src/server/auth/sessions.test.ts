import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser, TEST_PASSWORD } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { auditEntries } from '../db/schema.js';
import { resolveSession, startSession } from './auth.service.js';

const CHROME_ON_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
const SAFARI_ON_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Logs in from a device that sends this User-Agent. */
async function signIn(email: string, userAgent: string, ip = '127.0.0.1'): Promise<ApiClient> {
  const client = new ApiClient(t.app, ip);
  const response = await client.request(
    'POST',
    '/api/auth/login',
    { email, password: TEST_PASSWORD },
    { 'user-agent': userAgent },
  );
  expect(response.statusCode).toBe(200);
  return client;
}

type Listed = { id: string; isCurrent: boolean; browser: string | null; os: string | null };
const sessionsOf = async (client: ApiClient): Promise<Listed[]> =>
  (await client.get('/api/me/sessions')).json().items;

describe('«Συνδεδεμένες συσκευές»', () => {
  it("lists where one is signed in, this device marked, no one else's", async () => {
    const { member, admin } = await createCustomer(t.db);
    const laptop = await signIn(member.email, CHROME_ON_WINDOWS, '10.0.0.7');
    await signIn(member.email, SAFARI_ON_IPHONE);
    await signIn(admin.email, CHROME_ON_WINDOWS);

    const listed = await sessionsOf(laptop);
    expect(listed).toHaveLength(2);
    expect(listed.find((session) => session.isCurrent)).toMatchObject({
      browser: 'Chrome 120',
      os: 'Windows 10',
      deviceType: 'desktop',
      ip: '10.0.0.7',
    });
    expect(listed.find((session) => !session.isCurrent)).toMatchObject({
      browser: 'Safari 17',
      os: 'iOS 17',
      deviceType: 'mobile',
    });
  });

  it('signs out one device, which then finds itself signed out; recorded in the audit log', async () => {
    const user = await createUser(t.db, 'agent');
    const laptop = await signIn(user.email, CHROME_ON_WINDOWS);
    const phone = await signIn(user.email, SAFARI_ON_IPHONE);
    const phoneSession = (await sessionsOf(laptop)).find((session) => !session.isCurrent)!;

    const ended = await laptop.delete(`/api/me/sessions/${phoneSession.id}`);
    expect(ended.statusCode).toBe(204);
    expect((await phone.get('/api/me')).statusCode).toBe(401);
    expect((await phone.get('/api/me/sessions')).statusCode).toBe(401);
    expect(await sessionsOf(laptop)).toHaveLength(1);
    const audit = await t.db
      .select()
      .from(auditEntries)
      .where(
        and(eq(auditEntries.actorUserId, user.id), eq(auditEntries.action, 'auth.session_ended')),
      );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.data).toEqual({ current: false });
  });

  it("cannot end someone else's session: it does not exist for them", async () => {
    const first = await createUser(t.db, 'agent');
    const second = await createUser(t.db, 'agent');
    const mine = await signIn(first.email, CHROME_ON_WINDOWS);
    const theirs = await signIn(second.email, CHROME_ON_WINDOWS);
    const theirId = (await sessionsOf(theirs))[0]!.id;

    expect((await mine.delete(`/api/me/sessions/${theirId}`)).statusCode).toBe(404);
    expect((await theirs.get('/api/me/sessions')).statusCode).toBe(200);
    const malformed = await mine.delete('/api/me/sessions/not-a-session');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors).toEqual([{ field: 'id', code: 'invalid_format' }]);
  });

  it('signs out everywhere but here', async () => {
    const user = await createUser(t.db, 'admin');
    const here = await signIn(user.email, CHROME_ON_WINDOWS);
    const others = [
      await signIn(user.email, SAFARI_ON_IPHONE),
      await signIn(user.email, CHROME_ON_WINDOWS),
    ];
    const response = await here.post('/api/me/sessions/end-others');
    expect(response.json()).toEqual({ ended: 2 });
    for (const other of others) expect((await other.get('/api/me/sessions')).statusCode).toBe(401);
    expect(await sessionsOf(here)).toMatchObject([{ isCurrent: true }]);
    expect((await here.post('/api/me/sessions/end-others')).json()).toEqual({ ended: 0 });
  });

  it('signing out this device from the list is a logout', async () => {
    const user = await createUser(t.db, 'agent');
    const here = await signIn(user.email, CHROME_ON_WINDOWS);
    const current = (await sessionsOf(here))[0]!;
    expect((await here.delete(`/api/me/sessions/${current.id}`)).statusCode).toBe(204);
    expect((await here.get('/api/me/sessions')).statusCode).toBe(401);
  });
});

describe("a request's signed-in user", () => {
  it('carries no password hash (it is read only where a password is checked), yet names the user and company', async () => {
    const { member, company } = await createCustomer(t.db);
    const settings = { sessionDays: 14, sessionMaxDays: 30 };
    const token = await startSession(t.db, member.id, { ip: null, userAgent: null }, settings);

    const signedIn = await resolveSession(t.db, token, settings);

    expect(signedIn?.user).toMatchObject({ id: member.id, email: member.email, role: 'member' });
    expect(signedIn?.user).not.toHaveProperty('passwordHash');
    expect(signedIn?.company).toEqual({
      id: company.id,
      legalName: company.legalName,
      tradeName: company.tradeName,
    });
  });
});
