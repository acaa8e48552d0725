import { randomInt, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The one-time code that proves the person creating the first admin can read the server's files. */
export interface SetupCodeStore {
  /** True when the given code matches (in constant time). */
  matches(code: string): boolean;
  /** Forgets the code once the first admin exists. */
  consume(): void;
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
 * The code kept in DATA_DIR/setup-code (the way Jenkins keeps its initial password):
 * made once, kept across restarts until the first admin exists, then deleted.
 */
export function fileSetupCode(dataDir: string): {
  store: SetupCodeStore;
  code: string;
  file: string;
} {
  const file = path.join(dataDir, 'setup-code');
  const code = existsSync(file) ? readFileSync(file, 'utf8').trim() : generateSetupCode();
  writeFileSync(file, `${code}\n`, { mode: 0o600 });
  const memory = memorySetupCode(code);
  return {
    code,
    file,
    store: {
      matches: memory.matches,
      consume: () => {
        memory.consume();
        rmSync(file, { force: true });
      },
    },
  };
}
