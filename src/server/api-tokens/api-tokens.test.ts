import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser, TEST_PASSWORD } from '../../../test/support/factories.js';
import { ageSessionsOf } from '../../../test/support/sessions.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';
import type { ApiTokenScope } from '../../shared/api/api-tokens.js';
import { apiTokens, auditEntries } from '../db/schema.js';
import type { App } from '../http/types.js';
import type { UserRow } from '../users/users.repository.js';
import { findTokenBySecretHash } from './api-tokens.repository.js';
import { hashTokenSecret } from './token-secret.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const DAY_MS = 24 * 60 * 60 * 1000;

async function signedIn(user: UserRow, app: App = t.app): Promise<ApiClient> {
  const client = new ApiClient(app);
  await client.logIn(user.email, TEST_PASSWORD);
  return client;
}

/** A personal token of the signed-in user; returns its id and secret. */
async function personalToken(client: ApiClient, scopes: ApiTokenScope[], name = 'Τιμολόγηση') {
  const response = await client.post('/api/me/api-tokens', {
    name,
    scopes,
    expiry: { days: 30 },
  });
  expect(response.statusCode, response.body).toBe(201);
  const body = response.json();
  return { id: body.token.id as string, secret: body.secret as string };
}

/** A request as an integration sends it: a bearer token, no Origin, no cookie (unless given). */
function withToken(
  secret: string,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  body?: object,
  headers: Record<string, string> = {},
  app: App = t.app,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${secret}`, ...headers },
    ...(body ? { payload: body } : {}),
  });
}

const newTicket = { subject: 'Από το monitoring', description: 'Ο server δεν απαντά.' };

describe('personal tokens', () => {
  it('are created only after a recent sign-in, shown once and stored only hashed', async () => {
    const { admin } = await createCustomer(t.db);
    const client = await signedIn(admin);
    const base = { name: 'CRM', scopes: ['tickets:read'], expiry: { days: 90 } };
    // Ten minutes after signing in, creating a key first asks who it is (password or a code).
    await ageSessionsOf(t.db, admin.id);
    const stale = await client.post('/api/me/api-tokens', base);
    expect(stale.statusCode).toBe(403);
    expect(stale.json().code).toBe('reauthentication_required');
    expect(await t.db.select().from(apiTokens).where(eq(apiTokens.userId, admin.id))).toEqual([]);
    const reauthenticated = await client.post('/api/auth/reauthenticate', {
      password: TEST_PASSWORD,
    });
    expect(reauthenticated.statusCode).toBe(204);

    const { id, secret } = await personalToken(client, ['tickets:read'], 'CRM');
    expect(secret).toMatch(/^aitima_pat_[A-Za-z0-9_-]{43}$/);

    const [stored] = await t.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(stored?.secretHash).toBe(createHash('sha256').update(secret).digest('hex'));
    // The secret itself is in no column of any token.
    const rows = await t.db.select().from(apiTokens);
    expect(JSON.stringify(rows)).not.toContain(secret.slice(11));

    const listed = await client.get('/api/me/api-tokens');
    expect(listed.statusCode).toBe(200);
    expect(listed.body).not.toContain(secret.slice(11));
    expect(listed.json().items).toEqual([
      expect.objectContaining({
        id,
        name: 'CRM',
        kind: 'personal',
        scopes: ['tickets:read'],
        prefix: secret.slice(0, 15),
        lastUsedAt: null,
        revokedAt: null,
      }),
    ]);
    expect(new Date(listed.json().items[0].expiresAt).getTime()).toBeGreaterThan(
      Date.now() + 29 * DAY_MS,
    );
  });

  it('refuses an expiry date in the past or more than a year away', async () => {
    const { member } = await createCustomer(t.db);
    const client = await signedIn(member);
    for (const date of ['2020-01-01', '2099-01-01']) {
      const response = await client.post('/api/me/api-tokens', {
        name: 'x',
        scopes: ['tickets:read'],
        expiry: { date },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].field).toBe('expiry');
    }
  });

  it("act with the member's own rights, never more", async () => {
    const { company, admin, member } = await createCustomer(t.db);
    const colleagueTicket = await openTicketAs(await signedIn(admin));
    const everything: ApiTokenScope[] = [
      'tickets:write',
      'companies:write',
      'statements:read',
      'hours:read',
    ];
    const { secret } = await personalToken(await signedIn(member), everything);

    expect((await withToken(secret, 'GET', `/api/tickets/${colleagueTicket}`)).statusCode).toBe(
      404,
    );
    const statements = await withToken(secret, 'GET', `/api/statements?companyId=${company.id}`);
    expect(statements.statusCode).toBe(403);
    expect(statements.json().code).toBe('forbidden');
    const contact = await withToken(secret, 'POST', `/api/companies/${company.id}/contacts`, {
      firstName: 'Νέα',
      lastName: 'Επαφή',
      email: 'new-contact@example.test',
      role: 'member',
    });
    expect(contact.statusCode).toBe(403);
    const listed = await withToken(secret, 'GET', '/api/tickets');
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items).toHaveLength(0);
  });

  it('may be revoked by their owner only', async () => {
    const { admin, member } = await createCustomer(t.db);
    const owner = await signedIn(member);
    const { id, secret } = await personalToken(owner, ['tickets:read']);
    expect((await (await signedIn(admin)).delete(`/api/me/api-tokens/${id}`)).statusCode).toBe(404);
    expect((await withToken(secret, 'GET', '/api/tickets')).statusCode).toBe(200);

    expect((await owner.delete(`/api/me/api-tokens/${id}`)).statusCode).toBe(204);
    const refused = await withToken(secret, 'GET', '/api/tickets');
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe('api_token_revoked');
    const listed = (await owner.get('/api/me/api-tokens')).json().items;
    expect(listed[0].revokedAt).not.toBeNull();
  });
});

describe('scopes', () => {
  it('allow reading with read, writing with write (which reads too), and nothing of other areas', async () => {
    const { admin } = await createCustomer(t.db);
    const client = await signedIn(admin);
    const reader = await personalToken(client, ['tickets:read']);
    const writer = await personalToken(client, ['tickets:write']);

    expect((await withToken(reader.secret, 'GET', '/api/tickets')).statusCode).toBe(200);
    const refusedWrite = await withToken(reader.secret, 'POST', '/api/tickets', newTicket);
    expect(refusedWrite.statusCode).toBe(403);
    expect(refusedWrite.json().code).toBe('api_token_scope_missing');

    expect((await withToken(writer.secret, 'POST', '/api/tickets', newTicket)).statusCode).toBe(
      201,
    );
    expect((await withToken(writer.secret, 'GET', '/api/tickets')).statusCode).toBe(200);
    const otherArea = await withToken(writer.secret, 'GET', '/api/ledger');
    expect(otherArea.statusCode).toBe(403);
    expect(otherArea.json().code).toBe('api_token_scope_missing');
    expect((await withToken(writer.secret, 'GET', '/api/tasks')).statusCode).toBe(403);
  });

  it('never open the routes kept for people: profile, password, sessions, tokens', async () => {
    const { admin } = await createCustomer(t.db);
    const { secret } = await personalToken(await signedIn(admin), ['tickets:write']);
    for (const [method, url] of [
      ['GET', '/api/me'],
      ['POST', '/api/me/password'],
      ['GET', '/api/me/sessions'],
      ['GET', '/api/me/api-tokens'],
      ['POST', '/api/me/api-tokens'],
    ] as const) {
      const response = await withToken(secret, method, url, method === 'POST' ? {} : undefined);
      expect(response.statusCode, url).toBe(403);
      expect(response.json().code).toBe('api_token_route_not_allowed');
    }
  });
});

describe('refused tokens', () => {
  it('answer 401 with a code of their own: unknown, expired, revoked', async () => {
    const { admin } = await createCustomer(t.db);
    const { id, secret } = await personalToken(await signedIn(admin), ['tickets:read']);

    const unknown = await withToken('aitima_pat_not-a-real-token', 'GET', '/api/tickets');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().code).toBe('api_token_invalid');
    const noSession = await t.app.inject({ method: 'GET', url: '/api/tickets' });
    expect(noSession.json().code).toBe('unauthenticated');

    await t.db
      .update(apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiTokens.id, id));
    const expired = await withToken(secret, 'GET', '/api/tickets');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('api_token_expired');
  });

  it('stop working when the user is deactivated', async () => {
    const { member } = await createCustomer(t.db);
    const { secret } = await personalToken(await signedIn(member), ['tickets:read']);
    await t.db.execute(sql`update users set is_active = false where id = ${member.id}`);
    const response = await withToken(secret, 'GET', '/api/tickets');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('api_token_invalid');
  });
});

describe('the Origin check', () => {
  it('does not apply to bearer requests, and still applies to cookie ones', async () => {
    const { admin } = await createCustomer(t.db);
    const client = await signedIn(admin);
    const { secret } = await personalToken(client, ['tickets:write']);

    const byToken = await withToken(secret, 'POST', '/api/tickets', newTicket);
    expect(byToken.statusCode).toBe(201);

    const byCookie = await t.app.inject({
      method: 'POST',
      url: '/api/tickets',
      headers: { cookie: client.cookieHeader },
      payload: newTicket,
    });
    expect(byCookie.statusCode).toBe(403);
    expect(byCookie.json().code).toBe('csrf_origin_mismatch');
  });

  it('lets the bearer token win over a cookie of someone else', async () => {
    const first = await createCustomer(t.db);
    const second = await createCustomer(t.db);
    const secondTicket = await openTicketAs(await signedIn(second.admin));
    const { secret } = await personalToken(await signedIn(first.admin), ['tickets:read']);
    const cookieOfSecond = (await signedIn(second.admin)).cookieHeader;

    const response = await withToken(secret, 'GET', `/api/tickets/${secondTicket}`, undefined, {
      cookie: cookieOfSecond,
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('service tokens', () => {
  async function serviceToken(
    admin: ApiClient,
    values: { userId: string; role: string; scopes: ApiTokenScope[]; name?: string },
  ) {
    const response = await admin.post('/api/service-tokens', {
      name: values.name ?? 'Monitoring',
      expiry: { days: 365 },
      ...values,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { token: { id: string }; secret: string };
  }

  it("for a company act as its contact and never see another company's data", async () => {
    const staffAdmin = await signedIn(await createUser(t.db, 'admin'));
    const own = await createCustomer(t.db);
    const other = await createCustomer(t.db);
    const otherTicket = await openTicketAs(await signedIn(other.admin));
    const { secret } = await serviceToken(staffAdmin, {
      userId: own.admin.id,
      role: 'company_admin',
      scopes: ['tickets:write', 'companies:read'],
    });
    expect(secret).toMatch(/^aitima_svc_/);

    const opened = await withToken(secret, 'POST', '/api/tickets', newTicket);
    expect(opened.statusCode).toBe(201);
    expect((await withToken(secret, 'GET', `/api/companies/${own.company.id}`)).statusCode).toBe(
      200,
    );
    expect([403, 404]).toContain(
      (await withToken(secret, 'GET', `/api/companies/${other.company.id}`)).statusCode,
    );
    expect((await withToken(secret, 'GET', `/api/tickets/${otherTicket}`)).statusCode).toBe(404);
    const listed = (await withToken(secret, 'GET', '/api/tickets')).json().items as {
      number: number;
    }[];
    expect(listed.map((ticket) => ticket.number)).not.toContain(otherTicket);
  });

  it('are capped to the role the admin gives', async () => {
    const adminUser = await createUser(t.db, 'admin');
    const staffAdmin = await signedIn(adminUser);
    const newPackage = {
      name: 'Νέο',
      hoursPerPeriod: 5,
      periodKind: 'monthly',
      billingIncrementMinutes: 15,
    };
    const asAgent = await serviceToken(staffAdmin, {
      userId: adminUser.id,
      role: 'agent',
      scopes: ['packages:write'],
    });
    expect((await withToken(asAgent.secret, 'GET', '/api/packages')).statusCode).toBe(200);
    const refused = await withToken(asAgent.secret, 'POST', '/api/packages', newPackage);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('forbidden');

    const asAdmin = await serviceToken(staffAdmin, {
      userId: adminUser.id,
      role: 'admin',
      scopes: ['packages:write'],
    });
    expect((await withToken(asAdmin.secret, 'POST', '/api/packages', newPackage)).statusCode).toBe(
      201,
    );
  });

  it('never get a role above or outside their user’s', async () => {
    const staffAdmin = await signedIn(await createUser(t.db, 'admin'));
    const { member } = await createCustomer(t.db);
    for (const role of ['company_admin', 'agent']) {
      const response = await staffAdmin.post('/api/service-tokens', {
        name: 'x',
        userId: member.id,
        role,
        scopes: ['tickets:read'],
        expiry: { days: 30 },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].field).toBe('role');
    }
  });

  it('are made, listed and revoked by admins only, after a recent sign-in', async () => {
    const agent = await signedIn(await createUser(t.db, 'agent'));
    const adminUser = await createUser(t.db, 'admin');
    const staffAdmin = await signedIn(adminUser);
    const body = {
      name: 'x',
      userId: adminUser.id,
      role: 'agent',
      scopes: ['tickets:read'] as ApiTokenScope[],
      expiry: { days: 30 },
    };
    expect((await agent.post('/api/service-tokens', body)).statusCode).toBe(403);
    expect((await agent.get('/api/service-tokens')).statusCode).toBe(403);
    await ageSessionsOf(t.db, adminUser.id);
    const stale = await staffAdmin.post('/api/service-tokens', body);
    expect(stale.statusCode).toBe(403);
    expect(stale.json().code).toBe('reauthentication_required');
    expect(
      (await staffAdmin.post('/api/auth/reauthenticate', { password: TEST_PASSWORD })).statusCode,
    ).toBe(204);

    const { token, secret } = await serviceToken(staffAdmin, { ...body, role: 'agent' });
    const listed = (await staffAdmin.get('/api/service-tokens')).json().items as { id: string }[];
    expect(listed.map((item) => item.id)).toContain(token.id);
    expect((await agent.delete(`/api/service-tokens/${token.id}`)).statusCode).toBe(403);
    expect((await staffAdmin.delete(`/api/service-tokens/${token.id}`)).statusCode).toBe(204);
    expect((await withToken(secret, 'GET', '/api/tickets')).json().code).toBe('api_token_revoked');
  });
});

describe('use of a token', () => {
  it('is in the audit log under the token’s name, and sets the last use', async () => {
    const { admin } = await createCustomer(t.db);
    const { id, secret } = await personalToken(
      await signedIn(admin),
      ['tickets:write'],
      'Τιμολόγηση',
    );
    const opened = await withToken(secret, 'POST', '/api/tickets', newTicket);
    expect(opened.statusCode).toBe(201);

    const entries = await t.db.select().from(auditEntries).where(eq(auditEntries.apiTokenId, id));
    expect(entries.map((entry) => entry.action).sort()).toEqual([
      'api_token.write',
      'ticket.created',
    ]);
    expect(entries.every((entry) => entry.actorUserId === admin.id)).toBe(true);

    const staffAdmin = await signedIn(await createUser(t.db, 'admin'));
    const log = (await staffAdmin.get(`/api/audit?userId=${admin.id}&action=ticket`)).json();
    expect(log.items[0].apiToken).toEqual({ id, name: 'Τιμολόγηση' });
    const csv = await staffAdmin.get(`/api/audit.csv?userId=${admin.id}`);
    expect(csv.body).toContain('"Τιμολόγηση"');
    const [stored] = await t.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(stored?.lastUsedAt).not.toBeNull();
  });

  it('is limited per token', async () => {
    const limited = await createTestApp({ rateLimits: { apiTokenPerMinute: 2 } });
    try {
      const { admin } = await createCustomer(limited.db);
      const client = await signedIn(admin, limited.app);
      const first = await personalToken(client, ['tickets:read']);
      const second = await personalToken(client, ['tickets:read']);
      const get = (secret: string) =>
        withToken(secret, 'GET', '/api/tickets', undefined, {}, limited.app);
      expect((await get(first.secret)).statusCode).toBe(200);
      expect((await get(first.secret)).statusCode).toBe(200);
      const third = await get(first.secret);
      expect(third.statusCode).toBe(429);
      expect(third.json().code).toBe('too_many_requests');
      expect((await get(second.secret)).statusCode).toBe(200);
      expect((await client.get('/api/tickets')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('the OpenAPI document', () => {
  it('describes the token routes', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/me/api-tokens',
        '/api/me/api-tokens/{id}',
        '/api/service-tokens',
        '/api/service-tokens/{id}',
      ]),
    );
  });
});

describe("a token's user", () => {
  it("is read without the password hash, as a session's user is", async () => {
    const { admin } = await createCustomer(t.db);
    const client = await signedIn(admin);
    await client.post('/api/auth/reauthenticate', { password: TEST_PASSWORD });
    const { secret } = await personalToken(client, ['tickets:read']);

    const found = await findTokenBySecretHash(t.db, hashTokenSecret(secret));

    expect(found?.user).toMatchObject({ id: admin.id, role: 'company_admin' });
    expect(found?.user).not.toHaveProperty('passwordHash');
  });
});
