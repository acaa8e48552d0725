import type { AppDeps } from '../app-deps.js';
import { recordAudit } from '../audit/audit.repository.js';
import { tooManyRequests } from '../http/errors.js';
import type { App } from '../http/types.js';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * What applies to requests made with an API token once it is known: a request budget
 * per token (besides the per-address one), and an audit entry for every change.
 */
export function registerApiTokenUsage(app: App, deps: AppDeps): void {
  // The plugin's own limiter, keyed by the token's id, called by hand: its per-route
  // hook runs once per request and the per-address limit has already used that turn.
  const perToken = app.createRateLimit({
    max: deps.rateLimits.apiTokenPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => `api-token:${request.signedIn?.apiToken?.id}`,
  });
  // onRequest, after the token was resolved (hooks run in order): a request with a bad
  // body counts too.
  app.addHook('onRequest', async (request, reply) => {
    if (!request.signedIn?.apiToken) return;
    const limit = await perToken(request);
    if (!limit.isAllowed && limit.isExceeded) {
      reply.header('retry-after', limit.ttlInSeconds);
      throw tooManyRequests('too_many_requests', limit.ttlInSeconds);
    }
  });

  // Every change made with a token appears in the audit log under the token's name,
  // whether or not the route records an entry of its own (those name the token too).
  app.addHook('onSend', async (request, reply, payload) => {
    const token = request.signedIn?.apiToken;
    if (!token || READ_METHODS.has(request.method) || reply.statusCode >= 400) return payload;
    await recordAudit(deps.db, {
      action: 'api_token.write',
      actorUserId: request.signedIn?.user.id ?? null,
      companyId: request.signedIn?.user.companyId ?? null,
      entityType: 'api_token',
      entityId: token.id,
      apiTokenId: token.id,
      data: {
        method: request.method,
        route: request.routeOptions.url ?? null,
        status: reply.statusCode,
      },
      ip: request.ip || null,
      userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
    });
    return payload;
  });
}
