import type { FastifyRequest } from 'fastify';

/** Where a request came from, for sessions and the audit log. */
export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
  /** The API token the request came with: audit entries name it («μέσω κλειδιού»). */
  apiTokenId?: string | null;
}

export function requestContext(request: FastifyRequest): RequestContext {
  return {
    ip: request.ip || null,
    userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
    apiTokenId: request.signedIn?.apiToken?.id ?? null,
  };
}
