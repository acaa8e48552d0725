import { Readable } from 'node:stream';
import type { Executor } from '../db/database.js';
import type { RefusedFile } from '../db/schema.js';
import type { FileStorage } from '../storage/file-storage.js';
import { insertAttachment } from '../uploads/attachments.repository.js';
import { detectContentType } from '../uploads/content-type.js';
import { cleanFileName } from '../uploads/uploads.service.js';
import type { InboundAttachment } from './parse-inbound-email.js';

/** An emailed file kept in storage, waiting for its message's transaction. */
export interface StoredEmailFile {
  fileName: string;
  sizeBytes: number;
  contentType: string;
  sha256: string;
  storageKey: string;
}

export interface EmailFileLimits {
  maxFileBytes: number;
  maxFiles: number;
}

/**
 * Puts an email's files through the portal's checks: the same size and count
 * limits, the type read from the bytes. Files are stored before the message that
 * uses them is written; a refused one is named, never silently dropped.
 */
export async function storeEmailFiles(
  storage: FileStorage,
  files: InboundAttachment[],
  limits: EmailFileLimits,
): Promise<{ stored: StoredEmailFile[]; refused: RefusedFile[] }> {
  const stored: StoredEmailFile[] = [];
  const refused: RefusedFile[] = [];
  for (const file of files) {
    const fileName = cleanFileName(file.fileName);
    if (file.size === 0) refused.push({ fileName, reason: 'empty' });
    else if (file.size > limits.maxFileBytes) refused.push({ fileName, reason: 'too_big' });
    else if (stored.length >= limits.maxFiles) refused.push({ fileName, reason: 'too_many' });
    else {
      const kept = await storage.save(Readable.from([file.content]));
      if (!kept) throw new Error(`could not store the emailed file ${fileName}`);
      stored.push({
        fileName,
        sizeBytes: kept.sizeBytes,
        contentType: await detectContentType(kept.head),
        sha256: kept.sha256,
        storageKey: kept.key,
      });
    }
  }
  return { stored, refused };
}

/** Records stored files as the sender's pending uploads, for the message to take in this transaction. */
export async function insertEmailUploads(
  tx: Executor,
  files: StoredEmailFile[],
  uploader: { userId: string; companyId: string | null },
): Promise<string[]> {
  const ids: string[] = [];
  for (const file of files) {
    const row = await insertAttachment(tx, {
      uploaderId: uploader.userId,
      companyId: uploader.companyId,
      ...file,
    });
    ids.push(row.id);
  }
  return ids;
}
