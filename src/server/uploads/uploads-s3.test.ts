import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/support/api-client.js';
import { createCustomer, TEST_PASSWORD } from '../../../test/support/factories.js';
import { PNG_1PX } from '../../../test/support/files.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { startTestS3, type TestS3 } from '../../../test/support/test-s3.js';
import type { FileStorage } from '../storage/file-storage.js';
import { s3ClientOf, s3FileStorage } from '../storage/s3-file-storage.js';
import { sweepStorage } from './storage-sweep.js';

// The upload and download routes and the sweep with their files in an S3 bucket (s3rver).
let s3: TestS3;
let storage: FileStorage;
let t: TestApp;
let client: ApiClient;
beforeAll(async () => {
  s3 = await startTestS3();
  storage = s3FileStorage(s3ClientOf(s3.settings), s3.settings.bucket);
  t = await createTestApp({
    storage,
    config: { uploads: { maxFileBytes: 8 * 1024 * 1024, maxFiles: 2 } },
  });
  const customer = await createCustomer(t.db);
  client = new ApiClient(t.app);
  await client.logIn(customer.member.email, TEST_PASSWORD);
});
afterAll(async () => {
  await t?.close();
  await s3?.close();
});

const HOUR = 60 * 60 * 1000;
const keyOf = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
async function storedKeys(): Promise<string[]> {
  const keys: string[] = [];
  for await (const file of storage.list()) keys.push(file.key);
  return keys;
}

describe('uploads on S3', () => {
  it('are stored once per content under their SHA-256, and download byte for byte', async () => {
    // Over S3's 5 MB part: a multipart upload.
    const bytes = randomBytes(6 * 1024 * 1024);
    const id = await client.uploadId('big.bin', bytes);
    await client.uploadId('again.bin', bytes);
    expect((await storedKeys()).filter((key) => key === keyOf(bytes))).toHaveLength(1);
    const download = await client.get(`/api/attachments/${id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(bytes)).toBe(true);
    expect(download.headers['content-length']).toBe(String(bytes.length));
  });

  it('detect the real type from the bytes', async () => {
    const png = (await client.upload('not-really.txt', PNG_1PX)).json();
    expect(png).toMatchObject({ contentType: 'image/png', isImage: true });
  });

  it('refuse a file over the limit with 413 and keep nothing of it', async () => {
    const before = await storedKeys();
    const response = await client.upload('huge.bin', randomBytes(8 * 1024 * 1024 + 1));
    expect(response.statusCode).toBe(413);
    expect(await storedKeys()).toEqual(before);
  });

  it('are swept when no row names them once the grace period is over', async () => {
    const bytes = Buffer.from(`left by a crash ${randomBytes(8).toString('hex')}`);
    await storage.save(Readable.from([bytes]));
    await sweepStorage(t.db, storage);
    expect(await storedKeys()).toContain(keyOf(bytes));
    await sweepStorage(t.db, storage, new Date(Date.now() + 2 * HOUR));
    expect(await storedKeys()).not.toContain(keyOf(bytes));
    // Files that rows name stay.
    const kept = await client.uploadId('kept.txt', 'named by its upload row');
    await sweepStorage(t.db, storage, new Date(Date.now() + 2 * HOUR));
    expect((await client.get(`/api/attachments/${kept}`)).body).toBe('named by its upload row');
  });
});
