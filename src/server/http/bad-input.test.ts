import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/support/api-client.js';
import { createUser, TEST_PASSWORD } from '../../../test/support/factories.js';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const post = (payload: string | object, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: {
      origin: TEST_ORIGIN,
      host: 'localhost:3000',
      'content-type': 'application/json',
      ...headers,
    },
    payload,
  });

function expectProblem(response: Awaited<ReturnType<typeof post>>, status: number, code: string) {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = response.json();
  expect(body).toMatchObject({ status, code, type: `urn:aitima:problem:${code}` });
  expect(response.body).not.toMatch(/at .*\.(ts|js):\d+/); // no stack trace
}

describe('bad input gets a clear problem, never a 500', () => {
  it('a 10 MB body: 413', async () => {
    expectProblem(
      await post({ email: 'a@example.test', password: 'x'.repeat(10 * 1024 * 1024) }),
      413,
      'payload_too_large',
    );
  });

  it('malformed JSON: 400', async () => {
    expectProblem(await post('{"email": "a@example.test", '), 400, 'malformed_json');
  });

  it('a body of the wrong type: 415', async () => {
    expectProblem(
      await post('email=a', { 'content-type': 'text/plain' }),
      415,
      'unsupported_media_type',
    );
  });

  it('a POST without an Origin header: 403', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@example.test', password: 'x' },
    });
    expectProblem(response, 403, 'csrf_origin_mismatch');
  });

  it('a POST from another site, even with a valid session: 403', async () => {
    const user = await createUser(t.db, 'agent');
    const client = new ApiClient(t.app);
    await client.logIn(user.email, TEST_PASSWORD);
    const response = await client.request(
      'POST',
      '/api/auth/logout',
      {},
      { origin: 'https://evil.example' },
    );
    expectProblem(response, 403, 'csrf_origin_mismatch');
    expect((await client.get('/api/me')).statusCode).toBe(200);
  });

  it('an unknown API route: 404 problem', async () => {
    expectProblem(
      await t.app.inject({ method: 'GET', url: '/api/nothing-here' }),
      404,
      'not_found',
    );
  });

  it('a malformed id: 400 naming the field', async () => {
    const user = await createUser(t.db, 'agent');
    const client = new ApiClient(t.app);
    await client.logIn(user.email, TEST_PASSWORD);
    const response = await client.get('/api/companies/not-a-uuid');
    expectProblem(response, 400, 'validation_failed');
    expect(response.json().errors).toEqual([{ field: 'id', code: 'invalid_format' }]);
  });
});

describe('GET /api/health', () => {
  it('reports the database it checked', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ok',
      database: process.env.DATABASE_URL ? 'postgres' : 'pglite',
    });
  });
});

describe('GET /api/docs', () => {
  it('describes the API as OpenAPI', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const spec = response.json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/setup', '/api/me']),
    );
  });
});

describe('PATCH /api/me', () => {
  it('remembers the language of the user', async () => {
    const user = await createUser(t.db, 'member', { companyId: null });
    const client = new ApiClient(t.app);
    await client.logIn(user.email, TEST_PASSWORD);
    expect((await client.patch('/api/me', { locale: 'en' })).json().locale).toBe('en');
    expect((await client.get('/api/me')).json().locale).toBe('en');
    const bad = await client.patch('/api/me', { locale: 'fr' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('locale');
  });
});
