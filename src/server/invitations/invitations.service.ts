import type { InvitationInfo } from '../../shared/api/invitations.js';
import { recordAudit } from '../audit/audit.repository.js';
import { startSession } from '../auth/auth.service.js';
import { hashPassword } from '../auth/password.js';
import { newSessionToken, sessionIdFromToken } from '../auth/session-token.js';
import { findCompanyById } from '../companies/companies.repository.js';
import type { Database, Executor } from '../db/database.js';
import { AppError } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import {
  consumeUserToken,
  findUserTokenByHash,
  insertUserToken,
  revokeUserTokens,
  type UserTokenRow,
} from '../users/user-tokens.repository.js';
import { findUserById, updateUser } from '../users/users.repository.js';

export const INVITATION_HOURS = 72;

export interface InvitationLink {
  inviteUrl: string;
  expiresAt: Date;
}

/**
 * Issues a fresh one-time invitation link for a user (revoking any earlier one),
 * inside the caller's transaction. Only the token's hash is stored.
 */
export async function issueInvitation(
  tx: Executor,
  userId: string,
  createdById: string,
  publicUrl: string,
  now = new Date(),
): Promise<InvitationLink> {
  await revokeUserTokens(tx, userId, 'invitation', now);
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + INVITATION_HOURS * 60 * 60 * 1000);
  await insertUserToken(tx, {
    userId,
    kind: 'invitation',
    tokenHash: sessionIdFromToken(token),
    expiresAt,
    createdById,
  });
  return { inviteUrl: `${publicUrl}/invitation/${token}`, expiresAt };
}

function stateOf(token: UserTokenRow | undefined, now: Date): InvitationInfo['state'] {
  if (token?.kind !== 'invitation') return 'not_found';
  if (token.usedAt) return 'used';
  if (token.revokedAt) return 'revoked';
  return token.expiresAt <= now ? 'expired' : 'valid';
}

/** What an invitation link shows: who it is for, or why it no longer works. */
export async function describeInvitation(db: Database, token: string): Promise<InvitationInfo> {
  const row = await findUserTokenByHash(db, sessionIdFromToken(token));
  const state = stateOf(row, new Date());
  const user = row && state === 'valid' ? await findUserById(db, row.userId) : undefined;
  if (!user?.isActive) {
    return {
      state: state === 'valid' ? 'revoked' : state,
      email: null,
      firstName: null,
      companyName: null,
    };
  }
  const company = user.companyId ? await findCompanyById(db, user.companyId) : undefined;
  return {
    state,
    email: user.email,
    firstName: user.firstName,
    companyName: company ? (company.tradeName ?? company.legalName) : null,
  };
}

/** Sets the invited person's password, uses up the link, and signs them in; returns the session token. */
export async function acceptInvitation(
  db: Database,
  token: string,
  password: string,
  context: RequestContext,
  sessionDays: number,
): Promise<string> {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const now = new Date();
    const row = await findUserTokenByHash(tx, sessionIdFromToken(token));
    const state = stateOf(row, now);
    const user = row ? await findUserById(tx, row.userId) : undefined;
    if (state !== 'valid' || !user?.isActive || !(await consumeUserToken(tx, row!.id, now))) {
      throw new AppError(
        410,
        'invitation_invalid',
        `This invitation link cannot be used (${state})`,
      );
    }
    await updateUser(tx, user.id, { passwordHash });
    await recordAudit(tx, {
      action: 'user.invitation_accepted',
      actorUserId: user.id,
      companyId: user.companyId,
      entityType: 'user',
      entityId: user.id,
      ...context,
    });
    return startSession(tx, user.id, context, { sessionDays });
  });
}
