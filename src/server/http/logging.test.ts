import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/support/api-client.js';
import { buildApp, loggerOptions } from '../../../test/support/app-under-test.js';
import { createUser, TEST_PASSWORD } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import type { App } from './types.js';

let t: TestApp;
let app: App;
const lines: string[] = [];
beforeAll(async () => {
  t = await createTestApp();
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const options = loggerOptions('trace') as object;
  app = await buildApp(t.deps, { logger: { ...options, stream: sink } });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe('structured logs', () => {
  it('record requests as JSON, without passwords, cookies or session tokens', async () => {
    const user = await createUser(t.db, 'agent');
    const client = new ApiClient(app);
    const login = await client.post('/api/auth/login', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    const sessionCookie = login.cookies.find((cookie) => cookie.name === 'aitima_session')!.value;
    await client.get('/api/me');
    await client.post('/api/auth/login', { email: user.email, password: 'a wrong password' });

    expect(lines.length).toBeGreaterThan(3);
    const records = lines.map(
      (line) => JSON.parse(line) as { msg?: string; req?: { url?: string } },
    );
    expect(records.some((record) => record.req?.url === '/api/me')).toBe(true);
    const everything = lines.join('\n');
    expect(everything).not.toContain(TEST_PASSWORD);
    expect(everything).not.toContain('a wrong password');
    expect(everything).not.toContain(sessionCookie);
    expect(everything).not.toContain(sessionCookie.split('.')[0]);
  });
});
