import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressFolder } from '../../../scripts/build/precompress.mjs';
import { loggedInClient } from '../../../test/support/api-client.js';
import { createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

// A built web app in miniature: an asset large enough to be worth compressing, precompressed
// by the same script as `npm run build`.
const ASSET = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `λέξη ${i}`))};\n`;
const PAGE = `<!doctype html><title>Aitima</title><body>${'<p>Καλημέρα</p>'.repeat(100)}</body>`;

let t: TestApp;
let baseUrl: string;
beforeAll(async () => {
  const webRoot = mkdtempSync(path.join(os.tmpdir(), 'aitima-web-'));
  mkdirSync(path.join(webRoot, 'assets'));
  writeFileSync(path.join(webRoot, 'index.html'), PAGE);
  writeFileSync(path.join(webRoot, 'assets', 'app-abc123.js'), ASSET);
  writeFileSync(path.join(webRoot, 'assets', 'tiny-abc123.js'), 'console.log(1)');
  expect(precompressFolder(webRoot)).toBe(2);
  t = await createTestApp({ webRoot });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  baseUrl = `http://127.0.0.1:${address.port}`;
});
afterAll(() => t.close());

const get = (url: string, acceptEncoding?: string) =>
  t.app.inject({
    method: 'GET',
    url,
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  });

describe('the web app precompressed at build', () => {
  it('sends brotli to a browser that takes it, with the year-long cache of a hashed asset', async () => {
    const response = await get('/assets/app-abc123.js', 'gzip, deflate, br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(ASSET);
    expect(response.rawPayload.length).toBeLessThan(Buffer.byteLength(ASSET) / 2);
  });

  it('sends gzip when only gzip is taken', async () => {
    const response = await get('/assets/app-abc123.js', 'gzip');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(response.rawPayload).toString()).toBe(ASSET);
  });

  it('sends the file as it is when no encoding is taken', async () => {
    for (const acceptEncoding of [undefined, 'identity']) {
      const response = await get('/assets/app-abc123.js', acceptEncoding);
      expect(response.statusCode, acceptEncoding).toBe(200);
      expect(response.headers['content-encoding'], acceptEncoding).toBeUndefined();
      expect(response.body, acceptEncoding).toBe(ASSET);
    }
  });

  it('sends a small asset as it is, still cached for a year', async () => {
    const response = await get('/assets/tiny-abc123.js', 'br, gzip');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body).toBe('console.log(1)');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('sends the page compressed but checked again on every load (no-cache), at / and deep links', async () => {
    for (const url of ['/', '/tickets/1001']) {
      const response = await get(url, 'br');
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(brotliDecompressSync(response.rawPayload).toString(), url).toBe(PAGE);
    }
  });
});

describe('API answers compressed above 1 KB', () => {
  it('compresses a large JSON answer (the API description)', async () => {
    const plain = await get('/api/docs/json');
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const [encoding, decode] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const response = await get('/api/docs/json', `${encoding}`);
      expect(response.headers['content-encoding'], encoding).toBe(encoding);
      expect(response.headers.vary, encoding).toMatch(/accept-encoding/i);
      expect(JSON.parse(decode(response.rawPayload).toString()), encoding).toEqual(
        JSON.parse(plain.body),
      );
      expect(response.rawPayload.length, encoding).toBeLessThan(plain.rawPayload.length / 3);
    }
  });

  it('leaves a small JSON answer as it is', async () => {
    const response = await get('/api/health', 'br, gzip');
    expect(response.statusCode).toBe(200);
    expect(Buffer.byteLength(response.body)).toBeLessThan(1024);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.json()).toMatchObject({ status: 'ok' });
  });

  it('never compresses the live event stream, whose events must leave at once', async () => {
    const agent = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
    const abort = new AbortController();
    const response = await fetch(`${baseUrl}/api/live`, {
      headers: {
        cookie: agent.cookieHeader,
        accept: 'text/event-stream',
        'accept-encoding': 'br, gzip',
      },
      signal: abort.signal,
    });
    try {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(response.headers.get('content-encoding')).toBeNull();
      // The stream's opening lines arrive as plain text while the stream stays open.
      const reader = response.body?.getReader();
      const first = await reader?.read();
      expect(new TextDecoder().decode(first?.value)).toMatch(/^(retry|:|event|data)/m);
    } finally {
      abort.abort();
    }
  });
});
