import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config/config.js';
import type { SsoChecks } from './oidc-client.js';

const COOKIE = 'aitima_sso';
const PATH = '/api/auth/sso';
const TEN_MINUTES = 10 * 60;

/**
 * Keeps an attempt's state, nonce and PKCE verifier in the browser that started
 * it: signed, httpOnly, for ten minutes, sent only back to the SSO routes. Lax, so
 * the provider's top-level redirect back brings it along.
 */
export function setSsoChecksCookie(reply: FastifyReply, checks: SsoChecks, config: Config): void {
  const value = Buffer.from(JSON.stringify(checks)).toString('base64url');
  reply.setCookie(COOKIE, value, {
    path: PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: config.isHttps,
    signed: true,
    maxAge: TEN_MINUTES,
  });
}

/** The attempt's checks, if the cookie is there and its signature holds; used once. */
export function takeSsoChecks(
  request: FastifyRequest,
  reply: FastifyReply,
  config: Config,
): SsoChecks | undefined {
  const raw = request.cookies[COOKIE];
  reply.clearCookie(COOKIE, {
    path: PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: config.isHttps,
  });
  if (!raw) return undefined;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(unsigned.value, 'base64url').toString('utf8'));
    const { state, nonce, codeVerifier } = parsed ?? {};
    if (
      typeof state !== 'string' ||
      typeof nonce !== 'string' ||
      typeof codeVerifier !== 'string'
    ) {
      return undefined;
    }
    return { state, nonce, codeVerifier };
  } catch {
    return undefined;
  }
}
