import type { FastifyRequest } from 'fastify';
import { AppError } from '../http/errors.js';
import { requireSignedIn } from './auth.plugin.js';
import type { SignedInUser } from './auth.service.js';

/** How long a login or a re-authentication counts as recent for sensitive changes. */
export const RECENT_AUTHENTICATION_MS = 10 * 60 * 1000;

export const reauthenticationRequired = () =>
  new AppError(
    403,
    'reauthentication_required',
    'Confirm who you are again (POST /api/auth/reauthenticate) and retry',
  );

/**
 * The guard in front of sensitive changes (password, email, second factors, API
 * tokens): the signed-in user, if they logged in or re-authenticated within the
 * last ten minutes; otherwise a 403 `reauthentication_required`, which the web
 * app answers by asking for the password or a code and retrying.
 */
export function requireRecentAuthentication(request: FastifyRequest): SignedInUser {
  const signedIn = requireSignedIn(request);
  if (Date.now() - signedIn.authenticatedAt.getTime() > RECENT_AUTHENTICATION_MS) {
    throw reauthenticationRequired();
  }
  return signedIn;
}
