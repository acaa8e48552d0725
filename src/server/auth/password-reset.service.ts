import type { PasswordResetInfo } from '../../shared/api/password-reset.js';
import { isStaffRole } from '../../shared/roles.js';
import { recordAudit } from '../audit/audit.repository.js';
import { findCompanyById } from '../companies/companies.repository.js';
import type { Database, Executor } from '../db/database.js';
import { AppError } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import { queuePasswordResetEmail } from '../notifications/password-reset-email.js';
import { secondFactorsOf } from '../two-factor/two-factor.repository.js';
import {
  consumeUserToken,
  findUserTokenByHash,
  insertUserToken,
  revokeUserTokens,
  type UserTokenRow,
} from '../users/user-tokens.repository.js';
import {
  findUserByEmail,
  findUserById,
  type UserRow,
  updateUser,
} from '../users/users.repository.js';
import { startSession } from './auth.service.js';
import { hashPassword } from './password.js';
import { countResetTokensSince } from './password-reset.repository.js';
import { newSessionToken, sessionIdFromToken } from './session-token.js';
import { deleteUserSessions } from './sessions.repository.js';

export const RESET_LINK_MINUTES = 60;
/** Reset emails one account gets per hour at most, whoever asks; more requests are quietly dropped. */
export const RESET_EMAILS_PER_HOUR = 3;

const HOUR_MS = 60 * 60 * 1000;

/** Whether the person may use their account at all (active, and not of an archived company). */
async function mayUseAccount(db: Executor, user: UserRow): Promise<boolean> {
  if (!user.isActive) return false;
  if (isStaffRole(user.role) || !user.companyId) return true;
  return !(await findCompanyById(db, user.companyId))?.archivedAt;
}

/**
 * Emails a one-time reset link (1 hour) to the address if it belongs to a usable
 * account. The caller answers the same whatever happens here, so nobody learns
 * which addresses exist. A new link replaces any earlier one.
 */
export async function requestPasswordReset(
  db: Database,
  email: string,
  context: RequestContext,
  publicUrl: string,
  now = new Date(),
): Promise<void> {
  const user = await findUserByEmail(db, email);
  if (!user || !(await mayUseAccount(db, user))) return;
  if (
    (await countResetTokensSince(db, user.id, new Date(now.getTime() - HOUR_MS))) >=
    RESET_EMAILS_PER_HOUR
  ) {
    return;
  }
  await db.transaction(async (tx) => {
    await revokeUserTokens(tx, user.id, 'password_reset', now);
    const token = newSessionToken();
    await insertUserToken(tx, {
      userId: user.id,
      kind: 'password_reset',
      tokenHash: sessionIdFromToken(token),
      expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60 * 1000),
      createdAt: now,
    });
    await queuePasswordResetEmail(tx, user, `${publicUrl}/reset-password/${token}`);
    await recordAudit(tx, {
      action: 'auth.password_reset_requested',
      actorUserId: null,
      companyId: user.companyId,
      entityType: 'user',
      entityId: user.id,
      ...context,
    });
  });
}

function stateOf(row: UserTokenRow | undefined, now: Date): PasswordResetInfo['state'] {
  if (row?.kind !== 'password_reset' || row.usedAt || row.revokedAt) return 'invalid';
  return row.expiresAt <= now ? 'expired' : 'valid';
}

/** What a reset link is, for the page that opens from it. */
export async function describePasswordReset(
  db: Database,
  token: string,
): Promise<PasswordResetInfo> {
  const row = await findUserTokenByHash(db, sessionIdFromToken(token));
  const state = stateOf(row, new Date());
  const user = state === 'valid' && row ? await findUserById(db, row.userId) : undefined;
  if (!user || !(await mayUseAccount(db, user))) {
    return { state: state === 'valid' ? 'invalid' : state, email: null };
  }
  return { state, email: user.email };
}

const linkUnusable = (state: PasswordResetInfo['state']) =>
  state === 'expired'
    ? new AppError(410, 'reset_link_expired', 'This reset link has expired')
    : new AppError(410, 'reset_link_invalid', 'This reset link cannot be used');

/**
 * Sets a new password through a reset link: uses the link up, ends every session
 * the person had, and signs them in here. Returns the new session's token.
 */
export async function resetPassword(
  db: Database,
  token: string,
  password: string,
  context: RequestContext,
  sessionDays: number,
): Promise<{
  sessionToken: string;
  user: UserRow;
  secondFactor: { totp: boolean; passkey: boolean } | null;
}> {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const now = new Date();
    const row = await findUserTokenByHash(tx, sessionIdFromToken(token));
    const state = stateOf(row, now);
    const user = row ? await findUserById(tx, row.userId) : undefined;
    if (state !== 'valid' || !row || !user || !(await mayUseAccount(tx, user))) {
      throw linkUnusable(state === 'valid' ? 'invalid' : state);
    }
    // Two tabs submitting the same link at once: only one of them uses it.
    if (!(await consumeUserToken(tx, row.id, now))) throw linkUnusable('invalid');
    await updateUser(tx, user.id, { passwordHash });
    await deleteUserSessions(tx, user.id);
    await revokeUserTokens(tx, user.id, 'password_reset', now);
    await recordAudit(tx, {
      action: 'auth.password_reset',
      actorUserId: user.id,
      companyId: user.companyId,
      entityType: 'user',
      entityId: user.id,
      ...context,
    });
    // A reset link proves the mailbox, not the second factor: that step still comes.
    const secondFactor = await secondFactorsOf(tx, user.id);
    const awaitingSecondFactor = secondFactor.totp || secondFactor.passkey;
    const sessionToken = await startSession(
      tx,
      user.id,
      context,
      { sessionDays },
      { awaitingSecondFactor },
    );
    return { sessionToken, user, secondFactor: awaitingSecondFactor ? secondFactor : null };
  });
}
