import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config/config.js';

export const SESSION_COOKIE = 'aitima_session';

/** Puts a session token in an httpOnly, SameSite=Lax cookie (Secure over https). */
export function setSessionCookie(reply: FastifyReply, token: string, config: Config): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.isHttps,
    signed: true,
    maxAge: config.sessionDays * 24 * 60 * 60,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.isHttps,
  });
}

/** The session token from the request's cookie, if it is there and its signature holds. */
export function readSessionToken(request: FastifyRequest): string | undefined {
  return readSessionCookie(request)?.token;
}

/**
 * The session token and whether its signature is by a key that no longer signs (a
 * rotation's previous key, still verifying for its grace period).
 */
export function readSessionCookie(
  request: FastifyRequest,
): { token: string; isSignedWithOldKey: boolean } | undefined {
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) return undefined;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value
    ? { token: unsigned.value, isSignedWithOldKey: unsigned.renew }
    : undefined;
}
