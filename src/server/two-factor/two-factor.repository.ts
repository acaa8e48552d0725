import { and, count, eq, isNull, type SQLWrapper, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { passkeys, recoveryCodes, securitySettings, totpFactors } from '../db/schema.js';

export type TotpFactorRow = typeof totpFactors.$inferSelect;
export type PasskeyRow = typeof passkeys.$inferSelect;

export async function findTotpFactor(
  db: Executor,
  userId: string,
): Promise<TotpFactorRow | undefined> {
  const [row] = await db.select().from(totpFactors).where(eq(totpFactors.userId, userId));
  return row;
}

/** Starts (or restarts) an enrolment: a new secret, not yet confirmed. */
export async function upsertPendingTotp(
  db: Executor,
  userId: string,
  secretEncrypted: string,
): Promise<void> {
  await db
    .insert(totpFactors)
    .values({ userId, secretEncrypted })
    .onConflictDoUpdate({
      target: totpFactors.userId,
      set: { secretEncrypted, confirmedAt: null, lastTimeStep: null, createdAt: new Date() },
    });
}

export async function confirmTotp(db: Executor, userId: string, timeStep: number): Promise<void> {
  await db
    .update(totpFactors)
    .set({ confirmedAt: new Date(), lastTimeStep: timeStep })
    .where(eq(totpFactors.userId, userId));
}

/**
 * Records a code's time step as used, only if it is after the last one; false when
 * another request used this step (or a later one) first, so two requests racing
 * with the same code cannot both pass.
 */
export async function claimTotpTimeStep(
  db: Executor,
  userId: string,
  timeStep: number,
): Promise<boolean> {
  const updated = await db
    .update(totpFactors)
    .set({ lastTimeStep: timeStep })
    .where(
      and(
        eq(totpFactors.userId, userId),
        sql`coalesce(${totpFactors.lastTimeStep}, -1) < ${timeStep}`,
      ),
    )
    .returning({ userId: totpFactors.userId });
  return updated.length > 0;
}

export async function deleteTotp(db: Executor, userId: string): Promise<boolean> {
  const deleted = await db
    .delete(totpFactors)
    .where(eq(totpFactors.userId, userId))
    .returning({ userId: totpFactors.userId });
  return deleted.length > 0;
}

/** Replaces every recovery code of the user (the old ones stop working). */
export async function replaceRecoveryCodes(
  db: Executor,
  userId: string,
  codeHashes: string[],
): Promise<void> {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  if (codeHashes.length > 0) {
    await db.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
  }
}

/** Uses up an unused recovery code; false when there is no such unused code. */
export async function consumeRecoveryCode(
  db: Executor,
  userId: string,
  codeHash: string,
): Promise<boolean> {
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return used.length > 0;
}

export async function countUnusedRecoveryCodes(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.value ?? 0;
}

export async function listPasskeysOfUser(db: Executor, userId: string): Promise<PasskeyRow[]> {
  return db.select().from(passkeys).where(eq(passkeys.userId, userId)).orderBy(passkeys.createdAt);
}

export async function insertPasskey(
  db: Executor,
  values: typeof passkeys.$inferInsert,
): Promise<PasskeyRow> {
  const [row] = await db.insert(passkeys).values(values).returning();
  return row!;
}

export async function findPasskeyOfUserByCredential(
  db: Executor,
  userId: string,
  credentialId: string,
): Promise<PasskeyRow | undefined> {
  const [row] = await db
    .select()
    .from(passkeys)
    .where(and(eq(passkeys.userId, userId), eq(passkeys.credentialId, credentialId)));
  return row;
}

export async function markPasskeyUsed(db: Executor, id: string, counter: number): Promise<void> {
  await db.update(passkeys).set({ counter, lastUsedAt: new Date() }).where(eq(passkeys.id, id));
}

/** Removes one of the user's passkeys; the deleted row's name, or undefined when none. */
export async function deletePasskeyOfUser(
  db: Executor,
  userId: string,
  id: string,
): Promise<string | undefined> {
  const [row] = await db
    .delete(passkeys)
    .where(and(eq(passkeys.id, id), eq(passkeys.userId, userId)))
    .returning({ name: passkeys.name });
  return row?.name;
}

export async function deleteAllPasskeys(db: Executor, userId: string): Promise<number> {
  const deleted = await db
    .delete(passkeys)
    .where(eq(passkeys.userId, userId))
    .returning({ id: passkeys.id });
  return deleted.length;
}

/** Which second factors a user has ready to use: a confirmed app, passkeys. */
/** Whether a user (an id, or a users.id column in a bigger statement) has a confirmed authenticator app. */
export const hasConfirmedTotp = (userId: SQLWrapper | string) =>
  sql<boolean>`exists (select 1 from ${totpFactors} where ${totpFactors.userId} = ${userId} and ${totpFactors.confirmedAt} is not null)`;

/** Whether a user has a passkey. */
export const hasPasskey = (userId: SQLWrapper | string) =>
  sql<boolean>`exists (select 1 from ${passkeys} where ${passkeys.userId} = ${userId})`;

/** Whether the admin requires a second factor of staff (security_settings' single row). */
export const staffTwoFactorRequired = () =>
  sql<boolean>`coalesce((select ${securitySettings.requireStaffTwoFactor} from ${securitySettings} where ${securitySettings.id} = 1), false)`;

export async function secondFactorsOf(
  db: Executor,
  userId: string,
): Promise<{ totp: boolean; passkey: boolean }> {
  const [row] = await db
    .select({ totp: hasConfirmedTotp(userId), passkey: hasPasskey(userId) })
    .from(sql`(select 1) as one`);
  return { totp: Boolean(row?.totp), passkey: Boolean(row?.passkey) };
}

export async function readRequireStaffTwoFactor(db: Executor): Promise<boolean> {
  const [row] = await db
    .select({ value: securitySettings.requireStaffTwoFactor })
    .from(securitySettings)
    .where(eq(securitySettings.id, 1));
  return row?.value ?? false;
}

export async function writeRequireStaffTwoFactor(db: Executor, value: boolean): Promise<void> {
  await db
    .insert(securitySettings)
    .values({ id: 1, requireStaffTwoFactor: value })
    .onConflictDoUpdate({
      target: securitySettings.id,
      set: { requireStaffTwoFactor: value, updatedAt: new Date() },
    });
}
