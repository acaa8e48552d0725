import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { listenOnFreePort, openRequest } from '../../../test/support/http-requests.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

/**
 * The whole server with a line of one in progress and one waiting. The database is held
 * busy by a transaction the test keeps open: on the embedded database that stops every
 * query (it runs one at a time), so requests pile up exactly as under load.
 */
let t: TestApp;
let url: string;

beforeAll(async () => {
  t = await createTestApp({
    config: { embeddedQueue: { maxActive: 1, maxWaiting: 1, maxWaitMs: 60_000 } },
  });
  url = await listenOnFreePort(t.app);
});

afterAll(async () => {
  await t.close();
});

it('on the embedded database turns the third request away with 503 server_busy; on PostgreSQL the pool serves it', async () => {
  let letGo: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    letGo = resolve;
  });
  let isHolding = false;
  const holding = t.db.transaction(async () => {
    isHolding = true;
    await held;
  });
  await vi.waitFor(() => expect(isHolding).toBe(true));

  // Three at once, arriving in any order: one runs (stuck on the database), one waits.
  const requests = [1, 2, 3].map(() => openRequest(`${url}/api/setup`).answer);
  const firstAnswer = await Promise.race(requests);
  if (t.deps.engine === 'pglite') {
    // The third is answered while the other two are still held.
    expect(firstAnswer.status).toBe(503);
    expect(firstAnswer.headers['retry-after']).toBe('1');
    expect(JSON.parse(firstAnswer.body)).toMatchObject({ code: 'server_busy' });
  } else {
    // PostgreSQL: the held transaction takes one pooled connection; the others serve.
    expect(firstAnswer.status).toBe(200);
  }

  letGo();
  await holding;
  const statuses = (await Promise.all(requests)).map((answer) => answer.status).sort();
  expect(statuses).toEqual(t.deps.engine === 'pglite' ? [200, 200, 503] : [200, 200, 200]);
  expect((await openRequest(`${url}/api/setup`).answer).status).toBe(200);
});
