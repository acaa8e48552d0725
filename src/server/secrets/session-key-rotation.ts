import { randomBytes } from 'node:crypto';
import type { Database } from '../db/database.js';
import { addSecretGeneration } from './server-secrets.repository.js';
import { SESSION_KEY_REFRESH_MS } from './session-key-ring.js';

/** How long the previous cookie key still verifies, unless told otherwise: a day. */
export const DEFAULT_ROTATION_GRACE_HOURS = 24;

/**
 * Adds a new cookie-signing key. Every process reads keys each SESSION_KEY_REFRESH_MS,
 * so the new key first only verifies and signs after two such periods: no process
 * meets a cookie signed with a key it does not know yet. The previous keys verify for
 * `graceHours` more (0: the moment the new one signs, for a leaked key); a cookie signed
 * with one is signed again with the new key when its session is next renewed.
 */
export async function rotateSessionKey(
  db: Database,
  options: { graceHours: number; now?: Date },
): Promise<{ generation: number; signsFrom: Date; previousRetireAt: Date }> {
  const now = options.now ?? new Date();
  const signsFrom = new Date(now.getTime() + 2 * SESSION_KEY_REFRESH_MS);
  const previousRetireAt = new Date(signsFrom.getTime() + options.graceHours * 60 * 60 * 1000);
  const generation = await addSecretGeneration(db, 'session', {
    secret: randomBytes(32).toString('base64url'),
    signsFrom,
    retireOthersAt: previousRetireAt,
  });
  return { generation, signsFrom, previousRetireAt };
}
