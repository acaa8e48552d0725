import { createHash, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { bearerTokenOf } from '../api-tokens/token-secret.js';
import { sendProblem } from '../http/error-handler.js';
import type { AppMetrics } from './app-metrics.js';

// Methods outside these are counted as OTHER: a label takes a bounded set of values.
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * Times every answered request into the latency histogram, labelled by Fastify's route
 * pattern (`/api/tickets/:number`), never the URL itself, so the series stay few.
 */
export function registerRequestMetrics(app: FastifyInstance, metrics: AppMetrics): void {
  app.addHook('onResponse', async (request, reply) => {
    metrics.observeRequest(
      request.routeOptions.url ?? 'unmatched',
      KNOWN_METHODS.has(request.method) ? request.method : 'OTHER',
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
  });
}

/** Equal tokens, compared in constant time (hashes first, so lengths leak nothing either). */
function isSameToken(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * GET /metrics in Prometheus text format; with a token, only for `Authorization: Bearer
 * <token>`. Hidden from the API document: it is for the operator's Prometheus, not clients.
 */
export function registerMetricsEndpoint(
  app: FastifyInstance,
  metrics: AppMetrics,
  token: string | undefined,
): void {
  app.get(
    '/metrics',
    { schema: { hide: true }, config: { rateLimit: false } },
    async (request: FastifyRequest, reply: FastifyReply) => {
      if (token !== undefined) {
        const given = bearerTokenOf(request.headers.authorization);
        if (given === undefined || !isSameToken(given, token)) {
          reply.header('www-authenticate', 'Bearer realm="metrics"');
          return sendProblem(reply, 401, 'unauthenticated', 'GET /metrics needs its bearer token');
        }
      }
      const body = await metrics.registry.metrics();
      return reply.type(metrics.registry.contentType).send(body);
    },
  );
}

/** /metrics on a port of its own, on the loopback address only (METRICS_PORT). */
export async function startMetricsServer(
  metrics: AppMetrics,
  options: { port: number; token: string | undefined },
): Promise<{ url: string; close(): Promise<void> }> {
  const server = Fastify({ logger: false });
  registerMetricsEndpoint(server, metrics, options.token);
  await server.listen({ port: options.port, host: '127.0.0.1' });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { url: `http://127.0.0.1:${port}/metrics`, close: () => server.close() };
}
