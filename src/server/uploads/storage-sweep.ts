import type { Database } from '../db/database.js';
import type { FileStorage } from '../storage/file-storage.js';
import { discardAbandonedUploads } from './abandoned-uploads.js';
import { anyStorageKeyReferenced, storageKeysReferenced } from './stored-file-references.js';

/**
 * How long a file may sit in storage with no row naming it. Files are written
 * before their row (upload, inbound email), so a fresh file without a row is an
 * upload in flight; one older than this was left by a crash, a failed
 * transaction or a deleted row, and goes.
 */
export const UNREFERENCED_GRACE_MS = 60 * 60 * 1000;
/** A write cut short (a crash mid-upload) untouched this long is abandoned. */
export const UNFINISHED_WRITE_MS = 60 * 60 * 1000;
/** Keys checked against the database at a time. */
const BATCH = 500;

export interface SweepResult {
  /** Uploads no form sent within a day: rows and files. */
  abandonedUploads: number;
  /** Half-written files of saves that never finished. */
  unfinishedWrites: number;
  /** Stored files no row names any more. */
  unreferencedFiles: number;
  /**
   * The database names no stored file at all, so nothing was deleted for lack
   * of a row: the files may be another database's (DATABASE_URL changed, data
   * not moved yet), and deleting every one of them is not a sweep's call.
   */
  databaseNamesNoFile: boolean;
}

/**
 * Deletes every leftover in file storage: abandoned uploads, half-written files
 * and files whose row never came or is gone (a message, ticket or upload
 * deleted). Safe to run in several processes at once: each removal only
 * happens to a file that is old and that no row names.
 */
export async function sweepStorage(
  db: Database,
  storage: FileStorage,
  now = new Date(),
): Promise<SweepResult> {
  const abandonedUploads = await discardAbandonedUploads(db, storage, now);
  const unfinishedWrites = await storage.removeUnfinishedBefore(
    new Date(now.getTime() - UNFINISHED_WRITE_MS),
  );
  const cutoff = new Date(now.getTime() - UNREFERENCED_GRACE_MS);
  let unreferencedFiles = 0;
  let batch: string[] = [];
  const removeUnreferenced = async () => {
    const referenced = await storageKeysReferenced(db, batch);
    for (const key of batch) {
      if (!referenced.has(key) && (await storage.removeIfUnchangedSince(key, cutoff))) {
        unreferencedFiles += 1;
      }
    }
    batch = [];
  };
  let isDatabaseChecked = false;
  for await (const file of storage.list()) {
    if (file.modifiedAt >= cutoff) continue;
    // Asked once there is an old file to judge: an empty folder beside an empty database is no news.
    if (!isDatabaseChecked) {
      if (!(await anyStorageKeyReferenced(db))) {
        return { abandonedUploads, unfinishedWrites, unreferencedFiles, databaseNamesNoFile: true };
      }
      isDatabaseChecked = true;
    }
    batch.push(file.key);
    if (batch.length >= BATCH) await removeUnreferenced();
  }
  if (batch.length > 0) await removeUnreferenced();
  return { abandonedUploads, unfinishedWrites, unreferencedFiles, databaseNamesNoFile: false };
}
