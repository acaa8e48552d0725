import type { ApiTokenArea, ApiTokenScope } from '../../shared/api/api-tokens.js';

/**
 * The one map from API routes to the area a token's scope must name. Patterns are
 * Fastify's route URLs, tried in order (most specific first); a route that matches
 * none refuses tokens: sign-in, setup, invitations, one's own profile, password and
 * sessions, the live stream and the tokens themselves are for people in a browser.
 */
const ROUTE_AREAS: ReadonlyArray<readonly [RegExp, ApiTokenArea]> = [
  [/^\/api\/tickets\/:number\/tasks(\/|$)/, 'tasks'],
  [/^\/api\/tasks(\/|\.csv$|$)/, 'tasks'],
  [/^\/api\/me\/running-task$/, 'tasks'],
  [/^\/api\/tickets(\/|$)/, 'tickets'],
  [/^\/api\/ticket-ratings$/, 'tickets'],
  [/^\/api\/estimates\/:id\//, 'tickets'],
  [/^\/api\/canned-replies(\/|$)/, 'tickets'],
  [/^\/api\/attachments\//, 'tickets'],
  [/^\/api\/uploads(\/|$)/, 'tickets'],
  [/^\/api\/staff-members$/, 'tickets'],
  [/^\/api\/ledger(\/|\.csv$|$)/, 'hours'],
  [/^\/api\/disputes(\/|$)/, 'hours'],
  [/^\/api\/companies\/:id\/ledger\//, 'hours'],
  [/^\/api\/dashboard$/, 'hours'],
  [/^\/api\/statements(\/|$)/, 'statements'],
  [/^\/api\/subscriptions\/:id\/statements$/, 'statements'],
  [/^\/api\/companies\/:id\/hours-allocation$/, 'hours'],
  [/^\/api\/packages(\/|$)/, 'packages'],
  [/^\/api\/companies\/:id\/hour-block(s|-requests)$/, 'packages'],
  [/^\/api\/hour-block(s|-offers)(\/|$)/, 'packages'],
  [/^\/api\/companies\/:id\/subscriptions$/, 'packages'],
  [/^\/api\/subscriptions\/:id$/, 'packages'],
  [/^\/api\/companies(\/|$)/, 'companies'],
  [/^\/api\/staff-users(\/|$)/, 'administration'],
  [/^\/api\/audit(\/|\.csv$|$)/, 'administration'],
  [/^\/api\/admin\/emails(\/|$)/, 'administration'],
  [/^\/api\/mailboxes(\/|$)/, 'administration'],
  [/^\/api\/inbound-emails(\/|$)/, 'administration'],
];

/** The area of a route (its Fastify URL pattern), or null when tokens may not use it. */
export function areaOfRoute(routeUrl: string | undefined): ApiTokenArea | null {
  if (!routeUrl) return null;
  for (const [pattern, area] of ROUTE_AREAS) if (pattern.test(routeUrl)) return area;
  return null;
}

const READ_METHODS = new Set(['GET', 'HEAD']);

/** The scope a request needs: GET and HEAD read, every other method writes. */
export function requiredScope(method: string, area: ApiTokenArea): ApiTokenScope {
  return `${area}:${READ_METHODS.has(method) ? 'read' : 'write'}`;
}

/** Whether a token's scopes grant one: a write scope grants the read of its area too. */
export function scopesGrant(scopes: readonly string[], needed: ApiTokenScope): boolean {
  if (scopes.includes(needed)) return true;
  const [area, access] = needed.split(':');
  return access === 'read' && scopes.includes(`${area}:write`);
}
