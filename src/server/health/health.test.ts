import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { createTestDatabase } from '../../../test/support/test-database.js';
import { createReadiness, type Readiness } from './readiness.js';

describe('liveness and readiness', () => {
  let t: TestApp;
  let readiness: Readiness;
  beforeAll(async () => {
    readiness = createReadiness('starting');
    t = await createTestApp({ readiness });
  });
  afterAll(() => t.close());

  const statusOf = async (url: string) => (await t.app.inject({ url })).statusCode;

  it('is not ready while starting, nor while shutting down; alive throughout', async () => {
    for (const phase of ['starting', 'stopping'] as const) {
      readiness.moveTo(phase);
      const ready = await t.app.inject({ url: '/api/health/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ code: 'unavailable' });
      expect(await statusOf('/api/health')).toBe(503);
      expect(await statusOf('/api/health/live')).toBe(200);
    }
    readiness.moveTo('ready');
    const ready = await t.app.inject({ url: '/api/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ok', database: t.deps.engine });
    expect(await statusOf('/api/health')).toBe(200);
  });
});

describe('readiness when the database is away', () => {
  it('answers 503 on ready and 200 on live', async () => {
    const connection = await createTestDatabase();
    const t = await createTestApp({ connection });
    expect((await t.app.inject({ url: '/api/health/ready' })).statusCode).toBe(200);
    await t.deps.live.close();
    await connection.close();
    const ready = await t.app.inject({ url: '/api/health/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({
      code: 'unavailable',
      detail: expect.stringMatching(/database/),
    });
    expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(503);
    const live = await t.app.inject({ url: '/api/health/live' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toMatchObject({ status: 'ok' });
    await t.app.close();
  });
});
