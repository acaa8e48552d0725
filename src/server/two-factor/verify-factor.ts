import type { Executor } from '../db/database.js';
import { decryptSecret } from '../inbound/mailbox-secret.js';
import { hashRecoveryCode } from './recovery-codes.js';
import { verifyTotpCode } from './totp.js';
import { claimTotpTimeStep, consumeRecoveryCode, findTotpFactor } from './two-factor.repository.js';

/** What a user offers as their second factor. */
export type FactorProof = { code: string } | { recoveryCode: string };
export type FactorMethod = 'totp' | 'recovery_code';

/**
 * Checks a TOTP code (its time step then used up: no code works twice) or a
 * recovery code (used up). Returns the method that passed, or null.
 */
export async function verifySecondFactor(
  db: Executor,
  secretKey: Buffer,
  userId: string,
  proof: FactorProof,
): Promise<FactorMethod | null> {
  if ('recoveryCode' in proof) {
    return (await consumeRecoveryCode(db, userId, hashRecoveryCode(proof.recoveryCode)))
      ? 'recovery_code'
      : null;
  }
  const factor = await findTotpFactor(db, userId);
  if (!factor?.confirmedAt) return null;
  const secret = decryptSecret(secretKey, factor.secretEncrypted);
  const timeStep = await verifyTotpCode(secret, proof.code, factor.lastTimeStep);
  if (timeStep === null) return null;
  return (await claimTotpTimeStep(db, userId, timeStep)) ? 'totp' : null;
}
