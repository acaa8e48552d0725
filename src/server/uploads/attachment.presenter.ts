import type { Attachment } from '../../shared/api/tickets.js';
import type { AttachmentRow } from './attachments.repository.js';
import { isInlineImage } from './content-type.js';

/** A file as the API shows it: only these columns of its row are needed. */
export function presentAttachment(
  row: Pick<AttachmentRow, 'id' | 'fileName' | 'sizeBytes' | 'contentType'>,
): Attachment {
  return {
    id: row.id,
    fileName: row.fileName,
    sizeBytes: row.sizeBytes,
    contentType: row.contentType,
    isImage: isInlineImage(row.contentType),
  };
}
