import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../test/support/test-app.js';
import { projectRoot } from './project-root.js';

// The README's nginx snippet, run as it is (only its two ports changed) in front of a real
// server that trusts the proxy's forwarded headers (TRUST_PROXY=127.0.0.1).
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const PAGE = '<!doctype html><title>Aitima</title><div id="root"></div>';

let t: TestApp;
let nginx: ChildProcess;
let proxyUrl: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** deploy/nginx/aitima.conf inside a minimal nginx.conf of its own, all files in `folder`. */
function nginxConfig(folder: string, proxyPort: number, appPort: number): string {
  const snippet = readFileSync(path.join(projectRoot, 'deploy/nginx/aitima.conf'), 'utf8')
    .replace('server 127.0.0.1:3000;', `server 127.0.0.1:${appPort};`)
    .replace('listen 80;', `listen 127.0.0.1:${proxyPort};`);
  expect(snippet).toContain(`127.0.0.1:${appPort}`);
  expect(snippet).toContain(`127.0.0.1:${proxyPort}`);
  const temp = (name: string) => `${name}_temp_path ${path.join(folder, name)};`;
  return `daemon off;
master_process off;
pid ${path.join(folder, 'nginx.pid')};
error_log ${path.join(folder, 'error.log')} warn;
events {}
http {
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
${snippet}
}
`;
}

async function untilAnswering(url: string): Promise<void> {
  for (;;) {
    const ok = await fetch(url).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ok) return;
    if (nginx.exitCode !== null) throw new Error(`nginx exited with ${nginx.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  const webRoot = mkdtempSync(path.join(os.tmpdir(), 'aitima-web-'));
  writeFileSync(path.join(webRoot, 'index.html'), PAGE);
  t = await createTestApp({ webRoot, config: { trustProxy: ['127.0.0.1'] } });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  const appPort = typeof address === 'object' && address ? address.port : 0;

  const folder = mkdtempSync(path.join(os.tmpdir(), 'aitima-nginx-'));
  mkdirSync(path.join(folder, 'conf'));
  chmodSync(folder, 0o777);
  const proxyPort = await freePort();
  writeFileSync(path.join(folder, 'conf', 'nginx.conf'), nginxConfig(folder, proxyPort, appPort));
  nginx = spawn(NGINX, ['-p', folder, '-c', 'conf/nginx.conf'], { stdio: 'inherit' });
  proxyUrl = `http://127.0.0.1:${proxyPort}`;
  await untilAnswering(`${proxyUrl}/api/health`);
});
afterAll(async () => {
  nginx?.kill('SIGTERM');
  await t?.close();
});

describe('behind nginx with the README snippet', () => {
  it('serves a page and an API call', async () => {
    const page = await fetch(`${proxyUrl}/tickets/1001`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(PAGE);
    const health = await fetch(`${proxyUrl}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });

  it('signs in through the proxy (Host passed on for the Origin check) and sees the client address it forwarded', async () => {
    const user = await createUser(t.db, 'agent');
    const login = await fetch(`${proxyUrl}/api/auth/login`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: proxyUrl,
        // What a client (or a proxy before nginx) said; nginx appends the address it saw.
        'x-forwarded-for': '203.0.113.7',
      },
      body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers
      .getSetCookie()
      .map((value) => value.split(';')[0])
      .join('; ');
    const sessions = await fetch(`${proxyUrl}/api/me/sessions`, { headers: { cookie } });
    expect(sessions.status).toBe(200);
    const list = (await sessions.json()) as { items: { isCurrent: boolean; ip: string | null }[] };
    // nginx at 127.0.0.1 is trusted, so the address before it is the client's.
    expect(list.items.find((session) => session.isCurrent)?.ip).toBe('203.0.113.7');
  });

  it('passes the live event stream on unbuffered and uncompressed', async () => {
    const user = await createUser(t.db, 'agent');
    const login = await fetch(`${proxyUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: proxyUrl },
      body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((value) => value.split(';')[0])
      .join('; ');
    const abort = new AbortController();
    const stream = await fetch(`${proxyUrl}/api/live`, {
      headers: { cookie, accept: 'text/event-stream', 'accept-encoding': 'gzip, br' },
      signal: abort.signal,
    });
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(stream.headers.get('content-encoding')).toBeNull();
      // The opening line is a few bytes: a buffering proxy would hold it back and this
      // read would wait until the test's time runs out.
      const first = await stream.body?.getReader().read();
      expect(new TextDecoder().decode(first?.value)).toMatch(/^retry: \d+/);
    } finally {
      abort.abort();
    }
  });
});
