import { inArray, isNotNull } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { attachments, inboundEmails } from '../db/schema.js';

/**
 * Which of these storage keys a row still names: an attachment (identical files
 * share one key) or the original of an inbound email. A key no row names is a
 * leftover; a new table that keeps files in storage must be added here.
 */
export async function storageKeysReferenced(db: Executor, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const byAttachments = await db
    .selectDistinct({ key: attachments.storageKey })
    .from(attachments)
    .where(inArray(attachments.storageKey, keys));
  const byInboundEmails = await db
    .selectDistinct({ key: inboundEmails.rawStorageKey })
    .from(inboundEmails)
    .where(inArray(inboundEmails.rawStorageKey, keys));
  return new Set(
    [...byAttachments, ...byInboundEmails].flatMap((row) => (row.key ? [row.key] : [])),
  );
}

/** Whether any row names a stored file at all: a database that names none cannot tell leftovers apart. */
export async function anyStorageKeyReferenced(db: Executor): Promise<boolean> {
  const [attachment] = await db.select({ id: attachments.id }).from(attachments).limit(1);
  if (attachment) return true;
  const [inbound] = await db
    .select({ id: inboundEmails.id })
    .from(inboundEmails)
    .where(isNotNull(inboundEmails.rawStorageKey))
    .limit(1);
  return inbound !== undefined;
}
