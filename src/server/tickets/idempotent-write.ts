import { createHash } from 'node:crypto';
import type { Executor } from '../db/database.js';
import { unprocessable } from '../http/errors.js';
import {
  claimIdempotencyKey,
  findIdempotencyKey,
  saveIdempotentResponse,
} from './idempotency.repository.js';

/** A write's `Idempotency-Key`, with who sent it and what it asked for. */
export interface IdempotencyRequest {
  userId: string;
  key: string;
  /** The route and its body: the same key for anything else is refused. */
  what: unknown;
}

/** The answer of a write: new, or the one a previous request with the same key got. */
export interface IdempotentAnswer<T> {
  statusCode: number;
  body: T;
  isReplay: boolean;
}

/** Stable JSON (keys sorted) so that the same body always fingerprints the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const fingerprintOf = (what: unknown) =>
  createHash('sha256').update(canonicalJson(what)).digest('hex');

/**
 * Runs `write` in the caller's transaction unless the key was already used: then
 * answers what the first request was answered (same status, same body), or 422
 * when the key came with a different request. The key and the answer are written
 * in the same transaction as the write, so they commit (or vanish) together.
 * Without a key, the write simply runs.
 */
export async function idempotentWrite<T>(
  tx: Executor,
  request: IdempotencyRequest | undefined,
  statusCode: number,
  write: () => Promise<T>,
): Promise<IdempotentAnswer<T>> {
  if (!request) return { statusCode, body: await write(), isReplay: false };
  const fingerprint = fingerprintOf(request.what);
  const claim = { userId: request.userId, key: request.key, fingerprint };
  if (!(await claimIdempotencyKey(tx, claim, new Date()))) {
    const taken = await findIdempotencyKey(tx, request.userId, request.key);
    if (!taken || taken.fingerprint !== fingerprint || taken.statusCode === null) {
      throw unprocessable('idempotency_key_reused', 'This key was used for another request');
    }
    return { statusCode: taken.statusCode, body: taken.response as T, isReplay: true };
  }
  const body = await write();
  await saveIdempotentResponse(tx, request.userId, request.key, statusCode, body);
  return { statusCode, body, isReplay: false };
}
