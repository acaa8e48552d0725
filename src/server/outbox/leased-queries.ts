import { and, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/database.js';

/** A durable queue table a worker claims rows of for a lease (the email and webhook outboxes). */
export type LeasedTable = PgTable & {
  id: PgColumn;
  /** 'pending' while the row is work still to do. */
  status: PgColumn;
  attempts: PgColumn;
  /** When the row is due: its next try, or the end of the lease of the worker holding it. */
  nextAttemptAt: PgColumn;
  claimedBy: PgColumn;
};

/**
 * When a row written now is due, from this process's clock: the one a worker's claim
 * compares with. The column's default (the transaction's start, to the microsecond)
 * could lie a fraction of a millisecond after a claim made at once (its clock in
 * milliseconds), and the row would wait a round.
 */
export const dueNow = (): Date => new Date();

export interface ClaimRequest {
  workerId: string;
  now: Date;
  leaseUntil: Date;
  limit: number;
}

/**
 * The claim, renew and release statements of a leased outbox table, written once
 * for every such table so that their locking is the same.
 */
export function leasedQueries<T extends LeasedTable>(table: T) {
  const setOf = (values: Record<string, unknown>) => values as PgUpdateSetSource<T>;
  return {
    /**
     * Claims up to `limit` due rows for one worker: counts the attempt, records the
     * worker and moves `nextAttemptAt` to the end of its lease, in one statement.
     * SKIP LOCKED lets workers in other processes claim other rows at the same
     * moment, never the same. An expired lease is due like any other row: that is
     * how a dead worker's claims pass to a live one. RETURNING keeps no order.
     */
    async claimDue(db: Executor, claim: ClaimRequest): Promise<T['$inferSelect'][]> {
      const due = db
        .select({ id: table.id })
        .from(table as PgTable)
        .where(and(eq(table.status, 'pending'), lte(table.nextAttemptAt, claim.now)))
        .orderBy(table.nextAttemptAt)
        .limit(claim.limit)
        .for('update', { skipLocked: true });
      const rows = await db
        .update(table)
        .set(
          setOf({
            attempts: sql`${table.attempts} + 1`,
            nextAttemptAt: claim.leaseUntil,
            claimedBy: claim.workerId,
          }),
        )
        .where(inArray(table.id, due))
        .returning();
      return rows as T['$inferSelect'][];
    },

    /**
     * Extends the worker's lease on those of `ids` it still holds (a heartbeat) and
     * returns them: an id missing from the answer was finished, or taken over by
     * another worker after this one missed its lease, and must not be handled.
     */
    async renew(
      db: Executor,
      workerId: string,
      ids: string[],
      leaseUntil: Date,
    ): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const held = await db
        .update(table)
        .set(setOf({ nextAttemptAt: leaseUntil }))
        .where(
          and(inArray(table.id, ids), eq(table.claimedBy, workerId), eq(table.status, 'pending')),
        )
        .returning({ id: table.id });
      return new Set(held.map((row) => String(row.id)));
    },

    /**
     * Makes every claimed row due now. Only for a database one process can open (the
     * embedded one, its data dir locked): at start, any claim there belongs to a
     * process that is gone. Returns how many were released.
     */
    async releaseAll(db: Executor, now: Date): Promise<number> {
      const released = await db
        .update(table)
        .set(setOf({ nextAttemptAt: now, claimedBy: null }))
        .where(and(eq(table.status, 'pending'), isNotNull(table.claimedBy)))
        .returning({ id: table.id });
      return released.length;
    },
  };
}
