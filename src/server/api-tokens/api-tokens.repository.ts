import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/database.js';
import { apiTokens, companies, users } from '../db/schema.js';
import { userColumnsWithoutPassword } from '../users/users.repository.js';

export type ApiTokenRow = typeof apiTokens.$inferSelect;
export type NewApiTokenRow = typeof apiTokens.$inferInsert;

export async function insertApiToken(db: Executor, values: NewApiTokenRow): Promise<ApiTokenRow> {
  const [row] = await db.insert(apiTokens).values(values).returning();
  return row!;
}

/**
 * The token stored under a secret's hash, with the user it acts as (without the
 * password hash, as a session's user) and their company.
 */
export async function findTokenBySecretHash(db: Executor, secretHash: string) {
  const [row] = await db
    .select({ token: apiTokens, user: userColumnsWithoutPassword(), company: companies })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .leftJoin(companies, eq(companies.id, users.companyId))
    .where(eq(apiTokens.secretHash, secretHash))
    .limit(1);
  return row;
}

/**
 * Records a use unless one was recorded after `staleBefore`: the condition in the
 * `where` makes it at most one write a minute however many requests run at once.
 */
export async function touchApiToken(
  db: Executor,
  id: string,
  now: Date,
  staleBefore: Date,
): Promise<void> {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiTokens.id, id),
        or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, staleBefore)),
      ),
    );
}

/** Marks a live token revoked; answers whether one was. */
export async function revokeApiToken(
  db: Executor,
  id: string,
  revokedById: string,
): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: new Date(), revokedById })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

const actingUser = alias(users, 'acting_user');
const creator = alias(users, 'creator');

const listColumns = {
  token: apiTokens,
  actsAs: {
    id: actingUser.id,
    firstName: actingUser.firstName,
    lastName: actingUser.lastName,
    email: actingUser.email,
    role: actingUser.role,
  },
  company: {
    id: companies.id,
    name: sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})`,
  },
  createdBy: { id: creator.id, firstName: creator.firstName, lastName: creator.lastName },
};

function listQuery(db: Executor) {
  return db
    .select(listColumns)
    .from(apiTokens)
    .innerJoin(actingUser, eq(actingUser.id, apiTokens.userId))
    .leftJoin(companies, eq(companies.id, actingUser.companyId))
    .leftJoin(creator, eq(creator.id, apiTokens.createdById));
}

export type ApiTokenListRow = Awaited<ReturnType<typeof listPersonalTokens>>[number];

/** One's own personal tokens, newest first. */
export function listPersonalTokens(db: Executor, userId: string) {
  return listQuery(db)
    .where(and(eq(apiTokens.userId, userId), eq(apiTokens.kind, 'personal')))
    .orderBy(desc(apiTokens.createdAt));
}

/** Every service token, newest first: the console's list. */
export function listServiceTokens(db: Executor) {
  return listQuery(db).where(eq(apiTokens.kind, 'service')).orderBy(desc(apiTokens.createdAt));
}

/** One token as lists show it. */
export async function findTokenListRow(db: Executor, id: string) {
  const [row] = await listQuery(db).where(eq(apiTokens.id, id)).limit(1);
  return row;
}
