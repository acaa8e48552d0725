import type { Executor } from '../db/database.js';
import type { FileStorage } from '../storage/file-storage.js';
import { storageKeysReferenced } from './stored-file-references.js';

/**
 * After rows were deleted: removes those of their files that no other row names
 * (identical files share one key). A file written again since the check began
 * (an upload of the same bytes in flight) is kept; the storage sweep takes it
 * later if its row never comes. Returns how many were removed.
 */
export async function removeUnreferencedFiles(
  db: Executor,
  storage: FileStorage,
  keys: string[],
): Promise<number> {
  const checkedAt = new Date();
  const referenced = await storageKeysReferenced(db, keys);
  let removed = 0;
  for (const key of keys) {
    if (!referenced.has(key) && (await storage.removeIfUnchangedSince(key, checkedAt)))
      removed += 1;
  }
  return removed;
}
