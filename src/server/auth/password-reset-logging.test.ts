import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/support/api-client.js';
import { buildApp, loggerOptions } from '../../../test/support/app-under-test.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { redactLinkTokens } from '../app.js';
import type { App } from '../http/types.js';

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
  app = await buildApp(t.deps, {
    logger: { ...(loggerOptions('info') as object), stream: sink },
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe('one-time link tokens in the logs', () => {
  it('are cut from logged paths, which keep their shape', async () => {
    await new ApiClient(app).get('/reset-password/SECRET-RESET-TOKEN');
    await new ApiClient(app).get('/api/invitations/SECRET-INVITE-TOKEN');
    await new ApiClient(app).post('/api/auth/password-reset/check', { token: 'SECRET-BODY-TOKEN' });
    const everything = lines.join('\n');
    expect(everything).toContain('/reset-password/[redacted]');
    expect(everything).toContain('/api/invitations/[redacted]');
    expect(everything).not.toContain('SECRET-RESET-TOKEN');
    expect(everything).not.toContain('SECRET-INVITE-TOKEN');
    expect(everything).not.toContain('SECRET-BODY-TOKEN');
  });

  it('leave other paths alone', () => {
    expect(redactLinkTokens('/tickets/1001?tab=x')).toBe('/tickets/1001?tab=x');
    expect(redactLinkTokens('/invitation/abc?x=1')).toBe('/invitation/[redacted]?x=1');
  });
});
