import { and, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { idempotencyKeys } from '../db/schema.js';

/** How long a key keeps its answer: retries come within minutes, a day is plenty. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

export interface IdempotencyClaim {
  userId: string;
  key: string;
  fingerprint: string;
}

/**
 * Claims a key for this transaction, or says it is taken. A key older than the
 * TTL is taken over as if new. When another transaction is writing the same key,
 * PostgreSQL makes this insert wait for it to end, so two racing retries never
 * both write: the second finds the first's key once it has committed.
 */
export async function claimIdempotencyKey(
  db: Executor,
  claim: IdempotencyClaim,
  now: Date,
): Promise<boolean> {
  const claimed = await db
    .insert(idempotencyKeys)
    .values({ ...claim, createdAt: now })
    .onConflictDoUpdate({
      target: [idempotencyKeys.userId, idempotencyKeys.key],
      set: {
        fingerprint: sql`excluded.fingerprint`,
        statusCode: null,
        response: null,
        createdAt: sql`excluded.created_at`,
      },
      setWhere: lt(idempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS)),
    })
    .returning({ key: idempotencyKeys.key });
  return claimed.length > 0;
}

/** A taken key: what it was used for and the answer that was given. */
export async function findIdempotencyKey(db: Executor, userId: string, key: string) {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)))
    .limit(1);
  return row;
}

/** Keeps the answer with its key, in the write's transaction. */
export async function saveIdempotentResponse(
  db: Executor,
  userId: string,
  key: string,
  statusCode: number,
  response: unknown,
): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ statusCode, response })
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
}

/** Forgets keys past the TTL (they would be taken over anyway); returns how many. */
export async function deleteExpiredIdempotencyKeys(db: Executor, now: Date): Promise<number> {
  const deleted = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS)))
    .returning({ key: idempotencyKeys.key });
  return deleted.length;
}
