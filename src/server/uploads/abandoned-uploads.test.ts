import { readdirSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer } from '../../../test/support/factories.js';
import { PDF_MINIMAL, PNG_1PX } from '../../../test/support/files.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';
import { attachments } from '../db/schema.js';
import { discardAbandonedUploads } from './abandoned-uploads.js';

let t: TestApp;
let client: ApiClient;
beforeAll(async () => {
  t = await createTestApp();
  client = await loggedInClient(t.app, (await createCustomer(t.db)).member.email);
});
afterAll(() => t.close());

const storedFiles = () =>
  readdirSync(path.join(t.deps.config.dataDir, 'uploads'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /^[0-9a-f]{64}$/.test(entry.name))
    .map((entry) => entry.name);

const ageUpload = (id: string, hours: number) =>
  t.db
    .update(attachments)
    .set({ createdAt: new Date(Date.now() - hours * 60 * 60 * 1000) })
    .where(eq(attachments.id, id));

describe('uploads of forms never sent', () => {
  it('are discarded after a day, with their bytes unless a sent message has the same file', async () => {
    const abandonedPdf = await client.uploadId('draft.pdf', PDF_MINIMAL);
    const abandonedPng = await client.uploadId('draft.png', PNG_1PX);
    const recent = await client.uploadId('just-now.txt', 'still typing');
    const sent = await client.uploadId('sent.png', PNG_1PX);
    await openTicketAs(client, { attachmentIds: [sent] });
    await ageUpload(abandonedPdf, 25);
    await ageUpload(abandonedPng, 25);
    await ageUpload(sent, 25);
    const before = storedFiles();

    expect(await discardAbandonedUploads(t.db, t.deps.storage)).toBe(1);

    const left = await t.db.select({ id: attachments.id }).from(attachments);
    expect(left.map((row) => row.id).sort()).toEqual([recent, sent].sort());
    // The PDF's bytes are gone; the PNG's stay, since the sent message's file is the same.
    expect(storedFiles()).toHaveLength(before.length - 1);
    expect((await client.get(`/api/attachments/${sent}`)).statusCode).toBe(200);
    expect((await client.get(`/api/attachments/${recent}`)).statusCode).toBe(200);
  });
});
