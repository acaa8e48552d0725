import { and, desc, eq, gt, inArray, lt, ne } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { companies, sessions, users } from '../db/schema.js';

export type SessionRow = typeof sessions.$inferSelect;

export async function insertSession(
  db: Executor,
  values: typeof sessions.$inferInsert,
): Promise<void> {
  await db.insert(sessions).values(values);
}

/** The unexpired session with this id, with its user and the user's company (if any). */
export async function findLiveSession(db: Executor, id: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, user: users, company: companies })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(companies, eq(companies.id, users.companyId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)))
    .limit(1);
  return row;
}

export async function extendSession(
  db: Executor,
  id: string,
  expiresAt: Date,
  now: Date,
): Promise<void> {
  await db.update(sessions).set({ expiresAt, lastSeenAt: now }).where(eq(sessions.id, id));
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** A user's unexpired sessions, the most recently used first. */
export async function listLiveSessionsOfUser(
  db: Executor,
  userId: string,
  now: Date,
): Promise<SessionRow[]> {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastSeenAt), desc(sessions.createdAt));
}

/** Ends one session of a user; false when the user has no such session. */
export async function deleteSessionOfUser(
  db: Executor,
  userId: string,
  id: string,
): Promise<boolean> {
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.id, id), eq(sessions.userId, userId)))
    .returning({ id: sessions.id });
  return deleted.length > 0;
}

/** Ends every session of a user, or every one but `exceptId`; says how many ended. */
export async function deleteUserSessions(
  db: Executor,
  userId: string,
  exceptId?: string,
): Promise<number> {
  const deleted = await db
    .delete(sessions)
    .where(
      exceptId
        ? and(eq(sessions.userId, userId), ne(sessions.id, exceptId))
        : eq(sessions.userId, userId),
    )
    .returning({ id: sessions.id });
  return deleted.length;
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

/** Ends the sessions of every person of a company (it was archived). */
export async function deleteSessionsOfCompany(db: Executor, companyId: string): Promise<void> {
  await db
    .delete(sessions)
    .where(
      inArray(
        sessions.userId,
        db.select({ id: users.id }).from(users).where(eq(users.companyId, companyId)),
      ),
    );
}
