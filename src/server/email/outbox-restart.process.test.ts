import { mkdtempSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverProcesses } from '../../../test/support/server-process.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../../test/support/test-smtp.js';

// The real `npm start` entry point in child processes, on the embedded database: killed
// with an email claimed, then started again on the same data folder.
const startServerProcess = serverProcesses();

let smtp: TestSmtpServer;
/** A mail server that takes the connection and never says hello: a send hangs there. */
let silent: Server;
const silentSockets: Socket[] = [];
let connected: () => void = () => {};
beforeAll(async () => {
  smtp = await startTestSmtpServer();
  silent = createServer((socket) => {
    silentSockets.push(socket);
    connected();
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  for (const socket of silentSockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
  await smtp.close();
});

const startServer = (dataDir: string, smtpPort: number) =>
  startServerProcess({ DATA_DIR: dataDir, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort) });

const post = (url: string, body: unknown) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(url).origin },
    body: JSON.stringify(body),
  });

async function until(condition: () => boolean, what: string): Promise<void> {
  // Bounded only so that a broken build fails instead of hanging; no speed is asserted.
  const deadline = Date.now() + 100_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the outbox through a crash on the embedded database', { timeout: 180_000 }, () => {
  it('a server killed while sending sends the email as soon as it is started again', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aitima-outbox-'));
    const first = startServer(dataDir, (silent.address() as { port: number }).port);
    const url = await first.ready;
    const code = first.output().match(/setup code (\S+)/)?.[1];
    const setup = await post(`${url}/api/setup`, {
      setupCode: code,
      firstName: 'Ελένη',
      lastName: 'Κ.',
      email: 'eleni@example.test',
      password: 'a strong password',
    });
    expect(setup.status).toBe(201);
    const isSending = new Promise<void>((resolve) => {
      connected = resolve;
    });
    const reset = await post(`${url}/api/auth/password-reset`, { email: 'eleni@example.test' });
    expect(reset.status).toBe(202);
    // The worker claimed the reset email and is waiting on the mail server: kill it there.
    await isSending;
    first.child.kill('SIGKILL');
    await first.exited;

    const second = startServer(dataDir, smtp.settings.port);
    await second.ready;
    await until(() => smtp.to('eleni@example.test').length > 0, 'the reset email');
    // Released at start, not after the lease: on this database a claim found at start is a dead process's.
    expect(second.output()).toContain('1 emails claimed before a crash are due again');
    expect(smtp.to('eleni@example.test')).toHaveLength(1);
  });
});
