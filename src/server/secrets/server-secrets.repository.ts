import { and, asc, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { serverSecrets } from '../db/schema.js';

export type SecretPurpose = 'session' | 'encryption' | 'setup_code';

export interface ServerSecretRow {
  generation: number;
  secret: string;
  signsFrom: Date;
  retiresAt: Date | null;
}

/**
 * The first generation of a secret: this one if no process stored one yet, else the one
 * stored. Two processes starting at once both insert; the key makes one of them a no-op,
 * and both then read the same row.
 */
export async function firstSecret(
  db: Executor,
  purpose: SecretPurpose,
  candidate: string,
): Promise<string> {
  await db
    .insert(serverSecrets)
    .values({ purpose, generation: 1, secret: candidate })
    .onConflictDoNothing();
  const rows = await secretsOf(db, purpose);
  const first = rows[0];
  if (!first) throw new Error(`the ${purpose} secret was stored but cannot be read back`);
  return first.secret;
}

/** Every generation of a secret still stored, oldest first. */
export async function secretsOf(db: Executor, purpose: SecretPurpose): Promise<ServerSecretRow[]> {
  return db
    .select({
      generation: serverSecrets.generation,
      secret: serverSecrets.secret,
      signsFrom: serverSecrets.signsFrom,
      retiresAt: serverSecrets.retiresAt,
    })
    .from(serverSecrets)
    .where(eq(serverSecrets.purpose, purpose))
    .orderBy(asc(serverSecrets.generation));
}

/**
 * Adds the next generation of a secret, in use from `signsFrom`, and gives every earlier
 * one still in use an end at `retireOthersAt`. One statement each inside a transaction:
 * two rotations at once collide on the key and one of them fails, rather than both
 * becoming "the next".
 */
export async function addSecretGeneration(
  db: Executor,
  purpose: SecretPurpose,
  values: { secret: string; signsFrom: Date; retireOthersAt: Date },
): Promise<number> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ next: sql<number>`coalesce(max(${serverSecrets.generation}), 0) + 1` })
      .from(serverSecrets)
      .where(eq(serverSecrets.purpose, purpose));
    const generation = Number(row?.next ?? 1);
    await tx
      .update(serverSecrets)
      .set({ retiresAt: values.retireOthersAt })
      .where(
        and(
          eq(serverSecrets.purpose, purpose),
          or(isNull(serverSecrets.retiresAt), gt(serverSecrets.retiresAt, values.retireOthersAt)),
        ),
      );
    await tx.insert(serverSecrets).values({
      purpose,
      generation,
      secret: values.secret,
      signsFrom: values.signsFrom,
    });
    return generation;
  });
}

/** Forgets a secret (the setup code once the first admin exists). */
export async function deleteSecrets(db: Executor, purpose: SecretPurpose): Promise<void> {
  await db.delete(serverSecrets).where(eq(serverSecrets.purpose, purpose));
}

/** Drops generations that no longer verify anything. */
export async function deleteRetiredSecrets(db: Executor, now: Date): Promise<void> {
  await db.delete(serverSecrets).where(lte(serverSecrets.retiresAt, now));
}
