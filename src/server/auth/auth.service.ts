import type { LoginRequest } from '../../shared/api/auth.js';
import { isStaffRole } from '../../shared/roles.js';
import { countLoginFailuresSince, recordAudit } from '../audit/audit.repository.js';
import { findCompanyById } from '../companies/companies.repository.js';
import type { Database, Executor } from '../db/database.js';
import { AppError, invalidCredentials, tooManyRequests } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import type { Actor } from '../policies/actor.js';
import { mustEnrolSecondFactor } from '../two-factor/enrolment-requirement.js';
import { secondFactorsOf } from '../two-factor/two-factor.repository.js';
import { findUserByEmail, type UserRow, updateUser } from '../users/users.repository.js';
import { verifyPassword } from './password.js';
import { newSessionToken, sessionIdFromToken } from './session-token.js';
import {
  deleteSession,
  deleteUserSessions,
  extendSession,
  findLiveSession,
  insertSession,
} from './sessions.repository.js';

export interface AuthSettings {
  sessionDays: number;
  /** Failed logins for one address within the window before it is locked for the window. */
  maxLoginFailures: number;
  loginFailureWindowSeconds: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
// A session's expiry is pushed forward at most this often, to spare a write per request.
const EXTEND_EVERY_MS = 60 * 60 * 1000;

export interface SignedInUser {
  sessionId: string;
  user: UserRow;
  company: { id: string; legalName: string; tradeName: string | null } | null;
  /** When the user last proved who they are in this session (see requireRecentAuthentication). */
  authenticatedAt: Date;
  /** Staff who must set up a second factor before anything else (the admin's setting). */
  mustEnrolSecondFactor: boolean;
}

// The password step of a two-step login stays open this long, for this many tries.
const PENDING_LOGIN_MS = 10 * 60 * 1000;

export const actorOf = (signedIn: SignedInUser): Actor => ({
  userId: signedIn.user.id,
  role: signedIn.user.role,
  companyId: signedIn.user.companyId,
});

/** Customers of an archived company, and deactivated users, may not sign in. */
function mayUseAccount(user: UserRow, companyArchivedAt: Date | null | undefined): boolean {
  if (!user.isActive) return false;
  return isStaffRole(user.role) || !companyArchivedAt;
}

/** Opens a session for a user who has just proven who they are; returns the cookie's token. */
export async function startSession(
  db: Executor,
  userId: string,
  context: RequestContext,
  settings: Pick<AuthSettings, 'sessionDays'>,
  options: { awaitingSecondFactor?: boolean } = {},
): Promise<string> {
  const token = newSessionToken();
  const awaitingSecondFactor = options.awaitingSecondFactor ?? false;
  await insertSession(db, {
    id: sessionIdFromToken(token),
    userId,
    expiresAt: new Date(
      Date.now() + (awaitingSecondFactor ? PENDING_LOGIN_MS : settings.sessionDays * DAY_MS),
    ),
    ip: context.ip,
    userAgent: context.userAgent,
    awaitingSecondFactor,
  });
  return token;
}

/** What a login answers: a full session, or a session that still awaits the second factor. */
export type LoginOutcome =
  | { token: string; user: UserRow; secondFactor: null }
  | { token: string; user: UserRow; secondFactor: { totp: boolean; passkey: boolean } };

/**
 * Checks an email and password and opens a session. Wrong address and wrong
 * password get the same answer in the same time; too many failures for one
 * address lock it for the window, whoever tries.
 */
export async function logIn(
  db: Database,
  credentials: LoginRequest,
  context: RequestContext,
  settings: AuthSettings,
): Promise<LoginOutcome> {
  const email = credentials.email.toLowerCase();
  const windowStart = new Date(Date.now() - settings.loginFailureWindowSeconds * 1000);
  if ((await countLoginFailuresSince(db, email, windowStart)) >= settings.maxLoginFailures) {
    throw tooManyRequests('too_many_login_attempts', settings.loginFailureWindowSeconds);
  }
  const user = await findUserByEmail(db, email);
  const passwordMatches = await verifyPassword(user?.passwordHash ?? null, credentials.password);
  if (!user || !passwordMatches) {
    await recordAudit(db, {
      action: 'auth.login_failed',
      actorUserId: user?.id ?? null,
      companyId: user?.companyId ?? null,
      subjectEmail: email,
      ...context,
    });
    throw invalidCredentials();
  }
  if (!mayUseAccount(user, await companyArchivedAt(db, user))) {
    throw new AppError(403, 'account_inactive', 'This account is not active');
  }
  const secondFactor = await secondFactorsOf(db, user.id);
  if (secondFactor.totp || secondFactor.passkey) {
    // The password alone opens nothing: a short-lived session that awaits the second step.
    const token = await startSession(db, user.id, context, settings, {
      awaitingSecondFactor: true,
    });
    return { token, user, secondFactor };
  }
  return { token: await finishLogin(db, user, context, settings), user, secondFactor: null };
}

/** Opens the full session of a login whose every step passed, and records it. */
export async function finishLogin(
  db: Database,
  user: UserRow,
  context: RequestContext,
  settings: Pick<AuthSettings, 'sessionDays'>,
  data?: Record<string, unknown>,
): Promise<string> {
  return db.transaction(async (tx) => {
    const token = await startSession(tx, user.id, context, settings);
    await updateUser(tx, user.id, { lastLoginAt: new Date() });
    await recordAudit(tx, {
      action: 'auth.login',
      actorUserId: user.id,
      companyId: user.companyId,
      entityType: 'user',
      entityId: user.id,
      ...(data ? { data } : {}),
      ...context,
    });
    return token;
  });
}

async function companyArchivedAt(db: Executor, user: UserRow): Promise<Date | null | undefined> {
  if (!user.companyId) return null;
  return (await findCompanyById(db, user.companyId))?.archivedAt;
}

/** Finds the signed-in user behind a cookie's token; ends the session if the account may no longer be used. */
export async function resolveSession(
  db: Executor,
  token: string,
  settings: Pick<AuthSettings, 'sessionDays'>,
): Promise<SignedInUser | undefined> {
  const now = new Date();
  const sessionId = sessionIdFromToken(token);
  const found = await findLiveSession(db, sessionId, now);
  // A login halfway through (password right, second factor still to come) is no session.
  if (!found || found.session.awaitingSecondFactor) return undefined;
  if (!mayUseAccount(found.user, found.company?.archivedAt)) {
    await deleteSession(db, sessionId);
    return undefined;
  }
  if (now.getTime() - found.session.lastSeenAt.getTime() > EXTEND_EVERY_MS) {
    await extendSession(
      db,
      sessionId,
      new Date(now.getTime() + settings.sessionDays * DAY_MS),
      now,
    );
  }
  return {
    sessionId,
    authenticatedAt: found.session.authenticatedAt,
    mustEnrolSecondFactor: await mustEnrolSecondFactor(db, found.user),
    user: found.user,
    company: found.company
      ? {
          id: found.company.id,
          legalName: found.company.legalName,
          tradeName: found.company.tradeName,
        }
      : null,
  };
}

/** Ends one session and records the logout. */
export async function logOut(db: Database, signedIn: SignedInUser, context: RequestContext) {
  await db.transaction(async (tx) => {
    await deleteSession(tx, signedIn.sessionId);
    await recordAudit(tx, {
      action: 'auth.logout',
      actorUserId: signedIn.user.id,
      companyId: signedIn.user.companyId,
      entityType: 'user',
      entityId: signedIn.user.id,
      ...context,
    });
  });
}

export { deleteUserSessions };
