import type { SsoErrorCode } from '../../shared/api/sso.js';
import { isStaffRole } from '../../shared/roles.js';
import { recordAudit } from '../audit/audit.repository.js';
import { type AuthSettings, startSession } from '../auth/auth.service.js';
import { findLoginAccount } from '../auth/login-account.repository.js';
import type { Database } from '../db/database.js';
import type { RequestContext } from '../http/request-context.js';
import { updateUser } from '../users/users.repository.js';
import type { SsoIdentity } from './oidc-client.js';
import type { ActiveSso } from './sso-settings.service.js';

export type SsoSignIn = { token: string; userId: string } | { refused: SsoErrorCode };

/**
 * Signs in the existing, active staff user whose address the provider vouches
 * for. Single sign-on is for staff only: it creates no account, and a customer
 * contact's address is refused (they sign in with their password). The
 * provider's own sign-in (with its second factor, if the company requires one)
 * stands for the whole login: no second factor is asked here.
 * Unknown, inactive and customer addresses get the same refusal.
 */
export async function signInWithSso(
  db: Database,
  identity: SsoIdentity,
  sso: ActiveSso,
  context: RequestContext,
  settings: Pick<AuthSettings, 'sessionDays'>,
): Promise<SsoSignIn> {
  const email = identity.email;
  const refuse = async (reason: SsoErrorCode, userId: string | null = null) => {
    await recordAudit(db, {
      action: 'auth.sso_login_refused',
      actorUserId: userId,
      companyId: null,
      subjectEmail: email ?? null,
      data: { reason, issuer: sso.issuerUrl },
      ...context,
    });
    return { refused: reason };
  };
  if (!email || !identity.emailVerified) return refuse('email_unverified');
  const domain = email.split('@').at(-1) ?? '';
  if (sso.allowedDomains.length > 0 && !sso.allowedDomains.includes(domain)) {
    return refuse('domain_not_allowed');
  }
  const account = await findLoginAccount(db, email);
  const user = account?.user;
  if (!user?.isActive || !isStaffRole(user.role)) {
    return refuse('no_staff_account', user?.id ?? null);
  }
  return db.transaction(async (tx) => {
    const token = await startSession(tx, user.id, context, settings);
    await updateUser(tx, user.id, { lastLoginAt: new Date() });
    await recordAudit(tx, {
      action: 'auth.sso_login',
      actorUserId: user.id,
      companyId: null,
      entityType: 'user',
      entityId: user.id,
      data: { issuer: sso.issuerUrl },
      ...context,
    });
    return { token, userId: user.id };
  });
}
