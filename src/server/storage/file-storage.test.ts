import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestS3, type TestS3 } from '../../../test/support/test-s3.js';
import type { FileStorage } from './file-storage.js';
import { localFileStorage } from './local-file-storage.js';
import { s3ClientOf, s3FileStorage } from './s3-file-storage.js';

let s3: TestS3;
beforeAll(async () => {
  s3 = await startTestS3();
});
afterAll(() => s3.close());

const HOUR = 60 * 60 * 1000;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function keysIn(storage: FileStorage): Promise<string[]> {
  const keys: string[] = [];
  for await (const file of storage.list()) keys.push(file.key);
  return keys;
}

/** A stream of `size` random bytes in chunks, of a length nobody knows beforehand. */
function streamOf(bytes: Buffer, chunk = 64 * 1024): Readable {
  return Readable.from(
    (function* () {
      for (let at = 0; at < bytes.length; at += chunk) yield bytes.subarray(at, at + chunk);
    })(),
  );
}

// The same behaviour from every kind of storage the server can be given.
describe.each([
  ['local disk', () => localFileStorage(mkdtempSync(path.join(os.tmpdir(), 'aitima-files-')))],
  // Pages of five keys, so that listing twelve files takes several requests.
  [
    'S3 (s3rver)',
    () => s3FileStorage(s3ClientOf(s3.settings), s3.settings.bucket, { pageSize: 5 }),
  ],
] as const)('file storage on %s', (_name, makeStorage) => {
  let storage: FileStorage;
  beforeAll(() => {
    storage = makeStorage();
  });

  it('keeps a file under its SHA-256 and gives the same bytes back, streamed', async () => {
    // Over 5 MB: S3 takes it as a multipart upload of a stream of unknown length.
    const bytes = randomBytes(6 * 1024 * 1024 + 123);
    const stored = await storage.save(streamOf(bytes));
    expect(stored).toMatchObject({
      key: sha256(bytes),
      sha256: sha256(bytes),
      sizeBytes: bytes.length,
    });
    expect(stored?.head).toEqual(bytes.subarray(0, 4100));
    expect((await readAll(storage.open(sha256(bytes)))).equals(bytes)).toBe(true);
    expect(await keysIn(storage)).toContain(sha256(bytes));
  });

  it('keeps nothing of a stream cut short or failing', async () => {
    const before = await keysIn(storage);
    expect(await storage.save(streamOf(Buffer.from('half a file')), () => false)).toBeUndefined();
    const failing = new Readable({
      read() {
        this.push(Buffer.alloc(1024, 1));
        this.destroy(new Error('the client went away'));
      },
    });
    await expect(storage.save(failing)).rejects.toThrow();
    expect(await keysIn(storage)).toEqual(before);
    // Nothing half-written is left for the sweep either.
    expect(await storage.removeUnfinishedBefore(new Date(Date.now() + HOUR))).toBe(0);
  });

  it('fails to open a file that is not there', async () => {
    await expect(readAll(storage.open('0'.repeat(64)))).rejects.toThrow();
  });

  it('deletes a file only if it was not written since the given time', async () => {
    const bytes = randomBytes(1000);
    const stored = await storage.save(streamOf(bytes));
    const key = stored?.key ?? '';
    const writtenBefore = new Date(Date.now() - HOUR);
    expect(await storage.removeIfUnchangedSince(key, writtenBefore)).toBe(false);
    expect(await keysIn(storage)).toContain(key);
    expect(await storage.removeIfUnchangedSince(key, new Date(Date.now() + HOUR))).toBe(true);
    expect(await keysIn(storage)).not.toContain(key);
    expect(await storage.removeIfUnchangedSince(key, new Date(Date.now() + HOUR))).toBe(false);
    // Saved again, it is back.
    await storage.save(streamOf(bytes));
    expect(await keysIn(storage)).toContain(key);
    await storage.remove(key);
    await storage.remove(key);
    expect(await keysIn(storage)).not.toContain(key);
  });

  it('lists every file, page after page', async () => {
    const saved = await Promise.all(
      Array.from({ length: 12 }, (_, i) => storage.save(streamOf(Buffer.from(`file ${i}`)))),
    );
    const listed = await keysIn(storage);
    for (const file of saved) expect(listed).toContain(file?.key);
  });
});

describe('S3 storage', () => {
  it('sweeps what a save that died before its copy left behind', async () => {
    const client = s3ClientOf(s3.settings);
    const { PutObjectCommand } = await import('@aws-sdk/client-s3');
    await client.send(
      new PutObjectCommand({ Bucket: s3.settings.bucket, Key: 'tmp/left-by-a-crash', Body: 'x' }),
    );
    const storage = s3FileStorage(client, s3.settings.bucket);
    expect(await storage.removeUnfinishedBefore(new Date(Date.now() - HOUR))).toBe(0);
    expect(await storage.removeUnfinishedBefore(new Date(Date.now() + HOUR))).toBe(1);
  });
});
