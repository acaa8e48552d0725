import { createHash, randomBytes } from 'node:crypto';
import type { ApiTokenKind } from '../../shared/api/api-tokens.js';

/** Recognisable prefixes, so that secret scanners (and people) can tell an Aitima key. */
const PREFIXES: Record<ApiTokenKind, string> = {
  personal: 'aitima_pat_',
  service: 'aitima_svc_',
};
// Prefix and four characters of the random part: enough to tell keys apart in a list.
const SHOWN_RANDOM_CHARS = 4;

/** A new secret: a prefix and 256 random bits; returned once, never stored. */
export function newTokenSecret(kind: ApiTokenKind): { secret: string; prefix: string } {
  const secret = PREFIXES[kind] + randomBytes(32).toString('base64url');
  return { secret, prefix: secret.slice(0, PREFIXES[kind].length + SHOWN_RANDOM_CHARS) };
}

/**
 * What is stored and looked up: the secret's SHA-256. A slow hash (argon2) is not
 * needed for 256 random bits, and a fast one keeps every API request cheap.
 */
export const hashTokenSecret = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex');

/** The token of an `Authorization: Bearer …` header, or undefined when there is none. */
export function bearerTokenOf(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
}
