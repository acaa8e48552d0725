import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser } from '../../../test/support/factories.js';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../../test/support/test-app.js';
import {
  startTestOidcProvider,
  type TestOidcProvider,
} from '../../../test/support/test-oidc-provider.js';
import { auditEntries, sessions, ssoSettings } from '../db/schema.js';

let t: TestApp;
let idp: TestOidcProvider;
let admin: ApiClient;

beforeAll(async () => {
  t = await createTestApp();
  idp = await startTestOidcProvider(`${TEST_ORIGIN}/api/auth/sso/callback`);
  const adminUser = await createUser(t.db, 'admin');
  admin = await loggedInClient(t.app, adminUser.email);
  const saved = await admin.request('PUT', '/api/staff/sso-settings', {
    issuerUrl: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    buttonLabel: 'Google Workspace',
    allowedDomains: [],
  });
  expect(saved.statusCode).toBe(200);
});
afterAll(async () => {
  await idp.close();
  await t.close();
});

/** A browser that clicks «Σύνδεση με …», signs in at the provider as `login`, and comes back. */
async function signInThroughProvider(login: string, tamper?: (callback: URL) => void) {
  const browser = new ApiClient(t.app, '192.0.2.40');
  const start = await browser.get('/api/auth/sso/start');
  expect(start.statusCode).toBe(302);
  const authorizationUrl = String(start.headers.location);
  expect(authorizationUrl.startsWith(`${idp.issuer}/`)).toBe(true);
  const callback = await idp.signIn(authorizationUrl, login);
  expect(`${callback.origin}${callback.pathname}`).toBe(`${TEST_ORIGIN}/api/auth/sso/callback`);
  tamper?.(callback);
  const back = await browser.get(`${callback.pathname}${callback.search}`);
  expect(back.statusCode).toBe(303);
  return { browser, location: String(back.headers.location) };
}

describe('single sign-on for staff (OpenID Connect)', () => {
  it('shows the button with its label once configured', async () => {
    const option = await new ApiClient(t.app).get('/api/auth/sso');
    expect(option.json()).toEqual({ enabled: true, label: 'Google Workspace' });
  });

  it('sends the browser to the provider with PKCE, state and nonce', async () => {
    const start = await new ApiClient(t.app).get('/api/auth/sso/start');
    const url = new URL(String(start.headers.location));
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toBeTruthy();
    expect(url.searchParams.get('state')).toBeTruthy();
    expect(url.searchParams.get('nonce')).toBeTruthy();
    expect(url.searchParams.get('redirect_uri')).toBe(`${TEST_ORIGIN}/api/auth/sso/callback`);
    expect(String(start.headers['set-cookie'])).toMatch(/aitima_sso=.*HttpOnly/);
  });

  it('signs an existing staff user in by their verified email, case aside, and audits it', async () => {
    const agent = await createUser(t.db, 'agent');
    idp.addIdentity('agent-login', { email: agent.email.toUpperCase(), email_verified: true });
    const { browser, location } = await signInThroughProvider('agent-login');
    expect(location).toBe('/staff');
    const me = await browser.get('/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: agent.id, role: 'agent' });
    const [entry] = await t.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.actorUserId, agent.id));
    expect(entry).toMatchObject({ action: 'auth.sso_login', ip: '192.0.2.40' });
  });

  it('refuses an address with no staff account, and creates none', async () => {
    idp.addIdentity('stranger', { email: 'stranger@example.test', email_verified: true });
    const { browser, location } = await signInThroughProvider('stranger');
    expect(location).toBe('/login?sso_error=no_staff_account');
    expect((await browser.get('/api/me')).statusCode).toBe(401);
  });

  it('refuses an address the provider has not verified', async () => {
    const agent = await createUser(t.db, 'agent');
    idp.addIdentity('unverified', { email: agent.email, email_verified: false });
    const { browser, location } = await signInThroughProvider('unverified');
    expect(location).toBe('/login?sso_error=email_unverified');
    expect((await browser.get('/api/me')).statusCode).toBe(401);
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, agent.id))).toHaveLength(0);
  });

  it('refuses Entra’s xms_edov in place of email_verified from a provider that is not a single Entra tenant', async () => {
    const agent = await createUser(t.db, 'agent');
    // What an Entra work account sends (no email_verified), from any other issuer.
    idp.addIdentity('entra-like', { email: agent.email, xms_edov: true });
    const { browser, location } = await signInThroughProvider('entra-like');
    expect(location).toBe('/login?sso_error=email_unverified');
    expect((await browser.get('/api/me')).statusCode).toBe(401);
  });

  it('refuses a customer contact: single sign-on is for staff', async () => {
    const { admin: contact } = await createCustomer(t.db);
    idp.addIdentity('customer', { email: contact.email, email_verified: true });
    const { location } = await signInThroughProvider('customer');
    expect(location).toBe('/login?sso_error=no_staff_account');
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, contact.id))).toHaveLength(
      0,
    );
  });

  it('refuses a deactivated staff user', async () => {
    const former = await createUser(t.db, 'agent', { isActive: false });
    idp.addIdentity('former', { email: former.email, email_verified: true });
    const { location } = await signInThroughProvider('former');
    expect(location).toBe('/login?sso_error=no_staff_account');
  });

  it('refuses a callback whose state is not the one this browser was sent with', async () => {
    const agent = await createUser(t.db, 'agent');
    idp.addIdentity('agent-state', { email: agent.email, email_verified: true });
    const { browser, location } = await signInThroughProvider('agent-state', (callback) =>
      callback.searchParams.set('state', 'forged-state'),
    );
    expect(location).toBe('/login?sso_error=failed');
    expect((await browser.get('/api/me')).statusCode).toBe(401);
  });

  it('refuses a callback in a browser that never started a sign-in', async () => {
    const agent = await createUser(t.db, 'agent');
    idp.addIdentity('agent-elsewhere', { email: agent.email, email_verified: true });
    const starter = new ApiClient(t.app);
    const start = await starter.get('/api/auth/sso/start');
    const callback = await idp.signIn(String(start.headers.location), 'agent-elsewhere');
    // The link is replayed in another browser (a login CSRF): it has no attempt cookie.
    const other = new ApiClient(t.app);
    const back = await other.get(`${callback.pathname}${callback.search}`);
    expect(back.headers.location).toBe('/login?sso_error=failed');
    expect((await other.get('/api/me')).statusCode).toBe(401);
  });
});

describe('single sign-on settings (admin)', () => {
  it('stores the client secret encrypted and never shows it', async () => {
    const [row] = await t.db.select().from(ssoSettings);
    expect(row!.clientSecretEncrypted).not.toContain(idp.clientSecret);
    const shown = await admin.get('/api/staff/sso-settings');
    expect(shown.json()).toMatchObject({
      source: 'console',
      issuerUrl: idp.issuer,
      hasClientSecret: true,
      redirectUri: `${TEST_ORIGIN}/api/auth/sso/callback`,
    });
    expect(shown.body).not.toContain(idp.clientSecret);
    const audit = await t.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.action, 'auth.sso_settings_updated'));
    expect(JSON.stringify(audit)).not.toContain(idp.clientSecret);
  });

  it('limits sign-in to the allowed email domains, keeping the secret when left empty', async () => {
    const put = (allowedDomains: string[]) =>
      admin.request('PUT', '/api/staff/sso-settings', {
        issuerUrl: idp.issuer,
        clientId: idp.clientId,
        buttonLabel: 'Google Workspace',
        allowedDomains,
      });
    expect((await put(['support.example.org'])).statusCode).toBe(200);
    try {
      const agent = await createUser(t.db, 'agent');
      idp.addIdentity('agent-domain', { email: agent.email, email_verified: true });
      const { location } = await signInThroughProvider('agent-domain');
      expect(location).toBe('/login?sso_error=domain_not_allowed');
    } finally {
      expect((await put([])).statusCode).toBe(200);
    }
  });

  it('hides the button, and never answers 500, when the stored secret cannot be read', async () => {
    const [row] = await t.db.select().from(ssoSettings);
    // As if the database were moved to a server with another MAILBOX_SECRET_KEY.
    await t.db.update(ssoSettings).set({ clientSecretEncrypted: 'v1:AAAA:BBBB:CCCC' });
    try {
      expect((await new ApiClient(t.app).get('/api/auth/sso')).json()).toEqual({
        enabled: false,
        label: null,
      });
      const start = await new ApiClient(t.app).get('/api/auth/sso/start');
      expect(start.statusCode).toBe(303);
      expect(start.headers.location).toBe('/login?sso_error=failed');
    } finally {
      await t.db.update(ssoSettings).set({ clientSecretEncrypted: row!.clientSecretEncrypted });
    }
  });

  it('refuses bad settings with field errors, and non-admins', async () => {
    const bad = await admin.request('PUT', '/api/staff/sso-settings', {
      issuerUrl: 'http://idp.example.test',
      clientId: '',
      buttonLabel: 'x',
      allowedDomains: ['not a domain'],
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['allowedDomains.0', 'clientId', 'issuerUrl'].sort());
    // A NUL in the label is refused before the schema, like in any text of any route.
    const nul = await admin.request('PUT', '/api/staff/sso-settings', {
      issuerUrl: idp.issuer,
      clientId: idp.clientId,
      buttonLabel: 'Google\u0000Workspace',
      allowedDomains: [],
    });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().errors).toEqual([{ field: 'buttonLabel', code: 'invalid_character' }]);
    const agent = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
    expect((await agent.get('/api/staff/sso-settings')).statusCode).toBe(403);
    expect((await new ApiClient(t.app).get('/api/staff/sso-settings')).statusCode).toBe(401);
  });
});
