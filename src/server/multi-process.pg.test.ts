import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, TEST_PASSWORD } from '../../test/support/factories.js';
import { openLiveStream } from '../../test/support/live-stream.js';
import {
  newDataDir,
  type ServerProcess,
  serverProcesses,
} from '../../test/support/server-process.js';
import { createPostgresTestDatabase } from '../../test/support/test-database.js';
import { startTestS3, type TestS3 } from '../../test/support/test-s3.js';
import type { DatabaseConnection } from './db/client.js';

// Two real server processes (`npm start`'s entry point) on one PostgreSQL database and one
// S3-compatible store, as behind a load balancer: only on PostgreSQL (*.pg.test.ts).
const startServerProcess = serverProcesses();

let s3: TestS3;
let database: { connection: DatabaseConnection; url: string };
beforeAll(async () => {
  s3 = await startTestS3();
  database = await createPostgresTestDatabase(process.env.DATABASE_URL ?? '');
});
afterAll(async () => {
  await database?.connection.close();
  await s3?.close();
});

/** A server process on the shared database and bucket, with its own data folder and no secrets given. */
function startServer(): ServerProcess {
  return startServerProcess({
    DATABASE_URL: database.url,
    DATA_DIR: newDataDir(),
    SESSION_SECRET: '',
    MAILBOX_SECRET_KEY: '',
    // The rate-limit test speaks for an address of its own through X-Forwarded-For.
    TRUST_PROXY: 'true',
    ...s3.environment,
  });
}

type Headers = Record<string, string>;

async function send(url: string, method: string, body?: unknown, headers: Headers = {}) {
  return fetch(url, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(method === 'GET' ? {} : { origin: new URL(url).origin }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** Signs in on one server; the session cookie to send anywhere. */
async function logIn(url: string, email: string): Promise<string> {
  const response = await send(`${url}/api/auth/login`, 'POST', { email, password: TEST_PASSWORD });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('aitima_session='));
  return cookie?.split(';')[0] ?? '';
}

describe('two server processes on one database and one bucket', { timeout: 180_000 }, () => {
  it('share setup, sessions, files, live changes, the login rate limit and the stream cap', async () => {
    // Started at once: both store "the" secrets and setup code; one of each wins for both.
    const [a, b] = [startServer(), startServer()];
    const [urlA, urlB] = await Promise.all([a.ready, b.ready]);
    const codeOf = (server: ServerProcess) => server.output().match(/setup code (\S+)/)?.[1];
    expect(codeOf(a)).toMatch(/^\w{4}-\w{4}-\w{4}$/);
    expect(codeOf(b)).toBe(codeOf(a));

    // The code A printed sets up the instance through B; the session works on A.
    const setup = await send(`${urlB}/api/setup`, 'POST', {
      setupCode: codeOf(a),
      firstName: 'Ελένη',
      lastName: 'Κ.',
      email: 'eleni@example.test',
      password: TEST_PASSWORD,
    });
    expect(setup.status).toBe(201);
    const adminCookie = setup.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    expect((await send(`${urlA}/api/me`, 'GET', undefined, { cookie: adminCookie })).status).toBe(
      200,
    );

    // A login on A works on B.
    const customer = await createCustomer(database.connection.db);
    const memberCookie = await logIn(urlA, customer.member.email);
    const me = await send(`${urlB}/api/me`, 'GET', undefined, { cookie: memberCookie });
    expect(me.status).toBe(200);
    expect((await me.json()).email).toBe(customer.member.email);

    // A file uploaded through A downloads through B, byte for byte.
    const bytes = randomBytes(300 * 1024);
    const form = new FormData();
    form.append('file', new Blob([bytes]), 'report.bin');
    const upload = await fetch(`${urlA}/api/uploads`, {
      method: 'POST',
      headers: { cookie: memberCookie, origin: urlA },
      body: form,
    });
    expect(upload.status).toBe(201);
    const attachmentId = (await upload.json()).id as string;
    const download = await send(`${urlB}/api/attachments/${attachmentId}`, 'GET', undefined, {
      cookie: memberCookie,
    });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);

    // A reply through A reaches a live stream on B.
    const opened = await send(
      `${urlA}/api/tickets`,
      'POST',
      { subject: 'Δύο διακομιστές', description: 'Ένα αίτημα', attachmentIds: [attachmentId] },
      { cookie: memberCookie },
    );
    expect(opened.status).toBe(201);
    const ticketNumber = (await opened.json()).number as number;
    const stream = await openLiveStream(urlB, adminCookie);
    expect(stream.status).toBe(200);
    const replied = await send(
      `${urlA}/api/tickets/${ticketNumber}/messages`,
      'POST',
      { body: 'Μια απάντηση' },
      { cookie: memberCookie },
    );
    expect(replied.status).toBe(201);
    let heard = await stream.next(15_000);
    // Changes made before the stream opened may still arrive first; the reply's follows.
    while (!heard.data.includes('tickets')) heard = await stream.next(15_000);
    expect(heard.event).toBe('change');
    stream.close();

    // One user's streams count on both together: 20 at most (10 here, 10 there), then 429.
    const streams = await Promise.all(
      Array.from({ length: 20 }, (_, i) => openLiveStream(i % 2 ? urlB : urlA, memberCookie)),
    );
    expect(streams.map((each) => each.status)).toEqual(Array(20).fill(200));
    const oneTooMany = await send(`${urlA}/api/live`, 'GET', undefined, { cookie: memberCookie });
    expect(oneTooMany.status).toBe(429);
    // A stream ended on B gives its place back to A.
    streams[1]?.close();
    let again = await send(`${urlA}/api/live`, 'GET', undefined, { cookie: memberCookie });
    for (let tries = 0; again.status === 429 && tries < 200; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      again = await send(`${urlA}/api/live`, 'GET', undefined, { cookie: memberCookie });
    }
    expect(again.status).toBe(200);
    await again.body?.cancel();
    for (const each of streams) each.close();

    // The login rate limit (10 a minute per address) counts on both together: attempts
    // from one address spread over A and B are refused at the eleventh.
    const address = { 'x-forwarded-for': '203.0.113.77' };
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 11; attempt++) {
      const url = attempt % 2 === 0 ? urlB : urlA;
      const response = await send(
        `${url}/api/auth/login`,
        'POST',
        { email: `nobody-${attempt}@example.test`, password: 'wrong password' },
        address,
      );
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
