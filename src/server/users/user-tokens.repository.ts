import { and, desc, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { userTokens } from '../db/schema.js';

export type UserTokenRow = typeof userTokens.$inferSelect;
export type UserTokenKind = UserTokenRow['kind'];

export async function insertUserToken(
  db: Executor,
  values: typeof userTokens.$inferInsert,
): Promise<UserTokenRow> {
  const [row] = await db.insert(userTokens).values(values).returning();
  return row!;
}

export async function findUserTokenByHash(
  db: Executor,
  tokenHash: string,
): Promise<UserTokenRow | undefined> {
  const [row] = await db
    .select()
    .from(userTokens)
    .where(eq(userTokens.tokenHash, tokenHash))
    .limit(1);
  return row;
}

/** Marks a token used, only if nobody used it first; false when it was already used. */
export async function consumeUserToken(db: Executor, id: string, now: Date): Promise<boolean> {
  const used = await db
    .update(userTokens)
    .set({ usedAt: now })
    .where(and(eq(userTokens.id, id), isNull(userTokens.usedAt), isNull(userTokens.revokedAt)))
    .returning({ id: userTokens.id });
  return used.length === 1;
}

/** Revokes a user's open tokens of a kind (a resent invitation makes the old link stop working). */
export async function revokeUserTokens(
  db: Executor,
  userId: string,
  kind: UserTokenKind,
  now: Date,
): Promise<number> {
  const revoked = await db
    .update(userTokens)
    .set({ revokedAt: now })
    .where(
      and(
        eq(userTokens.userId, userId),
        eq(userTokens.kind, kind),
        isNull(userTokens.usedAt),
        isNull(userTokens.revokedAt),
        gt(userTokens.expiresAt, now),
      ),
    )
    .returning({ id: userTokens.id });
  return revoked.length;
}

/** The newest token of a kind for each of some users. */
export async function latestUserTokens(db: Executor, userIds: string[], kind: UserTokenKind) {
  if (userIds.length === 0) return new Map<string, UserTokenRow>();
  const rows = await db
    .select()
    .from(userTokens)
    .where(and(inArray(userTokens.userId, userIds), eq(userTokens.kind, kind)))
    .orderBy(desc(userTokens.createdAt));
  const latest = new Map<string, UserTokenRow>();
  for (const row of rows) if (!latest.has(row.userId)) latest.set(row.userId, row);
  return latest;
}
