import { createReadStream, createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import tarStream from 'tar-stream';

/** Writes one .tar.gz, entry by entry; every entry's size is known before its bytes. */
export interface ArchiveWriter {
  addBuffer(name: string, content: Buffer): Promise<void>;
  addStream(name: string, size: number, content: Readable): Promise<void>;
  /** Ends the archive and waits until the file is fully written. */
  finish(): Promise<void>;
}

export function createArchiveWriter(file: string): ArchiveWriter {
  const pack = tarStream.pack();
  const written = pipeline(pack, createGzip(), createWriteStream(file, { mode: 0o600 }));
  // A write error rejects `written`; it is awaited in finish() and noted here so Node does
  // not report it as unhandled meanwhile.
  written.catch(() => {});
  const entryDone = (name: string, size: number, fill: (entry: NodeJS.WritableStream) => void) =>
    new Promise<void>((resolve, reject) => {
      const entry = pack.entry({ name, size, mode: 0o600 }, (error) =>
        error ? reject(error) : resolve(),
      );
      fill(entry);
    });
  return {
    addBuffer: (name, content) => entryDone(name, content.length, (entry) => entry.end(content)),
    addStream: (name, size, content) =>
      entryDone(name, size, (entry) => {
        content.on('error', (error) => entry.emit('error', error));
        content.pipe(entry);
      }),
    finish: async () => {
      pack.finalize();
      await written;
    },
  };
}

/**
 * Reads a .tar.gz entry by entry: `onEntry` gets each regular file's name and stream and
 * must consume it (or resume it) before the next one comes.
 */
export async function readArchive(
  file: string,
  onEntry: (name: string, content: Readable) => Promise<void>,
): Promise<void> {
  const extract = tarStream.extract();
  const reading = pipeline(createReadStream(file), createGunzip(), extract);
  // When `onEntry` throws, the loop stops reading and the pipeline fails as cut short: that
  // is expected then; otherwise its failure is awaited below.
  reading.catch(() => {});
  for await (const entry of extract) {
    if (entry.header.type !== 'file') {
      entry.resume();
      continue;
    }
    await onEntry(entry.header.name, entry as unknown as Readable);
  }
  await reading;
}

/** A whole entry's bytes (the manifest, the dump, a secret: small). */
export async function bufferOf(content: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of content) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
