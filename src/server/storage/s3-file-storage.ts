import { randomBytes } from 'node:crypto';
import { PassThrough, type Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  paginateListObjectsV2,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { FileStorage, StoredFile, StoredKey } from './file-storage.js';
import { measuringStream } from './measuring-stream.js';

const KEY = /^[0-9a-f]{64}$/;
const FILES = 'files/';
const UNFINISHED = 'tmp/';

/** Where an S3-compatible store is and how to sign in to it (S3_* variables). */
export interface S3Settings {
  endpoint?: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** bucket.host/key (AWS) or host/bucket/key (MinIO, s3rver and most others). */
  forcePathStyle: boolean;
}

/** A client for the settings; the SDK retries throttled and failed requests itself. */
export function s3ClientOf(settings: S3Settings): S3Client {
  return new S3Client({
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: {
      accessKeyId: settings.accessKeyId,
      secretAccessKey: settings.secretAccessKey,
    },
  });
}

const isMissing = (error: unknown) =>
  error instanceof S3ServiceException &&
  (error.name === 'NotFound' ||
    error.name === 'NoSuchKey' ||
    error.$metadata.httpStatusCode === 404);

/**
 * Files in an S3-compatible bucket under `files/<sha256>`, the same content-addressed
 * keys as on disk. A save streams to `tmp/<random>` as a multipart upload of unknown
 * length (never held whole in memory), hashing on the way, then copies it to its key
 * on the server and deletes the temporary object: a half-written file is never
 * visible under a key. Every save writes the key again, so its time is fresh.
 */
export function s3FileStorage(
  client: S3Client,
  bucket: string,
  options: { pageSize?: number } = {},
): FileStorage {
  const paging = { client, pageSize: options.pageSize ?? 1000 };
  const keyOf = (key: string) => {
    if (!KEY.test(key)) throw new Error(`not a storage key: ${key}`);
    return FILES + key;
  };
  const removeObject = (objectKey: string) =>
    client.send(new DeleteObjectCommand({ Bucket: bucket, Key: objectKey }));

  return {
    async save(stream: Readable, isComplete = () => true): Promise<StoredFile | undefined> {
      const temporary = UNFINISHED + randomBytes(12).toString('hex');
      const { stream: measure, measured } = measuringStream();
      // An error of the source (a client gone, a file over the limit) fails the upload.
      stream.on('error', (error) => measure.destroy(error));
      const upload = new Upload({
        client,
        params: { Bucket: bucket, Key: temporary, Body: stream.pipe(measure) },
        // A failed upload aborts its multipart upload rather than leave parts behind.
        leavePartsOnError: false,
      });
      try {
        await upload.done();
      } catch (error) {
        await upload.abort().catch(() => {});
        await removeObject(temporary).catch(() => {});
        throw error;
      }
      if (!isComplete()) {
        await removeObject(temporary);
        return undefined;
      }
      const { sha256, sizeBytes, head } = measured();
      await client.send(
        new CopyObjectCommand({
          Bucket: bucket,
          Key: keyOf(sha256),
          CopySource: `${bucket}/${temporary}`,
          // Written anew each time (not "unchanged"), so the sweep sees a fresh time.
          MetadataDirective: 'REPLACE',
          Metadata: { saved: new Date().toISOString() },
        }),
      );
      await removeObject(temporary);
      return { key: sha256, sha256, sizeBytes, head };
    },

    open(key: string): Readable {
      // Streamed from the bucket as it arrives: a large file never sits in memory.
      const out = new PassThrough();
      client.send(new GetObjectCommand({ Bucket: bucket, Key: keyOf(key) })).then(
        (object) => {
          const body = object.Body as Readable | undefined;
          if (!body) {
            out.destroy(new Error(`no body for stored file ${key}`));
            return;
          }
          body.on('error', (error) => out.destroy(error));
          out.on('close', () => body.destroy());
          body.pipe(out);
        },
        (error: unknown) => out.destroy(error as Error),
      );
      return out;
    },

    async remove(key: string): Promise<void> {
      await removeObject(keyOf(key));
    },

    async *list(): AsyncIterable<StoredKey> {
      for await (const page of paginateListObjectsV2(
        { client },
        { Bucket: bucket, Prefix: FILES },
      )) {
        for (const object of page.Contents ?? []) {
          const key = object.Key?.slice(FILES.length) ?? '';
          if (KEY.test(key) && object.LastModified) yield { key, modifiedAt: object.LastModified };
        }
      }
    },

    async removeIfUnchangedSince(key: string, since: Date): Promise<boolean> {
      // S3 has no "delete unless written since" for ordinary buckets (If-Match on the
      // ETag would not see the same bytes saved again): the time is read, then the object
      // deleted, the same narrow window as stat-then-unlink on disk.
      let modifiedAt: Date | undefined;
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: keyOf(key) }));
        modifiedAt = head.LastModified;
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
      if (!modifiedAt || modifiedAt >= since) return false;
      await removeObject(keyOf(key));
      return true;
    },

    async removeUnfinishedBefore(before: Date): Promise<number> {
      let removed = 0;
      // Temporary objects of saves that completed their upload but died before the copy.
      for await (const page of paginateListObjectsV2(paging, {
        Bucket: bucket,
        Prefix: UNFINISHED,
      })) {
        for (const object of page.Contents ?? []) {
          if (!object.Key || !object.LastModified || object.LastModified >= before) continue;
          await removeObject(object.Key);
          removed += 1;
        }
      }
      // Multipart uploads a crash left open: their parts are stored (and billed) until aborted.
      removed += await abortMultipartUploadsBefore(client, bucket, before);
      return removed;
    },
  };
}

/** Aborts the unfinished multipart uploads of saves begun before `before`; how many. */
async function abortMultipartUploadsBefore(
  client: S3Client,
  bucket: string,
  before: Date,
): Promise<number> {
  let aborted = 0;
  let keyMarker: string | undefined;
  let uploadIdMarker: string | undefined;
  do {
    let page: Awaited<ReturnType<typeof listUploads>>;
    try {
      page = await listUploads(client, bucket, keyMarker, uploadIdMarker);
    } catch (error) {
      // Some S3-compatible servers (s3rver) do not list uploads; a lifecycle rule
      // (AbortIncompleteMultipartUpload) is the bucket's own remedy there.
      if (error instanceof S3ServiceException && error.name === 'NotImplemented') return aborted;
      throw error;
    }
    for (const upload of page.Uploads ?? []) {
      if (!upload.Key || !upload.UploadId || !upload.Initiated || upload.Initiated >= before) {
        continue;
      }
      await client.send(
        new AbortMultipartUploadCommand({
          Bucket: bucket,
          Key: upload.Key,
          UploadId: upload.UploadId,
        }),
      );
      aborted += 1;
    }
    keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
    uploadIdMarker = page.IsTruncated ? page.NextUploadIdMarker : undefined;
  } while (keyMarker);
  return aborted;
}

const listUploads = (
  client: S3Client,
  bucket: string,
  keyMarker: string | undefined,
  uploadIdMarker: string | undefined,
) =>
  client.send(
    new ListMultipartUploadsCommand({
      Bucket: bucket,
      Prefix: UNFINISHED,
      ...(keyMarker ? { KeyMarker: keyMarker } : {}),
      ...(uploadIdMarker ? { UploadIdMarker: uploadIdMarker } : {}),
    }),
  );
