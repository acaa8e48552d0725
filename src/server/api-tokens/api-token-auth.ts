import type { FastifyRequest } from 'fastify';
import { isStaffRole } from '../../shared/roles.js';
import type { SignedInUser } from '../auth/auth.service.js';
import type { Executor } from '../db/database.js';
import { AppError } from '../http/errors.js';
import { findTokenBySecretHash, touchApiToken } from './api-tokens.repository.js';
import { areaOfRoute, requiredScope, scopesGrant } from './token-areas.js';
import { effectiveRole } from './token-role.js';
import { hashTokenSecret } from './token-secret.js';

// Last use is recorded at most this often per token: not a write on every request.
const TOUCH_EVERY_MS = 60_000;

const refused = (code: 'api_token_invalid' | 'api_token_expired' | 'api_token_revoked') =>
  new AppError(401, code, 'The API token is not valid (unknown, expired or revoked)');

/**
 * Turns a bearer token into the user it acts as, with the token's role cap, or
 * throws: 401 for a token that does not work (a code of its own, not a missing
 * session's), 403 for a route outside the token's scopes or closed to tokens.
 */
export async function authenticateApiToken(
  db: Executor,
  request: FastifyRequest,
  secret: string,
): Promise<SignedInUser> {
  const now = new Date();
  const found = await findTokenBySecretHash(db, hashTokenSecret(secret));
  if (!found) throw refused('api_token_invalid');
  const { token, user, company } = found;
  if (token.revokedAt) throw refused('api_token_revoked');
  if (token.expiresAt.getTime() <= now.getTime()) throw refused('api_token_expired');
  const role = effectiveRole(user.role, token.role);
  const companyClosed = !isStaffRole(user.role) && (!company || company.archivedAt !== null);
  if (!user.isActive || companyClosed || !role) throw refused('api_token_invalid');

  const area = areaOfRoute(request.routeOptions.url);
  if (!area) {
    throw new AppError(403, 'api_token_route_not_allowed', 'API tokens cannot use this route');
  }
  const needed = requiredScope(request.method, area);
  if (!scopesGrant(token.scopes, needed)) {
    throw new AppError(403, 'api_token_scope_missing', `The API token lacks the scope ${needed}`);
  }

  const staleBefore = new Date(now.getTime() - TOUCH_EVERY_MS);
  if (!token.lastUsedAt || token.lastUsedAt < staleBefore) {
    await touchApiToken(db, token.id, now, staleBefore);
  }
  return {
    sessionId: '',
    // A key never counts as a fresh sign-in (requireRecentAuthentication refuses it), and it
    // answers to its own scopes and expiry rather than to the staff second-factor setting.
    authenticatedAt: new Date(0),
    mustEnrolSecondFactor: false,
    user: { ...user, role },
    company: company
      ? { id: company.id, legalName: company.legalName, tradeName: company.tradeName }
      : null,
    apiToken: { id: token.id, name: token.name },
  };
}
