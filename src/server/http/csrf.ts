import type { FastifyInstance } from 'fastify';
import { bearerTokenOf } from '../api-tokens/token-secret.js';
import type { Config } from '../config/config.js';
import { AppError } from './errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery guard: a request that changes something must carry
 * an Origin header naming this site (the host it was sent to, or PUBLIC_URL).
 * Browsers always send Origin on such requests; another site cannot forge it.
 */
export function registerOriginCheck(app: FastifyInstance, config: Config): void {
  const publicHost = new URL(config.publicUrl).host;
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
    // A browser cannot send an Authorization header to another site without CORS, which
    // this server never allows: a bearer request cannot be forged. It is still authorized.
    if (bearerTokenOf(request.headers.authorization) !== undefined) return;
    const origin = request.headers.origin;
    let originHost: string | undefined;
    try {
      originHost = origin ? new URL(origin).host : undefined;
    } catch {
      originHost = undefined;
    }
    if (!originHost || (originHost !== request.headers.host && originHost !== publicHost)) {
      throw new AppError(
        403,
        'csrf_origin_mismatch',
        'This request must come from the Aitima web app (missing or foreign Origin header)',
      );
    }
  });
}
