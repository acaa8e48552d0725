import { and, eq, lte, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { rateLimitCounters } from '../db/schema.js';

/**
 * Counts `hits` requests (one by default) against a key in one statement, whichever
 * process makes it: a new or lapsed window starts at them and ends `windowMs` from now;
 * a running one counts on. The row lock of the upsert orders concurrent hits, so no two
 * see the same count. Returns the count and the milliseconds left in the window.
 */
export async function countHit(
  db: Executor,
  key: string,
  windowMs: number,
  hits = 1,
): Promise<{ hits: number; ttlMs: number }> {
  const window = `${Math.max(1, Math.trunc(windowMs))} milliseconds`;
  const isLapsed = sql`${rateLimitCounters.windowEndsAt} <= clock_timestamp()`;
  const [row] = await db
    .insert(rateLimitCounters)
    .values({ key, hits, windowEndsAt: sql`clock_timestamp() + ${window}::interval` })
    .onConflictDoUpdate({
      target: rateLimitCounters.key,
      set: {
        hits: sql`case when ${isLapsed} then excluded.hits else ${rateLimitCounters.hits} + excluded.hits end`,
        windowEndsAt: sql`case when ${isLapsed} then excluded.window_ends_at else ${rateLimitCounters.windowEndsAt} end`,
      },
    })
    .returning({ hits: rateLimitCounters.hits, ttlMs: ttlMs() });
  if (!row) throw new Error('the rate-limit counter returned no row');
  return { hits: row.hits, ttlMs: Number(row.ttlMs) };
}

/** The count in a running window without counting (0 when none runs). */
export async function readHits(
  db: Executor,
  key: string,
): Promise<{ hits: number; ttlMs: number }> {
  const [row] = await db
    .select({ hits: rateLimitCounters.hits, ttlMs: ttlMs() })
    .from(rateLimitCounters)
    .where(
      and(
        eq(rateLimitCounters.key, key),
        sql`${rateLimitCounters.windowEndsAt} > clock_timestamp()`,
      ),
    );
  return row ? { hits: row.hits, ttlMs: Number(row.ttlMs) } : { hits: 0, ttlMs: 0 };
}

/** Milliseconds left in a counter's window, as the database's clock sees it. */
const ttlMs = () =>
  sql<string>`greatest(0, ceil(extract(epoch from (${rateLimitCounters.windowEndsAt} - clock_timestamp())) * 1000))::bigint`;

/** Forgets windows that ended before `before`: they count nothing any more. */
export async function deleteLapsedCounters(db: Executor, before: Date): Promise<number> {
  const deleted = await db
    .delete(rateLimitCounters)
    .where(lte(rateLimitCounters.windowEndsAt, before))
    .returning({ key: rateLimitCounters.key });
  return deleted.length;
}
