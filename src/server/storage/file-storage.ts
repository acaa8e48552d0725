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
  /**
   * Every stored file with when it was last written, for the sweep that looks
   * for files no row names. A file being saved now shows a fresh time.
   */
  list(): AsyncIterable<StoredKey>;
  /**
   * Deletes a stored file unless it was written at or after `since` (an upload
   * of the same bytes may have just put it back). True when it was deleted.
   */
  removeIfUnchangedSince(key: string, since: Date): Promise<boolean>;
  /** Deletes what saves cut short (a crash mid-write) left behind, if untouched since `before`; how many. */
  removeUnfinishedBefore(before: Date): Promise<number>;
}

export interface StoredKey {
  key: string;
  modifiedAt: Date;
}
