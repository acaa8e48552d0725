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
  /**
   * Stores a stream under its content hash. Keeps nothing and rejects if the
   * stream fails; keeps nothing and returns undefined if `isComplete` says the
   * stream was cut short.
   */
  save(stream: Readable, isComplete?: () => boolean): Promise<StoredFile | undefined>;
  /** Reads a stored file back. */
  open(key: string): Readable;
  /** Deletes a stored file; nothing happens if it is not there. */
  remove(key: string): Promise<void>;
}
