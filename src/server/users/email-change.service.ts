import type { EmailChangeConfirmed, EmailChangePending } from '../../shared/api/email-change.js';
import { isStaffRole } from '../../shared/roles.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { SignedInUser } from '../auth/auth.service.js';
import { newSessionToken, sessionIdFromToken } from '../auth/session-token.js';
import { deleteUserSessions } from '../auth/sessions.repository.js';
import type { Config } from '../config/config.js';
import type { Database, Executor } from '../db/database.js';
import { AppError, conflict } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import { queueEmailChangeEmails } from '../notifications/email-change-email.js';
import { findSsoSettings } from '../sso/sso-settings.repository.js';
import { withUniqueEmail } from './unique-email.js';
import {
  consumeUserToken,
  findUserTokenByHash,
  insertUserToken,
  revokeUserTokens,
  type UserTokenRow,
} from './user-tokens.repository.js';
import { findUserByEmail, findUserById, updateUser } from './users.repository.js';

export const EMAIL_CHANGE_LINK_HOURS = 24;
const HOUR_MS = 60 * 60 * 1000;

/** The allowed domains of single sign-on when it is on (environment first, then the console). */
async function ssoAllowedDomains(db: Executor, config: Config): Promise<string[]> {
  if (config.sso) return config.sso.allowedDomains;
  const row = await findSsoSettings(db);
  return row?.isEnabled ? row.allowedDomains : [];
}

/**
 * «Αλλαγή email»: after a recent sign-in (the route checks it), emails a one-time
 * link to the NEW address and a notice to the old one; nothing changes until the
 * link is followed. A newer request replaces the link of an older one.
 *
 * Staff and single sign-on: SSO signs staff in by the address the provider vouches
 * for, so a staff user may change their email (they keep their password login, and
 * the provider's address must then match the new one), but when the admin limited
 * SSO to some domains the new address must be in one of them: staff addresses are
 * the company's, and an address outside them could never sign in through SSO.
 */
export async function requestEmailChange(
  db: Database,
  config: Config,
  signedIn: SignedInUser,
  newEmail: string,
  context: RequestContext,
  now = new Date(),
): Promise<EmailChangePending> {
  const user = signedIn.user;
  const email = newEmail.toLowerCase();
  if (email === user.email.toLowerCase()) {
    throw new AppError(400, 'email_unchanged', 'This is already your email', [
      { field: 'newEmail', code: 'email_unchanged' },
    ]);
  }
  if (isStaffRole(user.role)) {
    const domains = await ssoAllowedDomains(db, config);
    const domain = email.split('@').at(-1) ?? '';
    if (domains.length > 0 && !domains.includes(domain)) {
      throw new AppError(
        400,
        'email_domain_not_allowed',
        'Staff emails must be in the SSO domains',
        [{ field: 'newEmail', code: 'email_domain_not_allowed' }],
      );
    }
  }
  if (await findUserByEmail(db, email)) {
    throw conflict('email_taken', 'A user with this email exists');
  }
  const expiresAt = new Date(now.getTime() + EMAIL_CHANGE_LINK_HOURS * HOUR_MS);
  await db.transaction(async (tx) => {
    await revokeUserTokens(tx, user.id, 'email_change', now);
    const token = newSessionToken();
    await insertUserToken(tx, {
      userId: user.id,
      kind: 'email_change',
      tokenHash: sessionIdFromToken(token),
      newEmail: email,
      expiresAt,
      createdAt: now,
    });
    await queueEmailChangeEmails(tx, user, email, `${config.publicUrl}/confirm-email/${token}`);
    await recordAudit(tx, {
      action: 'user.email_change_requested',
      actorUserId: user.id,
      companyId: user.companyId,
      entityType: 'user',
      entityId: user.id,
      data: { to: email },
      ...context,
    });
  });
  return { newEmail: email, expiresAt: expiresAt.toISOString() };
}

function linkError(row: UserTokenRow | undefined, now: Date): AppError | null {
  if (row?.kind !== 'email_change' || !row.newEmail || row.usedAt || row.revokedAt) {
    return new AppError(410, 'email_change_link_invalid', 'This link cannot be used');
  }
  if (row.expiresAt <= now) {
    return new AppError(410, 'email_change_link_expired', 'This link has expired');
  }
  return null;
}

/**
 * Following the link: the new address becomes the account's (unique across users),
 * every session of the account ends but the one confirming (if it is the account's
 * own), open reset links sent to the old address stop working, and it is audited.
 */
export async function confirmEmailChange(
  db: Database,
  token: string,
  currentSessionId: string | null,
  context: RequestContext,
): Promise<EmailChangeConfirmed> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const row = await findUserTokenByHash(tx, sessionIdFromToken(token));
    const refused = linkError(row, now);
    const user = row ? await findUserById(tx, row.userId) : undefined;
    if (refused || !row?.newEmail) throw refused ?? linkError(undefined, now)!;
    if (!user?.isActive) throw linkError(undefined, now)!;
    // Two tabs following the same link at once: only one of them uses it.
    if (!(await consumeUserToken(tx, row.id, now))) throw linkError(undefined, now)!;
    const newEmail = row.newEmail;
    await withUniqueEmail(() => updateUser(tx, user.id, { email: newEmail }));
    await deleteUserSessions(tx, user.id, currentSessionId ?? undefined);
    await revokeUserTokens(tx, user.id, 'password_reset', now);
    await revokeUserTokens(tx, user.id, 'email_change', now);
    await recordAudit(tx, {
      action: 'user.email_changed',
      actorUserId: user.id,
      companyId: user.companyId,
      entityType: 'user',
      entityId: user.id,
      data: { from: user.email, to: newEmail },
      ...context,
    });
    return { email: newEmail };
  });
}
