import type {
  ApiTokenKind,
  ApiTokenList,
  CreatedApiToken,
  CreatePersonalTokenRequest,
  CreateServiceTokenRequest,
} from '../../shared/api/api-tokens.js';
import type { Role } from '../../shared/roles.js';
import { recordAudit } from '../audit/audit.repository.js';
import { actorOf, type SignedInUser } from '../auth/auth.service.js';
import type { Database, Executor } from '../db/database.js';
import { invalid, notFound } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import { authorize } from '../policies/authorize.js';
import { findUserById } from '../users/users.repository.js';
import { presentApiToken } from './api-token.presenter.js';
import {
  findTokenListRow,
  insertApiToken,
  listPersonalTokens,
  listServiceTokens,
  revokeApiToken,
} from './api-tokens.repository.js';
import { expiryOf } from './token-expiry.js';
import { effectiveRole } from './token-role.js';
import { hashTokenSecret, newTokenSecret } from './token-secret.js';

interface NewToken {
  kind: ApiTokenKind;
  name: string;
  scopes: string[];
  expiry: CreatePersonalTokenRequest['expiry'];
  userId: string;
  role: Role | null;
  companyId: string | null;
}

/** Stores a new token's hash, records it, and answers with the secret: the only time it is shown. */
async function issueToken(
  db: Database,
  createdBy: SignedInUser,
  values: NewToken,
  context: RequestContext,
): Promise<CreatedApiToken> {
  const { secret, prefix } = newTokenSecret(values.kind);
  const expiresAt = expiryOf(values.expiry, new Date());
  const id = await db.transaction(async (tx) => {
    const row = await insertApiToken(tx, {
      kind: values.kind,
      name: values.name,
      scopes: [...new Set(values.scopes)],
      secretHash: hashTokenSecret(secret),
      prefix,
      userId: values.userId,
      role: values.role,
      createdById: createdBy.user.id,
      expiresAt,
    });
    await recordAudit(tx, {
      action: 'api_token.created',
      actorUserId: createdBy.user.id,
      companyId: values.companyId,
      entityType: 'api_token',
      entityId: row.id,
      data: { name: row.name, kind: row.kind, scopes: row.scopes },
      ...context,
    });
    return row.id;
  });
  return { token: presentApiToken((await findTokenListRow(db, id))!), secret };
}

/**
 * «Νέο κλειδί» on one's profile: a token with one's own rights, never more. The route
 * lets only a recently authenticated session here (requireRecentAuthentication).
 */
export async function createPersonalToken(
  db: Database,
  signedIn: SignedInUser,
  request: CreatePersonalTokenRequest,
  context: RequestContext,
): Promise<CreatedApiToken> {
  return issueToken(
    db,
    signedIn,
    {
      kind: 'personal',
      name: request.name,
      scopes: request.scopes,
      expiry: request.expiry,
      userId: signedIn.user.id,
      role: null,
      companyId: signedIn.user.companyId,
    },
    context,
  );
}

/**
 * A service token, by an admin: it acts as an active user (a company's contact, or a
 * staff user) with at most `role`, which must be of the user's family and not above it.
 */
export async function createServiceToken(
  db: Database,
  signedIn: SignedInUser,
  request: CreateServiceTokenRequest,
  context: RequestContext,
): Promise<CreatedApiToken> {
  authorize(actorOf(signedIn), 'api-token.manage-service', null);
  const user = await findUserById(db, request.userId);
  if (!user?.isActive) throw invalid('userId', 'invalid_value');
  const role = effectiveRole(user.role, request.role);
  if (role !== request.role) throw invalid('role', 'invalid_value');
  return issueToken(
    db,
    signedIn,
    {
      kind: 'service',
      name: request.name,
      scopes: request.scopes,
      expiry: request.expiry,
      userId: user.id,
      role: request.role,
      companyId: user.companyId,
    },
    context,
  );
}

/** «Κλειδιά API» on the profile: one's own personal tokens, revoked ones included. */
export async function listOwnTokens(db: Executor, signedIn: SignedInUser): Promise<ApiTokenList> {
  const rows = await listPersonalTokens(db, signedIn.user.id);
  return { items: rows.map(presentApiToken) };
}

/** The console's list of service tokens: admins only. */
export async function listAllServiceTokens(
  db: Executor,
  signedIn: SignedInUser,
): Promise<ApiTokenList> {
  authorize(actorOf(signedIn), 'api-token.manage-service', null);
  const rows = await listServiceTokens(db);
  return { items: rows.map(presentApiToken) };
}

/**
 * Revokes a token: one's own personal token, or (admins) a service token. Anyone
 * else's is a 404. Revoking twice answers the same.
 */
export async function revokeToken(
  db: Database,
  signedIn: SignedInUser,
  id: string,
  kind: ApiTokenKind,
  context: RequestContext,
): Promise<void> {
  if (kind === 'service') authorize(actorOf(signedIn), 'api-token.manage-service', null);
  const row = await findTokenListRow(db, id);
  const isOwn = kind === 'service' || row?.token.userId === signedIn.user.id;
  if (!row || row.token.kind !== kind || !isOwn) throw notFound();
  await db.transaction(async (tx) => {
    if (!(await revokeApiToken(tx, id, signedIn.user.id))) return;
    await recordAudit(tx, {
      action: 'api_token.revoked',
      actorUserId: signedIn.user.id,
      companyId: row.company?.id ?? null,
      entityType: 'api_token',
      entityId: id,
      data: { name: row.token.name, kind: row.token.kind },
      ...context,
    });
  });
}
