import { and, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { attachments, messages, tickets } from '../db/schema.js';

export type AttachmentRow = typeof attachments.$inferSelect;

export async function insertAttachment(
  db: Executor,
  values: typeof attachments.$inferInsert,
): Promise<AttachmentRow> {
  const [row] = await db.insert(attachments).values(values).returning();
  return row!;
}

/**
 * Links an uploader's pending uploads to a message. Returns how many were
 * linked: fewer than asked means some ids were not theirs or already used.
 */
export async function linkPendingUploads(
  db: Executor,
  ids: string[],
  link: { uploaderId: string; ticketId: string; messageId: string; companyId: string },
): Promise<number> {
  if (ids.length === 0) return 0;
  const linked = await db
    .update(attachments)
    .set({ ticketId: link.ticketId, messageId: link.messageId, companyId: link.companyId })
    .where(
      and(
        inArray(attachments.id, ids),
        eq(attachments.uploaderId, link.uploaderId),
        isNull(attachments.messageId),
      ),
    )
    .returning({ id: attachments.id });
  return linked.length;
}

/** An attachment with what decides who may download it: its ticket and whether its message is internal. */
export async function findAttachmentForDownload(db: Executor, id: string) {
  const [row] = await db
    .select({
      attachment: attachments,
      ticket: { companyId: tickets.companyId, requesterId: tickets.requesterId },
      ticketId: tickets.id,
      isInternal: messages.isInternal,
    })
    .from(attachments)
    .leftJoin(tickets, eq(tickets.id, attachments.ticketId))
    .leftJoin(messages, eq(messages.id, attachments.messageId))
    .where(eq(attachments.id, id))
    .limit(1);
  return row;
}

/** Deletes one of the uploader's own uploads that no message uses yet; returns its storage key. */
export async function deletePendingUpload(
  db: Executor,
  id: string,
  uploaderId: string,
): Promise<string | undefined> {
  const [deleted] = await db
    .delete(attachments)
    .where(
      and(
        eq(attachments.id, id),
        eq(attachments.uploaderId, uploaderId),
        isNull(attachments.messageId),
      ),
    )
    .returning({ storageKey: attachments.storageKey });
  return deleted?.storageKey;
}

/** The attachments of some messages, for a thread. */
export async function listAttachmentsOfMessages(
  db: Executor,
  messageIds: string[],
): Promise<AttachmentRow[]> {
  if (messageIds.length === 0) return [];
  return db.select().from(attachments).where(inArray(attachments.messageId, messageIds));
}

/** Deletes uploads that no message took before a moment; returns their storage keys. */
export async function deletePendingUploadsBefore(db: Executor, before: Date): Promise<string[]> {
  const deleted = await db
    .delete(attachments)
    .where(and(isNull(attachments.messageId), lt(attachments.createdAt, before)))
    .returning({ storageKey: attachments.storageKey });
  return [...new Set(deleted.map((row) => row.storageKey))];
}
