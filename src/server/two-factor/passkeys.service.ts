import type { PasskeyAdded, WebAuthnOptions } from '../../shared/api/two-factor.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { SignedInUser } from '../auth/auth.service.js';
import { setSessionChallenge, takeSessionChallenge } from '../auth/sessions.repository.js';
import type { Database, Executor } from '../db/database.js';
import { AppError, notFound } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import { passkeyRegistrationOptions, type RelyingParty, verifiedNewPasskey } from './passkeys.js';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes.js';
import {
  countUnusedRecoveryCodes,
  deletePasskeyOfUser,
  insertPasskey,
  listPasskeysOfUser,
  replaceRecoveryCodes,
  secondFactorsOf,
} from './two-factor.repository.js';

const ownAudit = (signedIn: SignedInUser, context: RequestContext) => ({
  actorUserId: signedIn.user.id,
  companyId: signedIn.user.companyId,
  entityType: 'user',
  entityId: signedIn.user.id,
  ...context,
});

/** The browser's options to create a new passkey; the challenge is kept in this session. */
export async function beginPasskeyRegistration(
  db: Executor,
  signedIn: SignedInUser,
  party: RelyingParty,
) {
  const { user } = signedIn;
  const options = await passkeyRegistrationOptions(
    party,
    { id: user.id, email: user.email, displayName: `${user.firstName} ${user.lastName}` },
    await listPasskeysOfUser(db, user.id),
  );
  await setSessionChallenge(db, signedIn.sessionId, options.challenge);
  const json: WebAuthnOptions = { ...options };
  return json;
}

/**
 * Stores the passkey the browser made, once its answer to this session's challenge
 * holds. The first second factor also brings ten recovery codes, to show once.
 */
export async function finishPasskeyRegistration(
  db: Database,
  signedIn: SignedInUser,
  party: RelyingParty,
  request: { name: string; response: unknown },
  context: RequestContext,
): Promise<PasskeyAdded> {
  const challenge = await takeSessionChallenge(db, signedIn.sessionId);
  const verified = challenge ? await verifiedNewPasskey(party, challenge, request.response) : null;
  if (!verified) {
    throw new AppError(400, 'second_factor_invalid', 'The passkey could not be verified', [
      { field: 'response', code: 'second_factor_invalid' },
    ]);
  }
  return db.transaction(async (tx) => {
    const passkey = await insertPasskey(tx, {
      userId: signedIn.user.id,
      name: request.name,
      ...verified,
    });
    await recordAudit(tx, {
      action: 'two_factor.passkey_added',
      ...ownAudit(signedIn, context),
      data: { name: request.name },
    });
    let codes: string[] = [];
    if ((await countUnusedRecoveryCodes(tx, signedIn.user.id)) === 0) {
      codes = newRecoveryCodes();
      await replaceRecoveryCodes(tx, signedIn.user.id, codes.map(hashRecoveryCode));
    }
    return {
      passkey: {
        id: passkey.id,
        name: passkey.name,
        createdAt: passkey.createdAt.toISOString(),
        lastUsedAt: null,
      },
      codes,
    };
  });
}

/** Removes one of one's passkeys; with no second factor left, the recovery codes go too. */
export async function removePasskey(
  db: Database,
  signedIn: SignedInUser,
  id: string,
  context: RequestContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const name = await deletePasskeyOfUser(tx, signedIn.user.id, id);
    if (name === undefined) throw notFound();
    const left = await secondFactorsOf(tx, signedIn.user.id);
    if (!left.totp && !left.passkey) await replaceRecoveryCodes(tx, signedIn.user.id, []);
    await recordAudit(tx, {
      action: 'two_factor.passkey_removed',
      ...ownAudit(signedIn, context),
      data: { name },
    });
  });
}
