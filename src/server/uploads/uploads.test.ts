import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/support/api-client.js';
import { createCustomer, TEST_PASSWORD } from '../../../test/support/factories.js';
import { PDF_MINIMAL, PNG_1PX, SVG_WITH_SCRIPT } from '../../../test/support/files.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
let client: ApiClient;
beforeAll(async () => {
  t = await createTestApp({ config: { uploads: { maxFileBytes: 64 * 1024, maxFiles: 2 } } });
  const customer = await createCustomer(t.db);
  client = new ApiClient(t.app);
  await client.logIn(customer.member.email, TEST_PASSWORD);
});
afterAll(() => t.close());

const storedFiles = () =>
  readdirSync(path.join(t.deps.config.dataDir, 'uploads'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);

describe('uploads', () => {
  it('detect the real type from the bytes, not from the name', async () => {
    const disguised = (await client.upload('photo.png', 'just some text, not an image')).json();
    expect(disguised).toMatchObject({ contentType: 'text/plain', isImage: false });
    const pdf = (await client.upload('notes.txt', PDF_MINIMAL)).json();
    expect(pdf.contentType).toBe('application/pdf');
  });

  it('are stored once per content, under their SHA-256', async () => {
    const sha256 = createHash('sha256').update(PNG_1PX).digest('hex');
    await client.upload('a.png', PNG_1PX);
    await client.upload('b.png', PNG_1PX);
    expect(storedFiles().filter((name) => name === sha256)).toHaveLength(1);
  });

  it('refuse a file over the limit with 413 and keep nothing of it', async () => {
    const before = storedFiles();
    const response = await client.upload('big.bin', Buffer.alloc(65 * 1024, 1));
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('payload_too_large');
    expect(storedFiles()).toEqual(before);
  });

  it('refuse a message with more files than allowed', async () => {
    const ids = [
      await client.uploadId('1.png', PNG_1PX),
      await client.uploadId('2.txt', 'b'),
      await client.uploadId('3.txt', 'c'),
    ];
    const response = await client.post('/api/tickets', {
      subject: 'Θ',
      description: 'Π',
      attachmentIds: ids,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { field: 'attachmentIds', code: 'too_big', params: { max: 2 } },
    ]);
  });

  it('tell everyone signed in the limits, before they choose files', async () => {
    expect((await client.get('/api/uploads/limits')).json()).toEqual({
      maxFileBytes: 64 * 1024,
      maxFiles: 2,
    });
    expect((await new ApiClient(t.app).get('/api/uploads/limits')).statusCode).toBe(401);
  });

  it('ask for a file', async () => {
    const response = await client.request('POST', '/api/uploads', Buffer.from('--x--\r\n'), {
      'content-type': 'multipart/form-data; boundary=x',
    });
    expect(response.statusCode).toBe(400);
  });

  it('keep the base name only, without folders or control characters', async () => {
    const response = (await client.upload('../../etc/pass\u0007wd', 'x')).json();
    expect(response.fileName).toBe('passwd');
  });
});

describe('downloads', () => {
  it('send files as attachments with nosniff and a sandbox, named in UTF-8', async () => {
    const id = await client.uploadId('αναφορά.pdf', PDF_MINIMAL);
    const response = await client.get(`/api/attachments/${id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      "attachment; filename*=UTF-8''%CE%B1%CE%BD%CE%B1%CF%86%CE%BF%CF%81%CE%AC.pdf",
    );
    expect(response.headers['content-type']).toBe('application/octet-stream');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain('sandbox');
    expect(response.rawPayload.equals(PDF_MINIMAL)).toBe(true);
  });

  it('show raster images inline when asked, but never SVG or HTML', async () => {
    const png = await client.uploadId('shot.png', PNG_1PX);
    const inline = await client.get(`/api/attachments/${png}?inline=1`);
    expect(inline.headers['content-type']).toBe('image/png');
    expect(inline.headers['content-disposition']).toMatch(/^inline;/);

    for (const [name, bytes] of [
      ['x.svg', SVG_WITH_SCRIPT],
      ['x.html', '<html><script>alert(1)</script></html>'],
    ] as const) {
      const id = await client.uploadId(name, bytes);
      const response = await client.get(`/api/attachments/${id}?inline=1`);
      expect(response.headers['content-disposition'], name).toMatch(/^attachment;/);
      expect(response.headers['content-type'], name).toBe('application/octet-stream');
    }
  });

  it('let the uploader remove a pending upload, once', async () => {
    const id = await client.uploadId('remove-me.txt', 'x');
    expect((await client.delete(`/api/uploads/${id}`)).statusCode).toBe(204);
    expect((await client.delete(`/api/uploads/${id}`)).statusCode).toBe(404);
    expect((await client.get(`/api/attachments/${id}`)).statusCode).toBe(404);
  });
});
