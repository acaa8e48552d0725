import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FileStorage, StoredFile } from './file-storage.js';

const HEAD_BYTES = 4100; // what file-type needs to recognise a format

/**
 * Files on local disk under `<root>/<aa>/<bb>/<sha256>`: named by their content,
 * written to a temporary name first so a half-written file is never visible.
 */
export function localFileStorage(root: string): FileStorage {
  const pathOf = (key: string) => {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`not a storage key: ${key}`);
    return path.join(root, key.slice(0, 2), key.slice(2, 4), key);
  };

  return {
    async save(stream: Readable, isComplete = () => true): Promise<StoredFile | undefined> {
      const temporary = path.join(root, 'tmp', randomBytes(12).toString('hex'));
      await mkdir(path.dirname(temporary), { recursive: true });
      const hash = createHash('sha256');
      let sizeBytes = 0;
      const headChunks: Buffer[] = [];
      let headLength = 0;
      const measure = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          sizeBytes += chunk.length;
          if (headLength < HEAD_BYTES) {
            headChunks.push(chunk.subarray(0, HEAD_BYTES - headLength));
            headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
          }
          done(null, chunk);
        },
      });
      try {
        await pipeline(stream, measure, createWriteStream(temporary));
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      if (!isComplete()) {
        await rm(temporary, { force: true });
        return undefined;
      }
      const sha256 = hash.digest('hex');
      const final = pathOf(sha256);
      await mkdir(path.dirname(final), { recursive: true });
      await rename(temporary, final);
      return { key: sha256, sha256, sizeBytes, head: Buffer.concat(headChunks) };
    },

    open(key: string): Readable {
      return createReadStream(pathOf(key));
    },

    async remove(key: string): Promise<void> {
      await rm(pathOf(key), { force: true });
    },
  };
}
