import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FileStorage, StoredFile, StoredKey } from './file-storage.js';
import { measuringStream } from './measuring-stream.js';

const KEY = /^[0-9a-f]{64}$/;
const FANOUT = /^[0-9a-f]{2}$/;

/** The names in a folder; none when it does not exist (nothing was stored yet). */
async function namesIn(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** When a file was last written; undefined when it is gone (another sweep, or a remove). */
async function modifiedAt(file: string): Promise<Date | undefined> {
  try {
    return (await stat(file)).mtime;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Files on local disk under `<root>/<aa>/<bb>/<sha256>`: named by their content,
 * written to a temporary name first so a half-written file is never visible.
 */
export function localFileStorage(root: string): FileStorage {
  const pathOf = (key: string) => {
    if (!KEY.test(key)) throw new Error(`not a storage key: ${key}`);
    return path.join(root, key.slice(0, 2), key.slice(2, 4), key);
  };
  const temporaryFolder = path.join(root, 'tmp');

  return {
    async save(stream: Readable, isComplete = () => true): Promise<StoredFile | undefined> {
      const temporary = path.join(temporaryFolder, randomBytes(12).toString('hex'));
      await mkdir(path.dirname(temporary), { recursive: true });
      const { stream: measure, measured } = measuringStream();
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
      const { sha256, sizeBytes, head } = measured();
      const final = pathOf(sha256);
      await mkdir(path.dirname(final), { recursive: true });
      await rename(temporary, final);
      return { key: sha256, sha256, sizeBytes, head };
    },

    open(key: string): Readable {
      return createReadStream(pathOf(key));
    },

    async remove(key: string): Promise<void> {
      await rm(pathOf(key), { force: true });
    },

    async *list(): AsyncIterable<StoredKey> {
      // Only <aa>/<bb>/<key>: `tmp` and anything else in the folder is not a stored file.
      for (const first of await namesIn(root)) {
        if (!FANOUT.test(first)) continue;
        for (const second of await namesIn(path.join(root, first))) {
          if (!FANOUT.test(second)) continue;
          for (const key of await namesIn(path.join(root, first, second))) {
            if (!KEY.test(key) || !key.startsWith(first + second)) continue;
            const at = await modifiedAt(pathOf(key));
            if (at) yield { key, modifiedAt: at };
          }
        }
      }
    },

    async removeIfUnchangedSince(key: string, since: Date): Promise<boolean> {
      // A save renames a freshly written file onto the same name, so a recent time means it is back in use.
      const at = await modifiedAt(pathOf(key));
      if (!at || at >= since) return false;
      await rm(pathOf(key), { force: true });
      return true;
    },

    async removeUnfinishedBefore(before: Date): Promise<number> {
      let removed = 0;
      for (const name of await namesIn(temporaryFolder)) {
        // A save still writing keeps touching its file: only an untouched one was abandoned.
        const at = await modifiedAt(path.join(temporaryFolder, name));
        if (!at || at >= before) continue;
        await rm(path.join(temporaryFolder, name), { force: true, recursive: true });
        removed += 1;
      }
      return removed;
    },
  };
}
