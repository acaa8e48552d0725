import { and, count, eq, gt } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { userTokens } from '../db/schema.js';

/** Reset links issued to a user since a moment: the per-account limit counts these. */
export async function countResetTokensSince(
  db: Executor,
  userId: string,
  since: Date,
): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(userTokens)
    .where(
      and(
        eq(userTokens.userId, userId),
        eq(userTokens.kind, 'password_reset'),
        gt(userTokens.createdAt, since),
      ),
    );
  return row?.value ?? 0;
}
