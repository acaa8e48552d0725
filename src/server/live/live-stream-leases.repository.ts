import { and, count, eq, gt, lte, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { liveStreamLeases } from '../db/schema.js';

/**
 * A lease for one more open stream of a user, unless `max` are open already on any
 * process. The per-user advisory lock makes the count and the insert one step: two
 * streams opened at once on two processes cannot both take the last place.
 */
export async function takeStreamLease(
  db: Executor,
  userId: string,
  max: number,
  leaseMs: number,
): Promise<string | undefined> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`live-streams:${userId}`}))`);
    // A crashed process's leases lapse: they no longer count, and go.
    await tx
      .delete(liveStreamLeases)
      .where(
        and(eq(liveStreamLeases.userId, userId), lte(liveStreamLeases.leaseUntil, sql`now()`)),
      );
    const [open] = await tx
      .select({ count: count() })
      .from(liveStreamLeases)
      .where(eq(liveStreamLeases.userId, userId));
    if ((open?.count ?? 0) >= max) return undefined;
    const [lease] = await tx
      .insert(liveStreamLeases)
      .values({ userId, leaseUntil: leaseEnd(leaseMs) })
      .returning({ id: liveStreamLeases.id });
    return lease?.id;
  });
}

/** Keeps a stream's lease alive (its process still holds the stream). */
export async function renewStreamLease(db: Executor, id: string, leaseMs: number): Promise<void> {
  await db
    .update(liveStreamLeases)
    .set({ leaseUntil: leaseEnd(leaseMs) })
    .where(and(eq(liveStreamLeases.id, id), gt(liveStreamLeases.leaseUntil, sql`now()`)));
}

/** Gives a stream's place back when it ends. */
export async function releaseStreamLease(db: Executor, id: string): Promise<void> {
  await db.delete(liveStreamLeases).where(eq(liveStreamLeases.id, id));
}

const leaseEnd = (leaseMs: number) =>
  sql`now() + ${`${Math.max(1, Math.trunc(leaseMs))} milliseconds`}::interval`;
