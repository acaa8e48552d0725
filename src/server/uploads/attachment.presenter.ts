import type { Attachment } from '../../shared/api/tickets.js';
import type { AttachmentRow } from './attachments.repository.js';
import { isInlineImage } from './content-type.js';

export function presentAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    fileName: row.fileName,
    sizeBytes: row.sizeBytes,
    contentType: row.contentType,
    isImage: isInlineImage(row.contentType),
  };
}
