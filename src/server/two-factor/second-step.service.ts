import type { WebAuthnOptions } from '../../shared/api/two-factor.js';
import { recordAudit } from '../audit/audit.repository.js';
import { type AuthSettings, finishLogin } from '../auth/auth.service.js';
import { sessionIdFromToken } from '../auth/session-token.js';
import {
  countSecondFactorAttempt,
  deleteSession,
  findLiveSession,
  setSessionChallenge,
} from '../auth/sessions.repository.js';
import type { Database, Executor } from '../db/database.js';
import { AppError } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import { passkeyAuthenticationOptions, type RelyingParty } from './passkeys.js';
import { listPasskeysOfUser, secondFactorsOf } from './two-factor.repository.js';
import { type FactorCheck, type FactorProof, verifySecondFactor } from './verify-factor.js';

/** Tries at the second step before the half-done login is thrown away. */
export const MAX_SECOND_FACTOR_ATTEMPTS = 5;

const loginStepExpired = () =>
  new AppError(401, 'login_step_expired', 'Log in with your password again');

/** The login this browser has half done (password right), or a 401. */
async function findPendingLogin(db: Executor, token: string | undefined) {
  if (!token) throw loginStepExpired();
  const found = await findLiveSession(db, sessionIdFromToken(token), new Date());
  if (!found?.session.awaitingSecondFactor || !found.user.isActive) throw loginStepExpired();
  return found;
}

/** Which second factors the half-done login of this browser may finish with. */
export async function pendingLoginMethods(db: Executor, token: string | undefined) {
  const found = await findPendingLogin(db, token);
  return secondFactorsOf(db, found.user.id);
}

/** A challenge for the half-done login of this browser to answer with one of the user's passkeys. */
export async function beginSecondStepPasskey(
  db: Executor,
  token: string | undefined,
  party: RelyingParty,
) {
  const { session, user } = await findPendingLogin(db, token);
  const options = await passkeyAuthenticationOptions(party, await listPasskeysOfUser(db, user.id));
  await setSessionChallenge(db, session.id, options.challenge);
  const json: WebAuthnOptions = { ...options };
  return json;
}

/**
 * The second step of a login: checks the code against the half-done login of this
 * browser (a few tries, then it is gone) and, when it passes, replaces it with a
 * full session under a new token. Returns that token.
 */
export async function completeSecondFactor(
  db: Database,
  token: string | undefined,
  proof: FactorProof,
  context: RequestContext,
  settings: Pick<AuthSettings, 'sessionDays'>,
  keys: Omit<FactorCheck, 'sessionId'>,
): Promise<string> {
  const { session, user } = await findPendingLogin(db, token);
  if ((await countSecondFactorAttempt(db, session.id)) > MAX_SECOND_FACTOR_ATTEMPTS) {
    await deleteSession(db, session.id);
    throw loginStepExpired();
  }
  const method = await verifySecondFactor(db, { ...keys, sessionId: session.id }, user.id, proof);
  const audit = {
    actorUserId: user.id,
    companyId: user.companyId,
    entityType: 'user',
    entityId: user.id,
    ...context,
  };
  if (!method) {
    await recordAudit(db, { action: 'auth.second_factor_failed', ...audit });
    const field = Object.keys(proof)[0] ?? 'code';
    throw new AppError(400, 'second_factor_invalid', 'The code is not right', [
      { field, code: 'second_factor_invalid' },
    ]);
  }
  await deleteSession(db, session.id);
  if (method === 'recovery_code') {
    await recordAudit(db, { action: 'two_factor.recovery_code_used', ...audit });
  }
  return finishLogin(db, user, context, settings, { secondFactor: method });
}
