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
    userAgent: printableUserAgent(request.headers['user-agent']),
    apiTokenId: request.signedIn?.apiToken?.id ?? null,
  };
}

/** The user agent without control characters (NUL above all: text columns cannot hold it). */
function printableUserAgent(header: string | undefined): string | null {
  if (header === undefined) return null;
  return [...header]
    .filter((char) => char >= ' ' && char !== '\u007f')
    .join('')
    .slice(0, 500);
}
