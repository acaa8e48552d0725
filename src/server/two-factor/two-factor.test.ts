import { createHash, randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser, TEST_PASSWORD } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { enrolTotp, totpCode } from '../../../test/support/two-factor.js';
import { auditEntries, sessions, totpFactors, userTokens } from '../db/schema.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A staff member with an authenticator app set up, and a fresh browser that is not signed in. */
async function enrolledAgent() {
  const user = await createUser(t.db, 'agent');
  const { secret, codes } = await enrolTotp(await loggedInClient(t.app, user.email));
  return { user, secret, codes, browser: new ApiClient(t.app) };
}

async function passwordStep(browser: ApiClient, email: string) {
  return browser.post('/api/auth/login', { email, password: TEST_PASSWORD });
}

const actionsOf = async (userId: string) =>
  (
    await t.db
      .select({ action: auditEntries.action, data: auditEntries.data })
      .from(auditEntries)
      .where(eq(auditEntries.entityId, userId))
  ).map((row) => row.action);

describe('TOTP enrolment', () => {
  it('shows a QR code and the secret, turns on only after a right code, and gives ten recovery codes once', async () => {
    const user = await createUser(t.db, 'agent');
    const client = await loggedInClient(t.app, user.email);
    const begun = await client.post('/api/me/two-factor/totp');
    expect(begun.statusCode).toBe(200);
    const { secret, otpauthUri, qrCodeDataUrl } = begun.json();
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect((await client.get('/api/me/two-factor')).json()).toMatchObject({ totpEnabled: false });

    const wrong = await client.post('/api/me/two-factor/totp/confirm', { code: '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({
      code: 'second_factor_invalid',
      errors: [{ field: 'code' }],
    });
    const malformed = await client.post('/api/me/two-factor/totp/confirm', { code: 'abc' });
    expect(malformed.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ field: 'code', code: 'invalid_format' }],
    });

    const confirmed = await client.post('/api/me/two-factor/totp/confirm', {
      code: await totpCode(secret),
    });
    expect(confirmed.statusCode).toBe(200);
    const { codes } = confirmed.json();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect((await client.get('/api/me/two-factor')).json()).toMatchObject({
      totpEnabled: true,
      recoveryCodesLeft: 10,
    });

    // Stored encrypted, never as the secret itself; audited without it.
    const [stored] = await t.db.select().from(totpFactors).where(eq(totpFactors.userId, user.id));
    expect(stored?.secretEncrypted).not.toContain(secret);
    const entries = await t.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.entityId, user.id));
    expect(entries.map((entry) => entry.action)).toContain('two_factor.totp_enabled');
    expect(JSON.stringify(entries)).not.toContain(secret);
    expect(JSON.stringify(entries)).not.toContain(codes[0]);
  });
});

describe('login with a second factor', () => {
  it('answers 202 after the password and opens nothing until a right TOTP code', async () => {
    const { user, secret, browser } = await enrolledAgent();
    const first = await passwordStep(browser, user.email);
    expect(first.statusCode).toBe(202);
    expect(first.json()).toEqual({
      secondFactorRequired: true,
      methods: { totp: true, passkey: false },
    });
    expect(browser.hasSession).toBe(true);

    // The half-done login is refused everywhere.
    for (const url of ['/api/me', '/api/me/sessions', '/api/tickets', '/api/me/two-factor']) {
      const response = await browser.get(url);
      expect(response.statusCode, url).toBe(401);
    }
    expect(
      (await browser.post('/api/auth/reauthenticate', { password: TEST_PASSWORD })).statusCode,
    ).toBe(401);
    expect((await browser.post('/api/me/two-factor/recovery-codes')).statusCode).toBe(401);
    expect((await browser.get('/api/auth/second-factor')).json()).toEqual({
      totp: true,
      passkey: false,
    });

    const wrong = await browser.post('/api/auth/second-factor', { code: '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('second_factor_invalid');

    const done = await browser.post('/api/auth/second-factor', { code: await totpCode(secret, 1) });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ id: user.id });
    expect((await browser.get('/api/me')).statusCode).toBe(200);
    expect(await actionsOf(user.id)).toEqual(
      expect.arrayContaining(['auth.second_factor_failed', 'auth.login']),
    );
  });

  it('refuses a code already used (no replay), even from another browser', async () => {
    const { user, secret, browser } = await enrolledAgent();
    const code = await totpCode(secret, 1);
    await passwordStep(browser, user.email);
    expect((await browser.post('/api/auth/second-factor', { code })).statusCode).toBe(200);

    const other = new ApiClient(t.app);
    await passwordStep(other, user.email);
    const replay = await other.post('/api/auth/second-factor', { code });
    expect(replay.statusCode).toBe(400);
    expect(replay.json().code).toBe('second_factor_invalid');
    // The code of the enrolment itself is older still.
    const older = await other.post('/api/auth/second-factor', { code: await totpCode(secret) });
    expect(older.statusCode).toBe(400);
  });

  it('takes each recovery code once', async () => {
    const { user, codes, browser } = await enrolledAgent();
    await passwordStep(browser, user.email);
    const withCode = await browser.post('/api/auth/second-factor', {
      recoveryCode: codes[0]!.toUpperCase(),
    });
    expect(withCode.statusCode).toBe(200);

    const other = new ApiClient(t.app);
    await passwordStep(other, user.email);
    const again = await other.post('/api/auth/second-factor', { recoveryCode: codes[0] });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ errors: [{ field: 'recoveryCode' }] });
    expect(
      (await other.post('/api/auth/second-factor', { recoveryCode: codes[1] })).statusCode,
    ).toBe(200);
    expect((await other.get('/api/me/two-factor')).json().recoveryCodesLeft).toBe(8);
    expect(await actionsOf(user.id)).toContain('two_factor.recovery_code_used');
  });

  it('throws the half-done login away after five wrong codes', async () => {
    const { user, secret, browser } = await enrolledAgent();
    await passwordStep(browser, user.email);
    for (let i = 0; i < 5; i += 1) {
      expect((await browser.post('/api/auth/second-factor', { code: '000000' })).statusCode).toBe(
        400,
      );
    }
    const sixth = await browser.post('/api/auth/second-factor', {
      code: await totpCode(secret, 1),
    });
    expect(sixth.statusCode).toBe(401);
    expect(sixth.json().code).toBe('login_step_expired');
  });

  it('answers the second step without a password step with login_step_expired', async () => {
    const response = await new ApiClient(t.app).post('/api/auth/second-factor', { code: '123456' });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('login_step_expired');
  });
});

describe('re-authentication', () => {
  async function ageSession(userId: string) {
    await t.db
      .update(sessions)
      .set({ authenticatedAt: new Date(Date.now() - 11 * 60 * 1000) })
      .where(eq(sessions.userId, userId));
  }

  it('is asked before two-factor changes and the password change once ten minutes have passed', async () => {
    const user = await createUser(t.db, 'agent');
    const client = await loggedInClient(t.app, user.email);
    await ageSession(user.id);
    const refused = await client.post('/api/me/two-factor/totp');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('reauthentication_required');
    const password = await client.post('/api/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a new long password',
    });
    expect(password.json().code).toBe('reauthentication_required');

    const wrong = await client.post('/api/auth/reauthenticate', { password: 'not it at all' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({
      code: 'reauthentication_failed',
      errors: [{ field: 'password' }],
    });
    expect(
      (await client.post('/api/auth/reauthenticate', { password: TEST_PASSWORD })).statusCode,
    ).toBe(204);
    expect((await client.post('/api/me/two-factor/totp')).statusCode).toBe(200);
    expect(await actionsOf(user.id)).toEqual(
      expect.arrayContaining(['auth.reauthentication_failed', 'auth.reauthenticated']),
    );
  });

  it('accepts a TOTP code, once', async () => {
    const { user, secret, browser } = await enrolledAgent();
    await passwordStep(browser, user.email);
    await browser.post('/api/auth/second-factor', { code: await totpCode(secret, 1) });
    await ageSession(user.id);
    expect((await browser.post('/api/me/two-factor/recovery-codes')).statusCode).toBe(403);
    // The code of this login's step was used: a replay is refused here too.
    const replay = await browser.post('/api/auth/reauthenticate', {
      code: await totpCode(secret, 1),
    });
    expect(replay.statusCode).toBe(400);
  });

  it('regenerating recovery codes invalidates the old ones', async () => {
    const { user, codes } = await enrolledAgent();
    const client = await passwordAndRecovery(user.email, codes[0]!);
    const fresh = await client.post('/api/me/two-factor/recovery-codes');
    expect(fresh.statusCode).toBe(200);
    const newCodes: string[] = fresh.json().codes;
    expect(newCodes).toHaveLength(10);
    const other = new ApiClient(t.app);
    await passwordStep(other, user.email);
    expect(
      (await other.post('/api/auth/second-factor', { recoveryCode: codes[1] })).statusCode,
    ).toBe(400);
    expect(
      (await other.post('/api/auth/second-factor', { recoveryCode: newCodes[0] })).statusCode,
    ).toBe(200);
    expect(await actionsOf(user.id)).toContain('two_factor.recovery_codes_regenerated');
  });

  it('removing the app lets the password alone log in again', async () => {
    const { user, codes } = await enrolledAgent();
    const client = await passwordAndRecovery(user.email, codes[0]!);
    expect((await client.delete('/api/me/two-factor/totp')).statusCode).toBe(204);
    expect((await passwordStep(new ApiClient(t.app), user.email)).statusCode).toBe(200);
    expect(await actionsOf(user.id)).toContain('two_factor.totp_removed');
  });
});

async function passwordAndRecovery(email: string, recoveryCode: string): Promise<ApiClient> {
  const client = new ApiClient(t.app);
  await passwordStep(client, email);
  const done = await client.post('/api/auth/second-factor', { recoveryCode });
  if (done.statusCode !== 200) throw new Error(done.body);
  return client;
}

describe('second factor required of staff', () => {
  it('lets a staff member without one reach only enrolment, /me and logout until they enrol', async () => {
    const admin = await createUser(t.db, 'admin');
    const adminClient = await loggedInClient(t.app, admin.email);
    // The admin sets it up first, or the setting would shut them out too.
    const { secret: adminSecret } = await enrolTotp(adminClient);
    expect(adminSecret).toBeTruthy();
    const turnedOn = await adminClient.request('PUT', '/api/security-settings', {
      requireStaffTwoFactor: true,
    });
    expect(turnedOn.statusCode).toBe(200);
    try {
      const agent = await createUser(t.db, 'agent');
      const client = await loggedInClient(t.app, agent.email);
      const me = await client.get('/api/me');
      expect(me.json()).toMatchObject({ mustEnrolSecondFactor: true });
      for (const url of ['/api/tickets', '/api/me/sessions', '/api/companies']) {
        const response = await client.get(url);
        expect(response.statusCode, url).toBe(403);
        expect(response.json().code).toBe('two_factor_enrolment_required');
      }
      // Customers are not concerned.
      const { member } = await createCustomer(t.db);
      const customer = await loggedInClient(t.app, member.email);
      expect((await customer.get('/api/tickets')).statusCode).toBe(200);

      await enrolTotp(client);
      expect((await client.get('/api/me')).json().mustEnrolSecondFactor).toBe(false);
      expect((await client.get('/api/tickets')).statusCode).toBe(200);
    } finally {
      await adminClient.request('PUT', '/api/security-settings', { requireStaffTwoFactor: false });
    }
  });

  it('is a setting only admins read and change', async () => {
    const agent = await createUser(t.db, 'agent');
    const client = await loggedInClient(t.app, agent.email);
    expect((await client.get('/api/security-settings')).statusCode).toBe(403);
    const put = await client.request('PUT', '/api/security-settings', {
      requireStaffTwoFactor: true,
    });
    expect(put.statusCode).toBe(403);
  });
});

describe('admin reset of a second factor', () => {
  it('clears a contact’s factors so the password alone logs in, audited; others may not', async () => {
    const { member } = await createCustomer(t.db);
    const memberClient = await loggedInClient(t.app, member.email);
    await enrolTotp(memberClient);
    expect((await passwordStep(new ApiClient(t.app), member.email)).statusCode).toBe(202);

    const agent = await createUser(t.db, 'agent');
    const agentClient = await loggedInClient(t.app, agent.email);
    expect((await agentClient.post(`/api/users/${member.id}/two-factor/reset`)).statusCode).toBe(
      403,
    );
    expect((await memberClient.post(`/api/users/${member.id}/two-factor/reset`)).statusCode).toBe(
      403,
    );

    const admin = await createUser(t.db, 'admin');
    const adminClient = await loggedInClient(t.app, admin.email);
    const reset = await adminClient.post(`/api/users/${member.id}/two-factor/reset`);
    expect(reset.statusCode).toBe(204);
    expect((await passwordStep(new ApiClient(t.app), member.email)).statusCode).toBe(200);
    const [entry] = await t.db
      .select()
      .from(auditEntries)
      .where(
        and(eq(auditEntries.entityId, member.id), eq(auditEntries.action, 'two_factor.reset')),
      );
    expect(entry).toMatchObject({ actorUserId: admin.id, companyId: member.companyId });
    const unknown = await adminClient.post(
      '/api/users/00000000-0000-4000-8000-000000000000/two-factor/reset',
    );
    expect(unknown.statusCode).toBe(404);
  });
});

describe('password reset with a second factor', () => {
  it('does not sign in through a reset link alone: the second step still comes', async () => {
    const { user, secret, browser } = await enrolledAgent();
    const token = randomBytes(32).toString('base64url');
    await t.db.insert(userTokens).values({
      userId: user.id,
      kind: 'password_reset',
      tokenHash: createHash('sha256').update(token).digest('hex'),
      expiresAt: new Date(Date.now() + 60 * 60 * 1000),
    });
    const reset = await browser.post('/api/auth/password-reset/confirm', {
      token,
      password: 'a brand new passphrase',
    });
    expect(reset.statusCode).toBe(202);
    expect(reset.json()).toMatchObject({ secondFactorRequired: true });
    expect((await browser.get('/api/me')).statusCode).toBe(401);
    const done = await browser.post('/api/auth/second-factor', { code: await totpCode(secret, 1) });
    expect(done.statusCode).toBe(200);
  });
});

describe('passkeys (the browser test registers and uses a real one)', () => {
  it('gives challenges for the site of PUBLIC_URL and refuses a forged answer with a 400', async () => {
    const user = await createUser(t.db, 'agent');
    const client = await loggedInClient(t.app, user.email);
    const options = await client.post('/api/me/two-factor/passkeys/options');
    expect(options.statusCode).toBe(200);
    expect(options.json()).toMatchObject({
      rp: { id: 'localhost' },
      challenge: expect.any(String),
    });
    const forged = await client.post('/api/me/two-factor/passkeys', {
      name: 'Laptop',
      response: { id: 'abc', rawId: 'abc', type: 'public-key', response: {} },
    });
    expect(forged.statusCode).toBe(400);
    expect(forged.json().code).toBe('second_factor_invalid');
    const unnamed = await client.post('/api/me/two-factor/passkeys', {
      name: ' ',
      response: { id: 'abc', rawId: 'abc', type: 'public-key' },
    });
    expect(unnamed.json()).toMatchObject({ errors: [{ field: 'name', code: 'required' }] });
    expect(
      (await client.delete('/api/me/two-factor/passkeys/00000000-0000-4000-8000-000000000000'))
        .statusCode,
    ).toBe(404);
  });

  it('refuses a forged assertion at the second step without a 500', async () => {
    const { user, browser } = await enrolledAgent();
    await passwordStep(browser, user.email);
    const options = await browser.post('/api/auth/second-factor/passkey-options');
    expect(options.statusCode).toBe(200);
    const forged = await browser.post('/api/auth/second-factor', {
      passkey: { id: 'abc', rawId: 'abc', type: 'public-key', response: {} },
    });
    expect(forged.statusCode).toBe(400);
    expect(forged.json()).toMatchObject({
      code: 'second_factor_invalid',
      errors: [{ field: 'passkey' }],
    });
  });
});
