import type { FastifyRequest } from 'fastify';

/** Where a request came from, for sessions and the audit log. */
export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
}

export function requestContext(request: FastifyRequest): RequestContext {
  return {
    ip: request.ip || null,
    userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
  };
}
