import type { Readable } from 'node:stream';
import type { Database } from '../db/database.js';
import { AppError, notFound } from '../http/errors.js';
import type { Actor } from '../policies/actor.js';
import { can } from '../policies/authorize.js';
import type { FileStorage } from '../storage/file-storage.js';
import { findParticipantIds } from '../ticket-participants/participants.repository.js';
import {
  type AttachmentRow,
  deletePendingUpload,
  findAttachmentForDownload,
  insertAttachment,
} from './attachments.repository.js';
import { detectContentType } from './content-type.js';
import { removeUnreferencedFiles } from './remove-unreferenced-files.js';

/** Keeps only a safe base name: no folders, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const printable = [...base].filter((char) => char >= ' ' && char !== '\u007f').join('');
  const cleaned = printable.trim().slice(-200);
  return cleaned || 'file';
}

/** Stores an uploaded file and records it as the actor's pending upload, not yet in any message. */
export async function saveUpload(
  db: Database,
  storage: FileStorage,
  actor: Actor,
  file: { fileName: string; stream: Readable; isComplete: () => boolean; maxBytes: number },
): Promise<AttachmentRow> {
  const stored = await storage.save(file.stream, file.isComplete);
  if (!stored) {
    throw new AppError(413, 'payload_too_large', `A file may be at most ${file.maxBytes} bytes`);
  }
  return insertAttachment(db, {
    uploaderId: actor.userId,
    companyId: actor.companyId,
    fileName: cleanFileName(file.fileName),
    sizeBytes: stored.sizeBytes,
    contentType: await detectContentType(stored.head),
    sha256: stored.sha256,
    storageKey: stored.key,
  });
}

/** Removes a pending upload of the actor's (a file taken off a form before sending), with its bytes. */
export async function discardUpload(
  db: Database,
  storage: FileStorage,
  actor: Actor,
  id: string,
): Promise<void> {
  const storageKey = await deletePendingUpload(db, id, actor.userId);
  if (!storageKey) throw notFound();
  await removeUnreferencedFiles(db, storage, [storageKey]);
}

/**
 * The attachment if the actor may download it: with the same right as its
 * ticket, never from an internal note for customers; a pending upload only by
 * its uploader. Anything else does not exist for the actor.
 */
export async function findDownloadableAttachment(
  db: Database,
  actor: Actor,
  id: string,
): Promise<AttachmentRow> {
  const found = await findAttachmentForDownload(db, id);
  if (!found) throw notFound();
  const { attachment, ticket, isInternal } = found;
  if (!ticket) {
    if (attachment.uploaderId !== actor.userId) throw notFound();
    return attachment;
  }
  // A colleague on the ticket downloads its files as its requester does.
  const participantIds = found.ticketId ? await findParticipantIds(db, found.ticketId) : [];
  if (!can(actor, 'ticket.view', { ...ticket, participantIds })) throw notFound();
  if (isInternal && !can(actor, 'ticket.add-internal-note', ticket)) throw notFound();
  return attachment;
}
