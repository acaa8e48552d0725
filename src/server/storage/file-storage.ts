import type { Readable } from 'node:stream';

export interface StoredFile {
  /** Where the bytes live; the same for identical content. */
  key: string;
  sha256: string;
  sizeBytes: number;
  /** The first bytes, for detecting the real type of the file. */
  head: Buffer;
}

/** Where uploaded files are kept: local disk now, an S3-compatible store when there are several servers. */
export interface FileStorage {
  /** Stores a stream under its content hash; rejects (and keeps nothing) if the stream fails. */
  save(stream: Readable): Promise<StoredFile>;
  /** Reads a stored file back. */
  open(key: string): Readable;
}
