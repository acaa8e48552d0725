import { and, desc, eq, gt, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/database.js';
import { preparedStatement } from '../db/prepared-statements.js';
import { companies, sessions, users } from '../db/schema.js';
import {
  hasConfirmedTotp,
  hasPasskey,
  staffTwoFactorRequired,
} from '../two-factor/two-factor.repository.js';
import { userColumnsWithoutPassword } from '../users/users.repository.js';

export type SessionRow = typeof sessions.$inferSelect;

export async function insertSession(
  db: Executor,
  values: typeof sessions.$inferInsert,
): Promise<void> {
  await db.insert(sessions).values(values);
}

/**
 * The unexpired session with this id, with its user, the user's company (if any)
 * and what decides whether they must set up a second factor first: one prepared
 * statement, as every API request asks it.
 */
export async function findLiveSession(db: Database, id: string, now: Date) {
  const statement = preparedStatement(db, 'live-session', (name) =>
    db
      // Only what resolving a request uses: not the password hash, nor the rest of the company.
      .select({
        session: {
          id: sessions.id,
          createdAt: sessions.createdAt,
          lastSeenAt: sessions.lastSeenAt,
          authenticatedAt: sessions.authenticatedAt,
          awaitingSecondFactor: sessions.awaitingSecondFactor,
        },
        user: userColumnsWithoutPassword(),
        company: {
          id: companies.id,
          legalName: companies.legalName,
          tradeName: companies.tradeName,
          archivedAt: companies.archivedAt,
        },
        staffTwoFactorRequired: staffTwoFactorRequired(),
        hasSecondFactor: sql<boolean>`(${hasConfirmedTotp(users.id)} or ${hasPasskey(users.id)})`,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .leftJoin(companies, eq(companies.id, users.companyId))
      .where(
        and(eq(sessions.id, sql.placeholder('id')), gt(sessions.expiresAt, sql.placeholder('now'))),
      )
      .prepare(name),
  );
  const [row] = await statement.execute({ id, now: now.toISOString() });
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

/** Records that the user has just proven who they are again in this session. */
export async function markSessionAuthenticated(db: Executor, id: string, at: Date): Promise<void> {
  await db.update(sessions).set({ authenticatedAt: at }).where(eq(sessions.id, id));
}

/** Counts one more try at a login's second step; returns the tries so far. */
export async function countSecondFactorAttempt(db: Executor, id: string): Promise<number> {
  const [row] = await db
    .update(sessions)
    .set({ secondFactorAttempts: sql`${sessions.secondFactorAttempts} + 1` })
    .where(eq(sessions.id, id))
    .returning({ attempts: sessions.secondFactorAttempts });
  return row?.attempts ?? Number.POSITIVE_INFINITY;
}

/** Keeps the WebAuthn challenge given to this session (null forgets it). */
export async function setSessionChallenge(
  db: Executor,
  id: string,
  challenge: string | null,
): Promise<void> {
  await db.update(sessions).set({ webauthnChallenge: challenge }).where(eq(sessions.id, id));
}

/** The session's WebAuthn challenge, forgotten as it is read: each one serves one ceremony. */
export async function takeSessionChallenge(db: Executor, id: string): Promise<string | null> {
  const [before] = await db
    .select({ challenge: sessions.webauthnChallenge })
    .from(sessions)
    .where(eq(sessions.id, id));
  if (!before?.challenge) return null;
  await setSessionChallenge(db, id, null);
  return before.challenge;
}
