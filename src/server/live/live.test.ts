import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createSubscription, createUser } from '../../../test/support/factories.js';
import { type LiveStream, openLiveStream } from '../../../test/support/live-stream.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';
import type { LiveChangeMessage } from '../../shared/api/live.js';
import { users } from '../db/schema.js';

let t: TestApp;
let baseUrl: string;
let agent: ApiClient;
let admin: ApiClient;
let acme: Awaited<ReturnType<typeof createCustomer>>;
let acmeSubscriptionId: string;
let acmeMember: ApiClient;
let other: Awaited<ReturnType<typeof createCustomer>>;
const streams: LiveStream[] = [];

async function listen(app: TestApp['app']): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  return `http://127.0.0.1:${address.port}`;
}

async function streamOf(client: ApiClient, url = baseUrl): Promise<LiveStream> {
  const stream = await openLiveStream(url, client.cookieHeader);
  streams.push(stream);
  return stream;
}

/** The areas of the next change the stream hears. */
async function nextAreas(stream: LiveStream): Promise<string[]> {
  const event = await stream.next();
  expect(event.event).toBe('change');
  return (JSON.parse(event.data) as LiveChangeMessage).areas;
}

/**
 * Reads events until one names `area`. A change may reach a stream in two events (the
 * first at once, what follows within the coalescing window), and on PostgreSQL a
 * change's NOTIFY can arrive after the next request has begun: an earlier change's
 * trailing event may come first, so it is skipped. Fails when no such event comes.
 */
async function areasUntil(stream: LiveStream, area: string): Promise<string[]> {
  for (;;) {
    const areas = await nextAreas(stream);
    if (areas.includes(area)) return areas;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  t = await createTestApp({ liveStreams: { coalesceMs: 50 } });
  baseUrl = await listen(t.app);
  agent = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
  admin = await loggedInClient(t.app, (await createUser(t.db, 'admin')).email);
  acme = await createCustomer(t.db);
  acmeSubscriptionId = (await createSubscription(t.db, acme.company.id)).subscription.id;
  acmeMember = await loggedInClient(t.app, acme.member.email);
  other = await createCustomer(t.db);
});
afterAll(async () => {
  for (const stream of streams) stream.close();
  await t.close();
});

describe('GET /api/live', () => {
  it('needs a session', async () => {
    const response = await fetch(`${baseUrl}/api/live`);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  it('is an event stream, with the security headers of every response', async () => {
    const stream = await streamOf(acmeMember);
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(stream.headers.get('cache-control')).toContain('no-cache');
    expect(stream.headers.get('x-content-type-options')).toBe('nosniff');
    stream.close();
  });

  it("tells a company's people and staff that its tickets changed, and other companies nothing", async () => {
    const acmeAdmin = await streamOf(await loggedInClient(t.app, acme.admin.email));
    const otherAdmin = await streamOf(await loggedInClient(t.app, other.admin.email));
    const staff = await streamOf(agent);

    const number = await openTicketAs(acmeMember, { subscriptionId: acmeSubscriptionId });
    expect(await nextAreas(acmeAdmin)).toEqual(['tickets']);
    expect(await nextAreas(staff)).toEqual(['tickets']);

    const reply = await agent.post(`/api/tickets/${number}/messages`, { body: 'Το κοιτάμε.' });
    expect(reply.statusCode).toBe(201);
    expect(await nextAreas(acmeAdmin)).toEqual(['tickets']);
    expect(await nextAreas(staff)).toEqual(['tickets']);

    // Both changes were handed to every stream at once; the other company's would be here by now.
    await pause(200);
    expect(otherAdmin.queued).toEqual([]);

    // Its own changes do reach it.
    const otherMember = await loggedInClient(t.app, other.member.email);
    await openTicketAs(otherMember);
    expect(await nextAreas(otherAdmin)).toEqual(['tickets']);
  });

  it('tells the customer when staff start work and when a package changes', async () => {
    const number = await openTicketAs(acmeMember, { subscriptionId: acmeSubscriptionId });
    const customer = await streamOf(acmeMember);

    const started = await agent.post(`/api/tickets/${number}/tasks/start`, {
      description: 'Έλεγχος αντιγράφων ασφαλείας',
    });
    expect(started.statusCode).toBe(201);
    expect(await areasUntil(customer, 'tasks')).toContain('tasks');
    await pause(100);
    customer.queued.length = 0;
    const stopped = await agent.post(`/api/tasks/${started.json().id}/stop`);
    expect(stopped.statusCode).toBe(200);
    expect(await areasUntil(customer, 'tasks')).toContain('tasks');
    await pause(100);
    customer.queued.length = 0;

    const paused = await admin.patch(`/api/subscriptions/${acmeSubscriptionId}`, {
      status: 'paused',
    });
    expect(paused.statusCode).toBe(200);
    expect(await nextAreas(customer)).toEqual(['subscriptions']);
  });
});

describe('streams of one user', () => {
  it('are limited: one more is refused with 429 until another ends', async () => {
    const app = await createTestApp({ liveStreams: { maxPerUser: 2 } });
    try {
      const url = await listen(app.app);
      const staff = await loggedInClient(app.app, (await createUser(app.db, 'agent')).email);
      const first = await streamOf(staff, url);
      await streamOf(staff, url);
      const third = await fetch(`${url}/api/live`, { headers: { cookie: staff.cookieHeader } });
      expect(third.status).toBe(429);
      expect((await third.json()).code).toBe('too_many_requests');
      // Someone else is not affected.
      const colleague = await loggedInClient(app.app, (await createUser(app.db, 'agent')).email);
      expect((await streamOf(colleague, url)).status).toBe(200);

      first.close();
      await first.ended;
      await pause(100);
      expect((await streamOf(staff, url)).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('a stream that has lasted its time', () => {
  it('ends, and a deactivated user cannot open another', async () => {
    const app = await createTestApp({ liveStreams: { lifetimeMs: 200 } });
    try {
      const url = await listen(app.app);
      const customer = await createCustomer(app.db);
      const member = await loggedInClient(app.app, customer.member.email);
      const stream = await streamOf(member, url);
      expect(stream.status).toBe(200);
      await stream.ended;

      await app.db.update(users).set({ isActive: false }).where(eq(users.id, customer.member.id));
      const again = await fetch(`${url}/api/live`, { headers: { cookie: member.cookieHeader } });
      expect(again.status).toBe(401);
    } finally {
      await app.close();
    }
  });

  it('ends when the server closes, so that closing does not wait for it', async () => {
    const app = await createTestApp();
    const url = await listen(app.app);
    const staff = await loggedInClient(app.app, (await createUser(app.db, 'agent')).email);
    const stream = await streamOf(staff, url);
    expect(stream.status).toBe(200);
    await app.close();
    await stream.ended;
  });
});
