import type { RecoveryCodes, TotpEnrolment, TwoFactorStatus } from '../../shared/api/two-factor.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { SignedInUser } from '../auth/auth.service.js';
import type { Database, Executor } from '../db/database.js';
import { AppError, conflict } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import { decryptSecret, encryptSecret } from '../inbound/mailbox-secret.js';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes.js';
import { newTotpSecret, totpQrCode, totpUri, verifyTotpCode } from './totp.js';
import {
  confirmTotp,
  countUnusedRecoveryCodes,
  deleteTotp,
  findTotpFactor,
  listPasskeysOfUser,
  replaceRecoveryCodes,
  secondFactorsOf,
  upsertPendingTotp,
} from './two-factor.repository.js';

/** The audit fields of a change a user makes to their own account. */
const ownAudit = (signedIn: SignedInUser, context: RequestContext) => ({
  actorUserId: signedIn.user.id,
  companyId: signedIn.user.companyId,
  entityType: 'user',
  entityId: signedIn.user.id,
  ...context,
});

/** One's own second factors, with no secret in them. */
export async function twoFactorStatus(
  db: Executor,
  signedIn: SignedInUser,
): Promise<TwoFactorStatus> {
  const totp = await findTotpFactor(db, signedIn.user.id);
  const passkeys = await listPasskeysOfUser(db, signedIn.user.id);
  return {
    totpEnabled: Boolean(totp?.confirmedAt),
    recoveryCodesLeft: await countUnusedRecoveryCodes(db, signedIn.user.id),
    passkeys: passkeys.map((passkey) => ({
      id: passkey.id,
      name: passkey.name,
      createdAt: passkey.createdAt.toISOString(),
      lastUsedAt: passkey.lastUsedAt?.toISOString() ?? null,
    })),
    enrolmentRequired: signedIn.mustEnrolSecondFactor,
  };
}

/** Starts setting up an authenticator app: a new secret, to confirm with a code. */
export async function beginTotpEnrolment(
  db: Executor,
  secretKey: Buffer,
  signedIn: SignedInUser,
  issuer: string,
): Promise<TotpEnrolment> {
  if ((await findTotpFactor(db, signedIn.user.id))?.confirmedAt) {
    throw conflict('totp_already_enabled', 'An authenticator app is already set up');
  }
  const secret = newTotpSecret();
  await upsertPendingTotp(db, signedIn.user.id, encryptSecret(secretKey, secret));
  const otpauthUri = totpUri(secret, issuer, signedIn.user.email);
  return { secret, otpauthUri, qrCodeDataUrl: await totpQrCode(otpauthUri) };
}

/**
 * Turns the app on once a code from it proves it holds the secret; the first
 * second factor also brings ten recovery codes, returned to be shown once.
 */
export async function confirmTotpEnrolment(
  db: Database,
  secretKey: Buffer,
  signedIn: SignedInUser,
  code: string,
  context: RequestContext,
): Promise<RecoveryCodes> {
  const factor = await findTotpFactor(db, signedIn.user.id);
  if (!factor) throw conflict('totp_not_started', 'Start setting up the app first');
  if (factor.confirmedAt) {
    throw conflict('totp_already_enabled', 'An authenticator app is already set up');
  }
  const timeStep = await verifyTotpCode(
    decryptSecret(secretKey, factor.secretEncrypted),
    code,
    null,
  );
  if (timeStep === null) {
    throw new AppError(400, 'second_factor_invalid', 'The code is not right', [
      { field: 'code', code: 'second_factor_invalid' },
    ]);
  }
  return db.transaction(async (tx) => {
    await confirmTotp(tx, signedIn.user.id, timeStep);
    await recordAudit(tx, { action: 'two_factor.totp_enabled', ...ownAudit(signedIn, context) });
    const hasCodes = (await countUnusedRecoveryCodes(tx, signedIn.user.id)) > 0;
    return { codes: hasCodes ? [] : await storeNewRecoveryCodes(tx, signedIn.user.id) };
  });
}

async function storeNewRecoveryCodes(db: Executor, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await replaceRecoveryCodes(db, userId, codes.map(hashRecoveryCode));
  return codes;
}

/** Removes the authenticator app; with no second factor left, the recovery codes go too. */
export async function removeTotp(
  db: Database,
  signedIn: SignedInUser,
  context: RequestContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await deleteTotp(tx, signedIn.user.id))) {
      throw conflict('two_factor_not_enabled', 'No authenticator app is set up');
    }
    const left = await secondFactorsOf(tx, signedIn.user.id);
    if (!left.passkey) await replaceRecoveryCodes(tx, signedIn.user.id, []);
    await recordAudit(tx, { action: 'two_factor.totp_removed', ...ownAudit(signedIn, context) });
  });
}

/** Ten new recovery codes; every old one stops working. */
export async function regenerateRecoveryCodes(
  db: Database,
  signedIn: SignedInUser,
  context: RequestContext,
): Promise<RecoveryCodes> {
  return db.transaction(async (tx) => {
    const factors = await secondFactorsOf(tx, signedIn.user.id);
    if (!factors.totp && !factors.passkey) {
      throw conflict('two_factor_not_enabled', 'Set up a second factor first');
    }
    const codes = await storeNewRecoveryCodes(tx, signedIn.user.id);
    await recordAudit(tx, {
      action: 'two_factor.recovery_codes_regenerated',
      ...ownAudit(signedIn, context),
    });
    return { codes };
  });
}
