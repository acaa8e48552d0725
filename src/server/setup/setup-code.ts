import { randomInt, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/database.js';
import { deleteSecrets, firstSecret } from '../secrets/server-secrets.repository.js';

/** The one-time code that proves the person creating the first admin can read the server's files. */
export interface SetupCodeStore {
  /** True when the given code matches (in constant time). */
  matches(code: string): boolean;
  /** Forgets the code once the first admin exists. */
  consume(): void | Promise<void>;
}

// No 0/O or 1/I/L, so that the code can be read off a log and typed without mistakes.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function generateSetupCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

const normalise = (code: string) => code.trim().toUpperCase().replace(/[\s-]/g, '');

/** Compares two codes in constant time, ignoring case, spaces and dashes. */
export function codesMatch(expected: string, given: string): boolean {
  const a = Buffer.from(normalise(expected));
  const b = Buffer.from(normalise(given));
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A store held in memory, for tests. */
export function memorySetupCode(code: string): SetupCodeStore {
  let current: string | undefined = code;
  return {
    matches: (given) => current !== undefined && codesMatch(current, given),
    consume: () => {
      current = undefined;
    },
  };
}

/**
 * The one code for every process on the database (the way Jenkins keeps its initial
 * password, but shared): the first process to start stores it, the others read it. A
 * copy goes to DATA_DIR/setup-code for whoever reads the server's files; a code an older
 * version left there is kept. Deleted, in the database and the file, once used.
 */
export async function sharedSetupCode(
  db: Database,
  dataDir: string,
): Promise<{ store: SetupCodeStore; code: string; file: string }> {
  const file = path.join(dataDir, 'setup-code');
  const earlier = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  const code = await firstSecret(db, 'setup_code', earlier || generateSetupCode());
  writeFileSync(file, `${code}\n`, { mode: 0o600 });
  const memory = memorySetupCode(code);
  return {
    code,
    file,
    store: {
      matches: memory.matches,
      consume: async () => {
        memory.consume();
        rmSync(file, { force: true });
        await deleteSecrets(db, 'setup_code');
      },
    },
  };
}
