import type { LoginRequest } from '../../shared/api/auth.js';
import { isStaffRole } from '../../shared/roles.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { Database, Executor } from '../db/database.js';
import { invalidCredentials, tooManyRequests } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import { type Actor, actorOfUser } from '../policies/actor.js';
import { mustEnrolSecondFactor } from '../two-factor/enrolment-requirement.js';
import { secondFactorsOf } from '../two-factor/two-factor.repository.js';
import { type SignedInUserRow, type UserRow, updateUser } from '../users/users.repository.js';
import { type KnownDevice, knownDeviceIdFor } from './known-device.js';
import { findLoginAccount } from './login-account.repository.js';
import { type LoginThrottleSettings, loginSource, secondsToWait } from './login-throttle.js';
import {
  accountSourceFailures,
  addressFailures,
  clearLoginFailures,
  insertLoginFailure,
} from './login-throttle.repository.js';
import { verifyPassword } from './password.js';
import { newSessionToken, sessionIdFromToken } from './session-token.js';
import {
  deleteSession,
  deleteUserSessions,
  extendSession,
  findLiveSession,
  insertSession,
} from './sessions.repository.js';

export interface AuthSettings extends LoginThrottleSettings {
  /** A session ends after this many days without use… */
  sessionDays: number;
  /** …and after this many days since it began, however often it is used. */
  sessionMaxDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
// A session's expiry is pushed forward at most this often, to spare a write per request.
const EXTEND_EVERY_MS = 60 * 60 * 1000;

export interface SignedInUser {
  sessionId: string;
  user: SignedInUserRow;
  company: { id: string; legalName: string; tradeName: string | null } | null;
  /** Set when the request came with an API token instead of a session cookie. */
  apiToken?: { id: string; name: string };
  /** When the user last proved who they are in this session (see requireRecentAuthentication). */
  authenticatedAt: Date;
  /** Staff who must set up a second factor before anything else (the admin's setting). */
  mustEnrolSecondFactor: boolean;
}

// The password step of a two-step login stays open this long, for this many tries.
const PENDING_LOGIN_MS = 10 * 60 * 1000;

export const actorOf = (signedIn: SignedInUser): Actor => actorOfUser(signedIn.user);

/** Customers of an archived company, and deactivated users, may not sign in. */
function mayUseAccount(
  user: Pick<UserRow, 'isActive' | 'role'>,
  companyArchivedAt: Date | null | undefined,
): boolean {
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
 * Checks an email and password and opens a session. An unknown address, an
 * account that may not be used and a wrong password get the same answer after
 * the same work (one argon2 verification, against a decoy when there is no usable
 * account). Failures slow down only the source that made them (login-throttle.ts).
 */
export async function logIn(
  db: Database,
  credentials: LoginRequest,
  context: RequestContext,
  settings: AuthSettings,
  device?: KnownDevice,
): Promise<LoginOutcome> {
  const email = credentials.email.toLowerCase();
  const account = await findLoginAccount(db, email);
  const knownDeviceId = knownDeviceIdFor(device, account?.user.id);
  const source = loginSource(context.ip, knownDeviceId);
  const ip = context.ip ?? 'unknown';
  await refuseWhileSlowedDown(db, { email, source, ip, isKnownDevice: !!knownDeviceId }, settings);
  const user =
    account && mayUseAccount(account.user, account.companyArchivedAt) ? account.user : undefined;
  const passwordMatches = await verifyPassword(user?.passwordHash ?? null, credentials.password);
  if (!user || !passwordMatches) {
    await db.transaction(async (tx) => {
      await insertLoginFailure(tx, { email, source, ip });
      await recordAudit(tx, {
        action: 'auth.login_failed',
        actorUserId: account?.user.id ?? null,
        companyId: account?.user.companyId ?? null,
        subjectEmail: email,
        ...context,
      });
    });
    throw invalidCredentials();
  }
  // The password was right: this source starts afresh (the second step counts its own tries).
  await clearLoginFailures(db, email, source);
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
  user: SignedInUserRow,
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

/**
 * A 429 with Retry-After while this source must wait: after too many failures
 * on this account, or (unless it is a known device of the account) from this
 * address on any accounts. Nobody else is slowed down by them.
 */
async function refuseWhileSlowedDown(
  db: Executor,
  attempt: { email: string; source: string; ip: string; isKnownDevice: boolean },
  settings: LoginThrottleSettings,
): Promise<void> {
  const now = new Date();
  const since = new Date(now.getTime() - settings.loginFailureWindowSeconds * 1000);
  const onAccount = secondsToWait(
    await accountSourceFailures(db, attempt.email, attempt.source, since),
    settings.maxLoginFailures,
    settings,
    now,
  );
  const fromAddress = attempt.isKnownDevice
    ? 0
    : secondsToWait(
        await addressFailures(db, attempt.ip, since),
        settings.maxAddressFailures,
        settings,
        now,
      );
  const wait = Math.max(onAccount, fromAddress);
  if (wait > 0) throw tooManyRequests('too_many_login_attempts', wait);
}

/** Finds the signed-in user behind a cookie's token; ends the session if the account may no longer be used. */
export async function resolveSession(
  db: Executor,
  token: string,
  settings: Pick<AuthSettings, 'sessionDays' | 'sessionMaxDays'>,
): Promise<SignedInUser | undefined> {
  const now = new Date();
  const sessionId = sessionIdFromToken(token);
  const found = await findLiveSession(db, sessionId, now);
  // A login halfway through (password right, second factor still to come) is no session.
  if (!found || found.session.awaitingSecondFactor) return undefined;
  const endsAt = found.session.createdAt.getTime() + settings.sessionMaxDays * DAY_MS;
  if (!mayUseAccount(found.user, found.company?.archivedAt) || endsAt <= now.getTime()) {
    await deleteSession(db, sessionId);
    return undefined;
  }
  if (now.getTime() - found.session.lastSeenAt.getTime() > EXTEND_EVERY_MS) {
    // Pushed forward by use, but never past the session's absolute end.
    const expiresAt = Math.min(now.getTime() + settings.sessionDays * DAY_MS, endsAt);
    await extendSession(db, sessionId, new Date(expiresAt), now);
  }
  return {
    sessionId,
    authenticatedAt: found.session.authenticatedAt,
    mustEnrolSecondFactor: mustEnrolSecondFactor(found.user, found),
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
