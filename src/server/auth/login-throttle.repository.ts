import { and, count, eq, gt, lt, max } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { loginFailures } from '../db/schema.js';
import type { FailureStats } from './login-throttle.js';

export async function insertLoginFailure(
  db: Executor,
  values: { email: string; source: string; ip: string },
): Promise<void> {
  await db.insert(loginFailures).values(values);
}

/** Failures of one source on one account since a time, and when the last one was. */
export async function accountSourceFailures(
  db: Executor,
  email: string,
  source: string,
  since: Date,
): Promise<FailureStats> {
  const [row] = await db
    .select({ count: count(), lastAt: max(loginFailures.createdAt) })
    .from(loginFailures)
    .where(
      and(
        eq(loginFailures.email, email),
        eq(loginFailures.source, source),
        gt(loginFailures.createdAt, since),
      ),
    );
  return { count: row?.count ?? 0, lastAt: row?.lastAt ?? null };
}

/** Failures from one address on any account since a time. */
export async function addressFailures(
  db: Executor,
  ip: string,
  since: Date,
): Promise<FailureStats> {
  const [row] = await db
    .select({ count: count(), lastAt: max(loginFailures.createdAt) })
    .from(loginFailures)
    .where(and(eq(loginFailures.ip, ip), gt(loginFailures.createdAt, since)));
  return { count: row?.count ?? 0, lastAt: row?.lastAt ?? null };
}

/** A successful login forgets that source's failures on the account. */
export async function clearLoginFailures(db: Executor, email: string, source: string) {
  await db
    .delete(loginFailures)
    .where(and(eq(loginFailures.email, email), eq(loginFailures.source, source)));
}

/** Failures older than any window are of no use; deleted with the expired sessions. */
export async function deleteLoginFailuresBefore(db: Executor, before: Date): Promise<void> {
  await db.delete(loginFailures).where(lt(loginFailures.createdAt, before));
}
