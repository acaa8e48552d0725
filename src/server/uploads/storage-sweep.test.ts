import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';
import { attachments } from '../db/schema.js';
import { storeEmailFiles } from '../inbound/inbound-files.js';
import { sweepStorage } from './storage-sweep.js';

let t: TestApp;
let client: ApiClient;
let root: string;
beforeAll(async () => {
  t = await createTestApp();
  client = await loggedInClient(t.app, (await createCustomer(t.db)).member.email);
  root = path.join(t.deps.config.dataDir, 'uploads');
});
afterAll(() => t.close());

const HOUR = 60 * 60 * 1000;
const keyOf = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const fileOf = (key: string) => path.join(root, key.slice(0, 2), key.slice(2, 4), key);
const isStored = (bytes: Buffer | string) => existsSync(fileOf(keyOf(bytes)));
/** Unique bytes, so that no other test's file shares the key. */
const uniqueBytes = (label: string) => `${label} ${randomBytes(8).toString('hex')}`;

/** Makes a file look written `hours` ago. */
function backDate(file: string, hours: number): void {
  const at = new Date(Date.now() - hours * HOUR);
  utimesSync(file, at, at);
}

/** A file in storage whose row never came (the process died between the two writes). */
function writeStray(bytes: string): string {
  const file = fileOf(keyOf(bytes));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return file;
}

function writeUnfinished(): string {
  const file = path.join(root, 'tmp', randomBytes(12).toString('hex'));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, 'half of a file');
  return file;
}

async function uploadAttachedToTicket(bytes: string): Promise<string> {
  const id = await client.uploadId('sent.txt', bytes);
  await openTicketAs(client, { attachmentIds: [id] });
  return id;
}

describe('the storage sweep', () => {
  // First: no row names a file yet in this database.
  it('deletes no stored file while the database names none (the files may be another database’s)', async () => {
    const orphan = writeStray(uniqueBytes('uploaded when another database was in use'));
    backDate(orphan, 48);
    const unfinished = writeUnfinished();
    backDate(unfinished, 2);
    expect(await sweepStorage(t.db, t.deps.storage)).toMatchObject({
      unfinishedWrites: 1,
      unreferencedFiles: 0,
      databaseNamesNoFile: true,
    });
    expect(existsSync(orphan)).toBe(true);
    expect(existsSync(unfinished)).toBe(false);
    rmSync(orphan); // not to be counted by the next test
  });

  it('leaves no file without a row, and keeps every file a row names or an upload in flight', async () => {
    const sentBytes = uniqueBytes('sent with a ticket');
    const sent = await uploadAttachedToTicket(sentBytes);
    const draftBytes = uniqueBytes('on a form not sent yet');
    const draft = await client.uploadId('draft.txt', draftBytes);
    // Old files that rows name stay, however old.
    backDate(fileOf(keyOf(sentBytes)), 30);
    backDate(fileOf(keyOf(draftBytes)), 3);
    const stray = writeStray(uniqueBytes('row never written'));
    backDate(stray, 2);
    const inFlight = writeStray(uniqueBytes('row about to be written'));
    const unfinished = writeUnfinished();
    backDate(unfinished, 2);
    const stillWriting = writeUnfinished();

    const swept = await sweepStorage(t.db, t.deps.storage);

    expect(swept).toMatchObject({ unfinishedWrites: 1, unreferencedFiles: 1 });
    expect(existsSync(stray)).toBe(false);
    expect(existsSync(unfinished)).toBe(false);
    expect(existsSync(inFlight)).toBe(true);
    expect(existsSync(stillWriting)).toBe(true);
    expect(isStored(sentBytes)).toBe(true);
    expect(isStored(draftBytes)).toBe(true);
    expect((await client.get(`/api/attachments/${sent}`)).body).toBe(sentBytes);
    expect((await client.get(`/api/attachments/${draft}`)).body).toBe(draftBytes);
  });

  it('cleans up after a crash between an upload’s file and its row, once the grace period is over', async () => {
    const bytes = uniqueBytes('the process died here');
    // The upload's own write path, then no row: what a kill at that moment leaves.
    const stored = await t.deps.storage.save(Readable.from([Buffer.from(bytes)]));
    expect(stored?.key).toBe(keyOf(bytes));
    await sweepStorage(t.db, t.deps.storage);
    expect(isStored(bytes)).toBe(true);
    await sweepStorage(t.db, t.deps.storage, new Date(Date.now() + 2 * HOUR));
    expect(isStored(bytes)).toBe(false);
  });

  it('cleans up an emailed file whose message was never written (its transaction failed)', async () => {
    const bytes = uniqueBytes('attached to an email');
    const { stored } = await storeEmailFiles(
      t.deps.storage,
      [
        {
          fileName: 'report.txt',
          contentType: 'text/plain',
          content: Buffer.from(bytes),
          size: bytes.length,
          isInline: false,
        },
      ],
      { maxFileBytes: 1024 * 1024, maxFiles: 5 },
    );
    expect(stored).toHaveLength(1);
    expect(isStored(bytes)).toBe(true);
    await sweepStorage(t.db, t.deps.storage, new Date(Date.now() + 2 * HOUR));
    expect(isStored(bytes)).toBe(false);
  });

  it('removes the file of a row deleted by a cascade (a message or ticket deleted)', async () => {
    const bytes = uniqueBytes('its message is gone');
    const id = await uploadAttachedToTicket(bytes);
    await t.db.delete(attachments).where(eq(attachments.id, id));
    await sweepStorage(t.db, t.deps.storage, new Date(Date.now() + 2 * HOUR));
    expect(isStored(bytes)).toBe(false);
  });

  it('keeps an old leftover that an upload of the same bytes has just written again', async () => {
    const bytes = uniqueBytes('uploaded again');
    backDate(writeStray(bytes), 5);
    // An upload of the same content is between its file and its row right now.
    await t.deps.storage.save(Readable.from([Buffer.from(bytes)]));
    expect(await sweepStorage(t.db, t.deps.storage)).toMatchObject({ unreferencedFiles: 0 });
    expect(isStored(bytes)).toBe(true);
  });

  it('runs in two processes at once without tripping over the other', async () => {
    const strays = [0, 1, 2].map((i) => writeStray(uniqueBytes(`stray ${i}`)));
    for (const stray of strays) backDate(stray, 2);
    const unfinished = writeUnfinished();
    backDate(unfinished, 2);
    await Promise.all([sweepStorage(t.db, t.deps.storage), sweepStorage(t.db, t.deps.storage)]);
    for (const file of [...strays, unfinished]) expect(existsSync(file)).toBe(false);
  });
});

describe('deleting an upload', () => {
  it('removes its file at once', async () => {
    const bytes = uniqueBytes('taken off the form');
    const id = await client.uploadId('remove-me.txt', bytes);
    expect(isStored(bytes)).toBe(true);
    expect((await client.delete(`/api/uploads/${id}`)).statusCode).toBe(204);
    expect(isStored(bytes)).toBe(false);
  });

  it('keeps the file while another attachment has the same bytes', async () => {
    const bytes = uniqueBytes('sent and also on a draft');
    const sent = await uploadAttachedToTicket(bytes);
    const draft = await client.uploadId('same.txt', bytes);
    expect((await client.delete(`/api/uploads/${draft}`)).statusCode).toBe(204);
    expect(isStored(bytes)).toBe(true);
    expect((await client.get(`/api/attachments/${sent}`)).body).toBe(bytes);
  });
});
