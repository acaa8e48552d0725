import Fastify from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listenOnFreePort, openRequest } from '../../../test/support/http-requests.js';
import { registerAdmissionControl, registerClientGoneGuard } from './admission.plugin.js';
import type { AdmissionQueue } from './admission-queue.js';
import { registerErrorHandler } from './error-handler.js';
import type { App } from './types.js';

/**
 * The admission line on a small server of its own, over real HTTP (a client that hangs up
 * needs a socket): a slow route that the test holds until it lets go, and counts who ran.
 */
interface Harness {
  url: string;
  queue: AdmissionQueue;
  /** The `id` of every slow request whose handler started, in order. */
  started: string[];
  /** Lets every held slow request finish. */
  letGo(): void;
}

let app: App;
let harness: Harness;

async function startHarness(limits: {
  maxActive: number;
  maxWaiting: number;
  maxWaitMs?: number;
}): Promise<Harness> {
  app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
  registerErrorHandler(app);
  // A minute: far beyond any test, so only the test about waiting too long meets it.
  const queue = registerAdmissionControl(app, { maxWaitMs: 60_000, ...limits });
  registerClientGoneGuard(app);

  const started: string[] = [];
  let letGo: () => void = () => {};
  let held = new Promise<void>((resolve) => {
    letGo = resolve;
  });
  app.get('/api/slow', async (request) => {
    started.push((request.query as { id: string }).id);
    await held;
    return { ok: true };
  });
  app.get('/api/fast', async () => ({ ok: true }));
  app.post('/api/echo', async (request) => request.body);
  app.get('/api/health', async () => ({ status: 'ok' }));
  app.get('/api/live', (_request, reply) => {
    reply.hijack();
    reply.raw.writeHead(200, { 'content-type': 'text/event-stream' });
    reply.raw.write(': open\n\n'); // the stream stays open until the client leaves
  });
  const url = await listenOnFreePort(app);
  return {
    url,
    queue,
    started,
    letGo: () => {
      letGo();
      held = Promise.resolve();
    },
  };
}

afterEach(async () => {
  harness.letGo();
  await app.close();
});

describe('a full line', () => {
  beforeEach(async () => {
    harness = await startHarness({ maxActive: 1, maxWaiting: 1 });
  });

  it('turns the next request away at once with 503, Retry-After and the server_busy code', async () => {
    const { url, queue, started } = harness;
    const running = openRequest(`${url}/api/slow?id=running`);
    await vi.waitFor(() => expect(started).toEqual(['running']));
    const waiting = openRequest(`${url}/api/slow?id=waiting`);
    await vi.waitFor(() => expect(queue.waitingCount).toBe(1));

    const refused = await openRequest(`${url}/api/slow?id=refused`).answer;

    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(refused.body)).toMatchObject({ status: 503, code: 'server_busy' });
    // It was answered while the others were still held: only the first has run.
    expect(started).toEqual(['running']);
    expect([queue.activeCount, queue.waitingCount]).toEqual([1, 1]);

    harness.letGo();
    expect((await running.answer).status).toBe(200);
    expect((await waiting.answer).status).toBe(200);
    expect(started).toEqual(['running', 'waiting']);
  });

  it('still answers the health check, which never waits in line', async () => {
    const { url, queue, started } = harness;
    openRequest(`${url}/api/slow?id=running`);
    await vi.waitFor(() => expect(started).toEqual(['running']));
    openRequest(`${url}/api/slow?id=waiting`);
    await vi.waitFor(() => expect(queue.waitingCount).toBe(1));

    const health = await openRequest(`${url}/api/health`).answer;
    expect(health.status).toBe(200);
  });

  it('serves everyone normally once the load is gone, with every slot given back', async () => {
    const { url, queue, started } = harness;
    const first = openRequest(`${url}/api/slow?id=first`);
    await vi.waitFor(() => expect(started).toEqual(['first']));
    const second = openRequest(`${url}/api/slow?id=second`);
    await vi.waitFor(() => expect(queue.waitingCount).toBe(1));
    expect((await openRequest(`${url}/api/fast`).answer).status).toBe(503);

    harness.letGo();
    await Promise.all([first.answer, second.answer]);
    await vi.waitFor(() => expect([queue.activeCount, queue.waitingCount]).toEqual([0, 0]));
    for (let i = 0; i < 5; i++) {
      expect((await openRequest(`${url}/api/fast`).answer).status).toBe(200);
    }
    expect((await openRequest(`${url}/api/slow?id=after`).answer).status).toBe(200);
    expect([queue.activeCount, queue.waitingCount]).toEqual([0, 0]);
  });
});

describe('a long wait', () => {
  beforeEach(async () => {
    harness = await startHarness({ maxActive: 1, maxWaiting: 5, maxWaitMs: 50 });
  });

  it('is cut short with 503 server_busy, and the request never runs', async () => {
    const { url, queue, started } = harness;
    const running = openRequest(`${url}/api/slow?id=running`);
    await vi.waitFor(() => expect(started).toEqual(['running']));

    const waited = await openRequest(`${url}/api/slow?id=waited`).answer;
    expect(waited.status).toBe(503);
    expect(waited.headers['retry-after']).toBe('1');
    expect(JSON.parse(waited.body)).toMatchObject({ code: 'server_busy' });
    expect(queue.waitingCount).toBe(0);

    harness.letGo();
    expect((await running.answer).status).toBe(200);
    expect(started).toEqual(['running']);
  });
});

describe('a client that hangs up', () => {
  beforeEach(async () => {
    harness = await startHarness({ maxActive: 1, maxWaiting: 5 });
  });

  it('leaves the line while waiting, and its handler never runs', async () => {
    const { url, queue, started } = harness;
    const running = openRequest(`${url}/api/slow?id=running`);
    await vi.waitFor(() => expect(started).toEqual(['running']));
    const quitter = openRequest(`${url}/api/slow?id=quitter`);
    const patient = openRequest(`${url}/api/slow?id=patient`);
    await vi.waitFor(() => expect(queue.waitingCount).toBe(2));

    quitter.destroy();
    await vi.waitFor(() => expect(queue.waitingCount).toBe(1));
    harness.letGo();

    expect((await running.answer).status).toBe(200);
    expect((await patient.answer).status).toBe(200);
    expect((await openRequest(`${url}/api/slow?id=later`).answer).status).toBe(200);
    expect(started).toEqual(['running', 'patient', 'later']);
    expect([queue.activeCount, queue.waitingCount]).toEqual([0, 0]);
  });

  it('gives its slot back when it hangs up while its request runs', async () => {
    const { url, queue, started } = harness;
    const running = openRequest(`${url}/api/slow?id=running`);
    await vi.waitFor(() => expect(started).toEqual(['running']));
    running.destroy();
    await vi.waitFor(() => expect(queue.activeCount).toBe(0));
    harness.letGo();
    expect((await openRequest(`${url}/api/fast`).answer).status).toBe(200);
  });
});

describe('what holds no slot', () => {
  beforeEach(async () => {
    harness = await startHarness({ maxActive: 1, maxWaiting: 0 });
  });

  it('a body still on its way: the request takes its turn once the body has arrived', async () => {
    const { url, queue } = harness;
    const body = JSON.stringify({ hello: 'world' });
    const slowSender = openRequest(`${url}/api/echo`, {
      method: 'POST',
      bodyLength: Buffer.byteLength(body),
    });
    slowSender.write(body.slice(0, 5));

    // With one slot and no waiting, a request still sending its body must not hold it.
    expect((await openRequest(`${url}/api/fast`).answer).status).toBe(200);
    expect(queue.activeCount).toBe(0);

    slowSender.write(body.slice(5));
    const echoed = await slowSender.answer;
    expect(echoed.status).toBe(200);
    expect(JSON.parse(echoed.body)).toEqual({ hello: 'world' });
  });

  it('a live stream, once it is set up', async () => {
    const { url, queue } = harness;
    const stream = openRequest(`${url}/api/live`);
    await vi.waitFor(() => expect(queue.activeCount).toBe(0));
    expect((await openRequest(`${url}/api/fast`).answer).status).toBe(200);
    stream.destroy();
  });

  it('the web app files (no /api/ path)', async () => {
    const { url, started, queue } = harness;
    app.log.level = 'silent';
    openRequest(`${url}/api/slow?id=running`);
    await vi.waitFor(() => expect(started).toEqual(['running']));
    // Fastify's own 404 stands for a page or a file here: it is answered, not refused.
    const page = await openRequest(`${url}/tickets/123`).answer;
    expect(page.status).toBe(404);
    expect(queue.waitingCount).toBe(0);
  });
});
