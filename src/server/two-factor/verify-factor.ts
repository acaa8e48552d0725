import { takeSessionChallenge } from '../auth/sessions.repository.js';
import type { Executor } from '../db/database.js';
import { decryptSecret } from '../inbound/mailbox-secret.js';
import { assertionCredentialId, type RelyingParty, verifiedAssertion } from './passkeys.js';
import { hashRecoveryCode } from './recovery-codes.js';
import { verifyTotpCode } from './totp.js';
import {
  claimTotpTimeStep,
  consumeRecoveryCode,
  findPasskeyOfUserByCredential,
  findTotpFactor,
  markPasskeyUsed,
} from './two-factor.repository.js';

/** What a user offers as their second factor. */
export type FactorProof = { code: string } | { recoveryCode: string } | { passkey: unknown };
export type FactorMethod = 'totp' | 'recovery_code' | 'passkey';

/** What checking a factor needs beyond the database: the TOTP key, the site, the session. */
export interface FactorCheck {
  secretKey: Buffer;
  party: RelyingParty;
  /** The session whose WebAuthn challenge a passkey assertion must answer. */
  sessionId: string;
}

/**
 * Checks a TOTP code (its time step then used up: no code works twice), a
 * recovery code (used up) or a passkey assertion (answering this session's
 * challenge, which is then forgotten). Returns the method that passed, or null.
 */
export async function verifySecondFactor(
  db: Executor,
  check: FactorCheck,
  userId: string,
  proof: FactorProof,
): Promise<FactorMethod | null> {
  if ('recoveryCode' in proof) {
    return (await consumeRecoveryCode(db, userId, hashRecoveryCode(proof.recoveryCode)))
      ? 'recovery_code'
      : null;
  }
  if ('passkey' in proof)
    return (await verifyPasskey(db, check, userId, proof.passkey)) ? 'passkey' : null;
  const factor = await findTotpFactor(db, userId);
  if (!factor?.confirmedAt) return null;
  const secret = decryptSecret(check.secretKey, factor.secretEncrypted);
  const timeStep = await verifyTotpCode(secret, proof.code, factor.lastTimeStep);
  if (timeStep === null) return null;
  return (await claimTotpTimeStep(db, userId, timeStep)) ? 'totp' : null;
}

async function verifyPasskey(
  db: Executor,
  check: FactorCheck,
  userId: string,
  response: unknown,
): Promise<boolean> {
  const challenge = await takeSessionChallenge(db, check.sessionId);
  const credentialId = assertionCredentialId(response);
  if (!challenge || !credentialId) return false;
  // Only the user's own passkeys: another person's credential is simply unknown here.
  const passkey = await findPasskeyOfUserByCredential(db, userId, credentialId);
  if (!passkey) return false;
  const counter = await verifiedAssertion(check.party, challenge, passkey, response);
  if (counter === null) return false;
  await markPasskeyUsed(db, passkey.id, counter);
  return true;
}
