import { type AddressInfo, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestImapServer, type TestImapServer } from '../../../test/support/test-imap.js';
import {
  ImapMailboxError,
  type ImapSettings,
  openImapMailbox,
  testImapConnection,
} from './imap-mailbox.js';

const settingsFor = (server: TestImapServer, overrides: Partial<ImapSettings> = {}) => ({
  host: server.host,
  port: server.port,
  security: 'none' as const,
  user: server.user,
  password: server.password,
  folder: 'INBOX',
  processedFolder: 'Processed',
  ...overrides,
});

const message = (subject: string, body: string | Buffer = 'Hello') =>
  Buffer.concat([
    Buffer.from(
      `From: Μαρία <maria@example.gr>\r\nTo: support@example.com\r\nSubject: ${subject}\r\n` +
        'MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n' +
        'Content-Transfer-Encoding: 8bit\r\n\r\n',
    ),
    Buffer.isBuffer(body) ? body : Buffer.from(body),
    Buffer.from('\r\n'),
  ]);

/** What a rejected openImapMailbox or session call carried. */
async function failureOf(promise: Promise<unknown>): Promise<ImapMailboxError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ImapMailboxError);
  return error as ImapMailboxError;
}

/** A port nothing listens on: taken from the system, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('testImapConnection', () => {
  let server: TestImapServer;
  beforeAll(async () => {
    server = await startTestImapServer({ tls: true });
  });
  afterAll(() => server?.close());

  it('logs in, counts the messages and tells whether the processed folder exists, changing nothing', async () => {
    await server.append(message('Πρώτο'));
    await server.append(message('Δεύτερο'));

    expect(await testImapConnection(settingsFor(server))).toEqual({
      ok: true,
      messageCount: 2,
      processedFolderExists: false,
    });
    expect(await server.folders()).not.toContain('Processed');

    await server.append(message('Ήδη επεξεργασμένο'), 'Processed');
    expect(await testImapConnection(settingsFor(server))).toMatchObject({
      ok: true,
      processedFolderExists: true,
    });
  });

  it('reports a folder that does not exist as folder_not_found, in the server words', async () => {
    const result = await testImapConnection(settingsFor(server, { folder: 'Αιτήματα' }));
    expect(result).toMatchObject({ ok: false, code: 'folder_not_found' });
    expect(result.ok === false && result.detail).toMatch(/doesn't exist/);
  });

  it('reports a closed port as connection_refused', async () => {
    const port = await closedPort();
    expect(await testImapConnection(settingsFor(server, { port }))).toMatchObject({
      ok: false,
      code: 'connection_refused',
      detail: expect.stringContaining('ECONNREFUSED'),
    });
  });

  it('reports a host name that does not resolve as host_not_found', async () => {
    expect(
      await testImapConnection(settingsFor(server, { host: 'no-such-host.invalid' })),
    ).toMatchObject({ ok: false, code: 'host_not_found' });
  });

  it('reports TLS spoken to a plain port as tls_failed', async () => {
    expect(await testImapConnection(settingsFor(server, { security: 'tls' }))).toMatchObject({
      ok: false,
      code: 'tls_failed',
    });
  });

  it('verifies certificates: a self-signed one fails with tls and with starttls', async () => {
    const tls = await testImapConnection(
      settingsFor(server, { security: 'tls', port: server.tlsPort! }),
    );
    const starttls = await testImapConnection(settingsFor(server, { security: 'starttls' }));
    for (const result of [tls, starttls]) {
      expect(result).toMatchObject({ ok: false, code: 'tls_failed' });
      expect(result.ok === false && result.detail).toMatch(/self-signed/);
    }
  });

  it('with security none never tries the STARTTLS the server offers', async () => {
    // The certificate is untrusted, so an upgrade attempt would fail the login.
    expect(await testImapConnection(settingsFor(server))).toMatchObject({ ok: true });
  });

  it('gives up on a server that accepts but never greets, as timeout', async () => {
    const sockets = new Set<Socket>();
    const silent: Server = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const port = (silent.address() as AddressInfo).port;
      const started = Date.now();
      const error = await failureOf(
        openImapMailbox(settingsFor(server, { port }), { connectTimeoutMs: 300 }),
      );
      expect(error.code).toBe('timeout');
      // Far below imapflow's own waits (a minute and more): our time-outs were applied.
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});

describe('STARTTLS required by a server without it', () => {
  it('fails as tls_failed instead of sending the password in clear', async () => {
    const server = await startTestImapServer();
    try {
      expect(await testImapConnection(settingsFor(server, { security: 'starttls' }))).toMatchObject(
        { ok: false, code: 'tls_failed', detail: expect.stringMatching(/STARTTLS/) },
      );
    } finally {
      await server.close();
    }
  });
});

// Its own server: after a wrong password dovecot delays that address's next logins.
describe('credentials', () => {
  let server: TestImapServer;
  beforeAll(async () => {
    server = await startTestImapServer({ user: 'υποστήριξη', password: 'Κωδικός-ή-ü-😀' });
  });
  afterAll(() => server?.close());

  it('logs in with a Greek user name and password, and 8-bit bodies come back byte for byte', async () => {
    const utf8 = message('Ελληνικά', 'Καλημέρα, ο εκτυπωτής δεν τυπώνει — ευχαριστώ!');
    // ISO-8859-7 «Γειά σας», which is not valid UTF-8: nothing may re-encode it.
    const greek8859 = message('ISO', Buffer.from([0xc3, 0xe5, 0xe9, 0xdc, 0x20, 0xf3, 0xe1, 0xf2]));
    const first = await server.append(utf8);
    const second = await server.append(greek8859);

    const session = await openImapMailbox(settingsFor(server));
    try {
      expect(await session.list()).toEqual([
        { uid: first, size: utf8.length },
        { uid: second, size: greek8859.length },
      ]);
      expect((await session.fetchSource(first)).equals(utf8)).toBe(true);
      expect((await session.fetchSource(second)).equals(greek8859)).toBe(true);
    } finally {
      await session.close();
    }
  });

  it('reports a wrong password as auth_failed, without the password in the detail', async () => {
    const password = 'λάθος-κωδικός';
    const result = await testImapConnection(settingsFor(server, { password }));
    expect(result).toMatchObject({ ok: false, code: 'auth_failed' });
    expect(result.ok === false && result.detail).not.toContain(password);

    const error = await failureOf(openImapMailbox(settingsFor(server, { password })));
    expect(error.code).toBe('auth_failed');
  });
});

describe('a processing session', () => {
  let server: TestImapServer;
  beforeAll(async () => {
    server = await startTestImapServer();
  });
  afterAll(() => server?.close());

  it('lists nothing in an empty folder', async () => {
    await server.append(message('elsewhere'), 'Archive');
    const session = await openImapMailbox(settingsFor(server, { folder: 'Archive' }));
    await session.moveToProcessed((await server.uids('Archive'))[0]!);
    await session.close();

    const empty = await openImapMailbox(settingsFor(server, { folder: 'Archive' }));
    try {
      expect(await empty.list()).toEqual([]);
    } finally {
      await empty.close();
    }
  });

  it('lists, fetches and moves messages to a processed folder it creates', async () => {
    const processedFolder = 'Διεκπεραιωμένα';
    const first = message('first');
    const second = message('second', 'x'.repeat(100_000));
    const firstUid = await server.append(first);
    const secondUid = await server.append(second);
    expect(await server.folders()).not.toContain(processedFolder);

    const session = await openImapMailbox(settingsFor(server, { processedFolder }));
    try {
      expect(await session.list()).toEqual([
        { uid: firstUid, size: first.length },
        { uid: secondUid, size: second.length },
      ]);
      expect((await session.fetchSource(secondUid)).equals(second)).toBe(true);

      await session.moveToProcessed(firstUid);
      expect(await server.uids('INBOX')).toEqual([secondUid]);
      expect(await server.folders()).toContain(processedFolder);
      expect(await server.uids(processedFolder)).toHaveLength(1);

      // Again, e.g. after a crash between moving and recording it: nothing happens.
      await session.moveToProcessed(firstUid);
      expect(await server.uids(processedFolder)).toHaveLength(1);
      expect(await session.list()).toEqual([{ uid: secondUid, size: second.length }]);

      expect((await failureOf(session.fetchSource(firstUid))).code).toBe('message_not_found');
      await session.moveToProcessed(secondUid);
      expect(await server.uids('INBOX')).toEqual([]);
      expect(await server.uids(processedFolder)).toHaveLength(2);
    } finally {
      await session.close();
    }
  });

  it('keeps UIDVALIDITY across sessions and reports a new one when the server renumbers', async () => {
    await server.append(message('to renumber'));
    const read = async () => {
      const session = await openImapMailbox(settingsFor(server));
      try {
        return { uidValidity: session.uidValidity, messages: await session.list() };
      } finally {
        await session.close();
      }
    };
    const before = await read();
    expect(typeof before.uidValidity).toBe('bigint');
    expect((await read()).uidValidity).toBe(before.uidValidity);

    await server.resetUidValidity();
    const after = await read();
    expect(after.uidValidity).not.toBe(before.uidValidity);
    expect(after.messages).toHaveLength(before.messages.length);
  });

  it('fails with connection_lost, without hanging, when the server goes away mid-session', async () => {
    const uid = await server.append(message('interrupted'));
    const session = await openImapMailbox(settingsFor(server));
    try {
      expect((await session.list()).map((entry) => entry.uid)).toContain(uid);
      await server.stop();
      const started = Date.now();
      const error = await failureOf(session.fetchSource(uid));
      expect(error.code).toBe('connection_lost');
      // Far below imapflow's own waits (a minute and more): our time-outs were applied.
      expect(Date.now() - started).toBeLessThan(15_000);
      expect((await failureOf(session.moveToProcessed(uid))).code).toBe('connection_lost');
    } finally {
      await session.close();
      await server.start();
    }
    // The same port and the same mail after a restart.
    expect(await server.uids()).toContain(uid);
  });

  it('fails with timeout, instead of waiting forever, when the server stops answering', async () => {
    const uid = await server.append(message('hung'));
    const session = await openImapMailbox(settingsFor(server), { socketTimeoutMs: 500 });
    try {
      server.pause();
      const started = Date.now();
      expect((await failureOf(session.fetchSource(uid))).code).toBe('timeout');
      // Far below imapflow's own waits (a minute and more): our time-outs were applied.
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      server.resume();
      await session.close();
    }
  });

  it('closes a session on a hung server without waiting for it', async () => {
    const session = await openImapMailbox(settingsFor(server));
    server.pause();
    try {
      const started = Date.now();
      await session.close();
      // Far below the server's own wait: close() gave up after its 2 s.
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      server.resume();
    }
  });

  it('reports a stopped server as connection_refused when opening', async () => {
    await server.stop();
    try {
      expect((await failureOf(openImapMailbox(settingsFor(server)))).code).toBe(
        'connection_refused',
      );
    } finally {
      await server.start();
    }
  });
});
