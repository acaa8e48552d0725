import { Signer, type UnsignResult } from '@fastify/cookie';
import type { Database } from '../db/database.js';
import { type ServerSecretRow, secretsOf } from './server-secrets.repository.js';

/**
 * How often a process reads the cookie keys again. A rotation's new key signs only
 * after two of these, so every process verifies it before any process signs with it.
 */
export const SESSION_KEY_REFRESH_MS = 60_000;

/** The cookie signer of a server whose keys live in the database, rotatable while running. */
export interface SessionKeyRing {
  /** Signs with the key in force. */
  sign(value: string): string;
  /** Verifies with every unretired key; `renew` when it was not the signing one. */
  unsign(value: string): UnsignResult;
  /** Reads the keys again (a rotation made by another process or the command). */
  refresh(): Promise<void>;
  /** Stops the periodic refresh. */
  stop(): void;
}

/**
 * The keys in force at `now`: the newest one past its `signsFrom` signs; it and every
 * other unretired one verify (the previous, for its grace period; the next, before it signs).
 */
export function keysInForce(rows: ServerSecretRow[], now: Date): string[] {
  const live = rows.filter((row) => !row.retiresAt || row.retiresAt > now);
  const signing = live.filter((row) => row.signsFrom <= now).at(-1) ?? live[0];
  if (!signing) throw new Error('no session key in force: every stored key has retired');
  return [signing.secret, ...live.filter((row) => row !== signing).map((row) => row.secret)];
}

/** Loads the session keys and keeps them fresh every SESSION_KEY_REFRESH_MS. */
export async function startSessionKeyRing(
  db: Database,
  onRefreshError: (error: unknown) => void,
  refreshMs = SESSION_KEY_REFRESH_MS,
): Promise<SessionKeyRing> {
  let signer = new Signer(keysInForce(await secretsOf(db, 'session'), new Date()));
  const refresh = async () => {
    signer = new Signer(keysInForce(await secretsOf(db, 'session'), new Date()));
  };
  const timer = setInterval(() => refresh().catch(onRefreshError), refreshMs);
  timer.unref();
  return {
    sign: (value: string) => signer.sign(value),
    unsign: (value: string): UnsignResult => signer.unsign(value),
    refresh,
    stop: () => clearInterval(timer),
  };
}
