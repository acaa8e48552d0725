import type { Scenario } from './scenarios.js';

/** What issue 11 asks of a scenario on an engine; absent figures are not targeted. */
export interface Target {
  minRequestsPerSecond?: number;
  maxP99Ms?: number;
  /** A request's time at most this many times its statements' time straight on PostgreSQL. */
  maxStatementsRatio?: number;
}

/**
 * Issue 11's targets. PostgreSQL: queue, ticket and search ≥ 1,000 req/s with
 * p99 ≤ 20 ms; a reply ≥ 500 req/s, p99 ≤ 50 ms; page 2,000 p99 ≤ 20 ms; at 50
 * connections p99 ≤ 50 ms; each request within 1.3× of its statements. PGlite:
 * every read ≥ 300 req/s; 50 users at once p99 ≤ 200 ms (and no timeouts, which
 * the bench counts as failures everywhere).
 */
export function targetOf(scenario: Scenario, engine: 'pglite' | 'postgres'): Target {
  if (engine === 'pglite') {
    if (scenario.connections >= 50) return { maxP99Ms: 200 };
    return scenario.kind === 'read' ? { minRequestsPerSecond: 300 } : {};
  }
  const statements = { maxStatementsRatio: 1.3 };
  if (scenario.connections >= 50) return { maxP99Ms: 50, ...statements };
  switch (scenario.id) {
    case 'queue':
    case 'ticket':
    case 'search':
      return { minRequestsPerSecond: 1000, maxP99Ms: 20, ...statements };
    case 'page-2000':
      return { maxP99Ms: 20, ...statements };
    case 'reply':
      return { minRequestsPerSecond: 500, maxP99Ms: 50, ...statements };
    default:
      return statements;
  }
}

/** "ok" or "MISS" for one figure against its target; "" when there is none. */
export function verdict(value: number, limit: number | undefined, kind: 'min' | 'max'): string {
  if (limit === undefined) return '';
  return (kind === 'min' ? value >= limit : value <= limit) ? 'ok' : 'MISS';
}
