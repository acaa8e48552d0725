import { createHash, randomBytes } from 'node:crypto';

/** A new random session token (256 bits) for the cookie. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

/** The id a session is stored under: the token's SHA-256, so a database leak gives no cookies. */
export const sessionIdFromToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');
