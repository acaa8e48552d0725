import { fileTypeFromBuffer } from 'file-type';

// Images a browser may show inline as thumbnails. SVG is deliberately absent: it can carry script.
const INLINE_IMAGE_TYPES = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/avif',
]);

export const isInlineImage = (contentType: string): boolean => INLINE_IMAGE_TYPES.has(contentType);

/**
 * The real type of a file, from its first bytes, never from its name or the
 * browser's claim. Text and unknown formats are reported as what is safe to serve.
 */
export async function detectContentType(head: Buffer): Promise<string> {
  const detected = await fileTypeFromBuffer(head);
  if (detected) return detected.mime;
  return isProbablyText(head) ? 'text/plain' : 'application/octet-stream';
}

function isProbablyText(head: Buffer): boolean {
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(
      head.subarray(0, Math.max(0, head.length - 4)),
    );
    return true;
  } catch {
    return false;
  }
}
