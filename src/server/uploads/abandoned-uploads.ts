import type { Database } from '../db/database.js';
import type { FileStorage } from '../storage/file-storage.js';
import { deletePendingUploadsBefore } from './attachments.repository.js';
import { removeUnreferencedFiles } from './remove-unreferenced-files.js';

/** How long a file uploaded for a form may wait for the form to be sent. */
export const ABANDONED_UPLOAD_HOURS = 24;

/**
 * Discards uploads that no ticket or reply took within a day (a form left
 * unsent), and their bytes unless another row has the same content.
 * Returns how many files were removed from storage.
 */
export async function discardAbandonedUploads(
  db: Database,
  storage: FileStorage,
  now = new Date(),
): Promise<number> {
  const before = new Date(now.getTime() - ABANDONED_UPLOAD_HOURS * 60 * 60 * 1000);
  const keys = await deletePendingUploadsBefore(db, before);
  return removeUnreferencedFiles(db, storage, keys);
}
