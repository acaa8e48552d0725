import { brotliDecompressSync } from 'node:zlib';
import Fastify from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPRESS_IN_ONE_CALL_UP_TO, registerCompression } from './compression.js';

/** A JSON answer of about `bytes` bytes, varied enough not to shrink to nothing. */
const answerOf = (bytes: number) => ({
  items: Array.from({ length: Math.ceil(bytes / 60) }, (_, index) => ({
    number: 1000 + index,
    subject: `Αίτημα ${(index * 7919) % 10007}`,
  })),
});

const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
beforeAll(async () => {
  await registerCompression(app);
  app.get('/page', async () => answerOf(20_000));
  app.get('/export', async () => answerOf(COMPRESS_IN_ONE_CALL_UP_TO * 3));
  await app.ready();
});
afterAll(() => app.close());

const get = (url: string) =>
  app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });

describe('compressing an API answer', () => {
  it('compresses a page-sized answer in one call: its compressed length is known and sent', async () => {
    const response = await get('/page');

    expect(response.headers['content-encoding']).toBe('br');
    expect(Number(response.headers['content-length'])).toBe(response.rawPayload.length);
    expect(JSON.parse(brotliDecompressSync(response.rawPayload).toString())).toEqual(
      answerOf(20_000),
    );
  });

  it('streams an answer past the one-call limit (no length known before it is sent)', async () => {
    const response = await get('/export');

    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-length']).toBeUndefined();
    expect(JSON.parse(brotliDecompressSync(response.rawPayload).toString())).toEqual(
      answerOf(COMPRESS_IN_ONE_CALL_UP_TO * 3),
    );
  });
});
