import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Attachment, TicketFormOptions } from '../../../shared/api/tickets';
import type { Problem } from '../../../shared/problem';
import { isApiError } from '../../api/client';
import { discardUpload, uploadFile } from '../../api/uploads';
import { useUploadLimits } from './use-upload-limits';

export type UploadLimits = TicketFormOptions['uploadLimits'];

/** Why a file is not attached: refused here before upload, or the server's problem. */
export type UploadProblem =
  | { kind: 'too_big'; maxFileBytes: number }
  | { kind: 'too_many'; maxFiles: number }
  | { kind: 'server'; problem: Problem };

export interface UploadItem {
  key: string;
  file: File;
  /** refused: never sent (over a limit, or the server said it is too large); error: may retry. */
  status: 'uploading' | 'done' | 'error' | 'refused';
  progress: number;
  attachment?: Attachment;
  problem?: UploadProblem;
}

let nextKey = 0;

/**
 * The files of one message, each uploaded as soon as it is chosen (so sending the
 * message only passes their ids). Files over the limits are refused before upload.
 * The list survives a failed send; `clear` forgets it once the message is sent.
 */
export function useUploads(givenLimits: UploadLimits | undefined) {
  const limits = useUploadLimits(givenLimits);
  const [items, setItems] = useState<UploadItem[]>([]);
  const controllers = useRef(new Map<string, AbortController>());

  const patch = useCallback((key: string, change: Partial<UploadItem>) => {
    setItems((current) =>
      current.map((item) => (item.key === key ? { ...item, ...change } : item)),
    );
  }, []);

  const start = useCallback(
    (key: string, file: File) => {
      const controller = new AbortController();
      controllers.current.set(key, controller);
      patch(key, { status: 'uploading', progress: 0, problem: undefined });
      uploadFile(file, (progress) => patch(key, { progress }), controller.signal)
        .then((attachment) => patch(key, { status: 'done', progress: 1, attachment }))
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          if (!isApiError(error)) {
            patch(key, { status: 'error', problem: undefined });
            return;
          }
          const tooLarge = error.status === 413 || error.code === 'unsupported_media_type';
          patch(key, {
            status: tooLarge ? 'refused' : 'error',
            problem: { kind: 'server', problem: error.problem },
          });
        })
        .finally(() => controllers.current.delete(key));
    },
    [patch],
  );

  const add = useCallback(
    (files: File[]) => {
      let counted = items.filter((item) => item.status !== 'refused').length;
      const added: UploadItem[] = files.map((file) => {
        const key = `upload-${++nextKey}`;
        if (limits && counted >= limits.maxFiles) {
          return {
            key,
            file,
            status: 'refused',
            progress: 0,
            problem: { kind: 'too_many', maxFiles: limits.maxFiles },
          };
        }
        if (limits && file.size > limits.maxFileBytes) {
          return {
            key,
            file,
            status: 'refused',
            progress: 0,
            problem: { kind: 'too_big', maxFileBytes: limits.maxFileBytes },
          };
        }
        counted += 1;
        return { key, file, status: 'uploading', progress: 0 };
      });
      setItems((current) => [...current, ...added]);
      for (const item of added) if (item.status === 'uploading') start(item.key, item.file);
    },
    [items, limits, start],
  );

  const remove = useCallback((item: UploadItem) => {
    controllers.current.get(item.key)?.abort();
    // Taken back before sending: the server may forget the file now (it also cleans up later).
    if (item.attachment) void discardUpload(item.attachment.id).catch(() => undefined);
    setItems((current) => current.filter((other) => other.key !== item.key));
  }, []);

  const retry = useCallback((item: UploadItem) => start(item.key, item.file), [start]);

  const clear = useCallback(() => setItems([]), []);

  // Leaving the page stops uploads still running.
  useEffect(() => {
    const running = controllers.current;
    return () => {
      for (const controller of running.values()) controller.abort();
    };
  }, []);

  return useMemo(
    () => ({
      items,
      add,
      remove,
      retry,
      clear,
      attachmentIds: items.flatMap((item) => (item.attachment ? [item.attachment.id] : [])),
      isUploading: items.some((item) => item.status === 'uploading'),
      hasFailed: items.some((item) => item.status === 'error'),
    }),
    [items, add, remove, retry, clear],
  );
}

export type Uploads = ReturnType<typeof useUploads>;
