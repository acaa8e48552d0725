import type { FastifyRequest } from 'fastify';
import { authenticateApiToken } from '../api-tokens/api-token-auth.js';
import { bearerTokenOf } from '../api-tokens/token-secret.js';
import type { AppDeps } from '../app-deps.js';
import { unauthenticated } from '../http/errors.js';
import type { App } from '../http/types.js';
import type { Actor } from '../policies/actor.js';
import { actorOf, resolveSession, type SignedInUser } from './auth.service.js';
import { readSessionCookie, setSessionCookie } from './session-cookie.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, when the request carries a live session. */
    signedIn: SignedInUser | null;
  }
}

/** Resolves the session cookie of every API request into `request.signedIn`. */
export function registerSessionResolver(app: App, deps: AppDeps): void {
  app.decorateRequest('signedIn', null);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    // A bearer token wins: the cookie is ignored, so one request is never two people.
    const bearer = bearerTokenOf(request.headers.authorization);
    if (bearer !== undefined) {
      request.signedIn = await authenticateApiToken(deps.db, request, bearer);
      return;
    }
    const cookie = readSessionCookie(request);
    if (!cookie) return;
    request.signedIn = (await resolveSession(deps.db, cookie.token, deps.auth)) ?? null;
    // After a key rotation, a live session's cookie is signed again with the new key
    // before the old one retires, so nobody is signed out by the rotation.
    if (request.signedIn && cookie.isSignedWithOldKey) {
      setSessionCookie(reply, cookie.token, deps.config);
    }
  });
}

/** The signed-in user, or a 401. */
export function requireSignedIn(request: FastifyRequest): SignedInUser {
  if (!request.signedIn) throw unauthenticated();
  return request.signedIn;
}

/** The actor behind the request, or a 401. */
export function requireActor(request: FastifyRequest): Actor {
  return actorOf(requireSignedIn(request));
}
