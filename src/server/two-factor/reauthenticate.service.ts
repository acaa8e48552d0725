import type { WebAuthnOptions } from '../../shared/api/two-factor.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { SignedInUser } from '../auth/auth.service.js';
import { verifyPassword } from '../auth/password.js';
import { markSessionAuthenticated, setSessionChallenge } from '../auth/sessions.repository.js';
import type { Database, Executor } from '../db/database.js';
import { AppError } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import { findPasswordHash } from '../users/users.repository.js';
import { passkeyAuthenticationOptions, type RelyingParty } from './passkeys.js';
import { listPasskeysOfUser } from './two-factor.repository.js';
import { type FactorCheck, verifySecondFactor } from './verify-factor.js';

export type ReauthenticationProof = { password: string } | { code: string } | { passkey: unknown };

/** A challenge for re-authenticating with one of the user's passkeys. */
export async function beginReauthenticationPasskey(
  db: Executor,
  signedIn: SignedInUser,
  party: RelyingParty,
) {
  const passkeys = await listPasskeysOfUser(db, signedIn.user.id);
  const options = await passkeyAuthenticationOptions(party, passkeys);
  await setSessionChallenge(db, signedIn.sessionId, options.challenge);
  const json: WebAuthnOptions = { ...options };
  return json;
}

/**
 * Proves again who the signed-in user is (password or a TOTP code), so that the
 * sensitive changes behind requireRecentAuthentication open for ten minutes.
 */
export async function reauthenticate(
  db: Database,
  keys: Omit<FactorCheck, 'sessionId'>,
  signedIn: SignedInUser,
  proof: ReauthenticationProof,
  context: RequestContext,
): Promise<void> {
  const passed =
    'password' in proof
      ? await verifyPassword(await findPasswordHash(db, signedIn.user.id), proof.password)
      : (await verifySecondFactor(
          db,
          { ...keys, sessionId: signedIn.sessionId },
          signedIn.user.id,
          proof,
        )) !== null;
  const audit = {
    actorUserId: signedIn.user.id,
    companyId: signedIn.user.companyId,
    entityType: 'user',
    entityId: signedIn.user.id,
    data: { method: Object.keys(proof)[0] === 'code' ? 'totp' : Object.keys(proof)[0] },
    ...context,
  };
  if (!passed) {
    await recordAudit(db, { action: 'auth.reauthentication_failed', ...audit });
    const field = Object.keys(proof)[0] ?? 'password';
    throw new AppError(400, 'reauthentication_failed', 'That is not right', [
      { field, code: 'reauthentication_failed' },
    ]);
  }
  await markSessionAuthenticated(db, signedIn.sessionId, new Date());
  await recordAudit(db, { action: 'auth.reauthenticated', ...audit });
}
