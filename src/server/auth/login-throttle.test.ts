import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/support/api-client.js';
import { createUser, TEST_PASSWORD } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { loginFailures } from '../db/schema.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    auth: {
      maxLoginFailures: 5,
      maxAddressFailures: 8,
      loginFailureWindowSeconds: 900,
      loginFirstDelaySeconds: 30,
    },
  });
});
afterAll(() => t.close());

const attempt = (client: ApiClient, email: string, password: string) =>
  client.post('/api/auth/login', { email, password });

/** Moves the recorded failures of one address back in time, as if that many seconds had passed. */
const agoFailures = (ip: string, seconds: number) =>
  t.db
    .update(loginFailures)
    .set({ createdAt: sql`${loginFailures.createdAt} - make_interval(secs => ${seconds})` })
    .where(eq(loginFailures.ip, ip));

describe('the lockout attack from five addresses', () => {
  it('slows the attacker down and never locks the real user out', async () => {
    const admin = await createUser(t.db, 'admin');
    // The admin's own browser has signed in before: it carries the device cookie.
    const adminBrowser = new ApiClient(t.app, '192.0.2.10');
    await adminBrowser.logIn(admin.email, TEST_PASSWORD);
    expect((await adminBrowser.post('/api/auth/logout')).statusCode).toBe(204);

    const attackers = ['203.0.113.1', '203.0.113.2', '203.0.113.3', '203.0.113.4', '203.0.113.5'];
    for (const ip of attackers) {
      const attacker = new ApiClient(t.app, ip);
      for (let i = 0; i < 5; i++) {
        expect((await attempt(attacker, admin.email, `guess ${i}`)).statusCode).toBe(401);
      }
      // Past the free failures the attacker's address waits, even with the right password:
      // it is refused before any password is checked.
      const slowed = await attempt(attacker, admin.email, TEST_PASSWORD);
      expect(slowed.statusCode).toBe(429);
      expect(slowed.json()).toMatchObject({ code: 'too_many_login_attempts' });
      expect(Number(slowed.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(slowed.headers['retry-after'])).toBeLessThanOrEqual(30);
    }

    // The real user, right after: from the known browser on another network…
    const knownOnTheRoad = adminBrowser.fromAddress('198.51.100.7');
    expect((await attempt(knownOnTheRoad, admin.email, TEST_PASSWORD)).statusCode).toBe(200);
    // …from the same browser at the office…
    expect((await attempt(adminBrowser, admin.email, TEST_PASSWORD)).statusCode).toBe(200);
    // …and from a new browser at the admin's own address.
    const newBrowser = new ApiClient(t.app, '192.0.2.10');
    expect((await attempt(newBrowser, admin.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('lets a known browser in while a stranger behind the same address is slowed down', async () => {
    const agent = await createUser(t.db, 'agent');
    const office = '192.0.2.30';
    const agentBrowser = new ApiClient(t.app, office);
    await agentBrowser.logIn(agent.email, TEST_PASSWORD);
    // Someone else on the office network (one public address) guesses the agent's password.
    const colleague = new ApiClient(t.app, office);
    for (let i = 0; i < 5; i++) await attempt(colleague, agent.email, `guess ${i}`);
    expect((await attempt(colleague, agent.email, TEST_PASSWORD)).statusCode).toBe(429);
    // The agent's own browser is known to the account: it is not slowed by their failures.
    expect((await attempt(agentBrowser, agent.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('makes each further failure wait twice as long, for that source alone', async () => {
    const agent = await createUser(t.db, 'agent');
    const ip = '203.0.113.50';
    const attacker = new ApiClient(t.app, ip);
    for (let i = 0; i < 5; i++) await attempt(attacker, agent.email, `guess ${i}`);
    expect((await attempt(attacker, agent.email, 'guess')).headers['retry-after']).toBe('30');
    await agoFailures(ip, 31);
    // The wait is over: one more guess is checked (and fails), then the wait doubles.
    expect((await attempt(attacker, agent.email, 'guess')).statusCode).toBe(401);
    const slowed = await attempt(attacker, agent.email, 'guess');
    expect(slowed.statusCode).toBe(429);
    expect(Number(slowed.headers['retry-after'])).toBeGreaterThan(30);
    expect(Number(slowed.headers['retry-after'])).toBeLessThanOrEqual(60);
    // The agent, from anywhere else, is not slowed down.
    expect(
      (await attempt(new ApiClient(t.app, '192.0.2.77'), agent.email, TEST_PASSWORD)).statusCode,
    ).toBe(200);
  });

  it('slows one address trying many accounts (credential stuffing), not the accounts', async () => {
    const ip = '203.0.113.99';
    const stuffer = new ApiClient(t.app, ip);
    const victims = await Promise.all(Array.from({ length: 9 }, () => createUser(t.db, 'agent')));
    for (const victim of victims.slice(0, 8)) {
      expect((await attempt(stuffer, victim.email, 'leaked password')).statusCode).toBe(401);
    }
    const ninth = victims[8]!;
    expect((await attempt(stuffer, ninth.email, 'leaked password')).statusCode).toBe(429);
    expect((await attempt(stuffer, 'nobody@example.test', 'x')).statusCode).toBe(429);
    expect(
      (await attempt(new ApiClient(t.app, '192.0.2.88'), ninth.email, TEST_PASSWORD)).statusCode,
    ).toBe(200);
  });

  it('gives unknown, inactive and wrong-password logins the same answer', async () => {
    const inactive = await createUser(t.db, 'agent', { isActive: false });
    const active = await createUser(t.db, 'agent');
    const client = () => new ApiClient(t.app, '192.0.2.200');
    const answers = await Promise.all([
      attempt(client(), 'nobody-here@example.test', TEST_PASSWORD),
      attempt(client(), inactive.email, TEST_PASSWORD),
      attempt(client(), active.email, 'wrong password'),
    ]);
    for (const answer of answers) {
      expect(answer.statusCode).toBe(401);
      expect(answer.body).toBe(answers[0]!.body);
    }
  });
});
