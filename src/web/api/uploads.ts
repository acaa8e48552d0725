import type { Attachment } from '../../shared/api/tickets';
import type { ApiOperation, ApiResponse } from './api-contract';
import { ApiError, apiRequest, problemFromText } from './client';

type UploadAnswer = ApiResponse<ApiOperation<'POST', '/api/uploads'>>;

/**
 * Uploads one file (multipart field "file") before the ticket or reply that uses
 * it is sent, reporting progress from 0 to 1. XMLHttpRequest, because fetch
 * cannot report upload progress. Fails with an ApiError (413 payload_too_large…).
 */
export function uploadFile(
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<Attachment> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/uploads');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status === 201) {
        try {
          // Typed as the document's answer to POST /api/uploads, which must be an Attachment.
          const uploaded: UploadAnswer = JSON.parse(xhr.responseText);
          resolve(uploaded);
          return;
        } catch {
          // Falls through to the generic failure below.
        }
      }
      reject(
        new ApiError(problemFromText(xhr.status === 201 ? 500 : xhr.status, xhr.responseText)),
      );
    };
    xhr.onerror = () => reject(new ApiError(problemFromText(0, 'Upload failed')));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const body = new FormData();
    body.append('file', file, file.name);
    xhr.send(body);
  });
}

/** Removes an upload that no message uses yet (the user took the file back). */
export function discardUpload(id: string): Promise<void> {
  return apiRequest('DELETE', '/api/uploads/{id}', { params: { id } });
}
