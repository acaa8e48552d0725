import { createRequire } from 'node:module';
import pg from 'pg';
import type { Database } from '../src/server/db/database.js';

// node-postgres's own conversion of a JavaScript value to the text it sends (untyped module).
const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils.js') as {
  prepareValue(value: unknown): unknown;
};

/** One statement a request sent, with its parameters as PostgreSQL text (null for NULL). */
export interface CapturedStatement {
  sql: string;
  params: (string | null)[];
  /** Sent as a named (prepared) statement: PostgreSQL planned it once per connection. */
  prepared?: boolean;
}

/**
 * The texts node-postgres has sent as named statements: Drizzle's logger does not
 * say whether a query was prepared, so the client's own `query` is watched (a
 * bench-only probe; every pooled client is a pg.Client).
 */
const namedTexts = new Set<string>();
const clientQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function watchNamedStatements(this: pg.Client, ...args: unknown[]) {
  const config = args[0] as { name?: string; text?: string } | string;
  if (typeof config === 'object' && config?.name && config.text) namedTexts.add(config.text);
  return clientQuery.apply(this, args);
} as typeof pg.Client.prototype.query;

interface DrizzleLogger {
  logQuery(query: string, params: unknown[]): void;
}

/**
 * Records the statements Drizzle sends while switched on, through Drizzle's own
 * logger hook: every query of the app goes through its session, and a
 * transaction's session is made from the same options, so it logs too. (On
 * node-postgres BEGIN and COMMIT are statements of their own and are recorded; on
 * PGlite its client issues them, unseen.)
 */
export function captureStatements(db: Database) {
  let recording: CapturedStatement[] | null = null;
  const logger: DrizzleLogger = {
    logQuery(query, params) {
      recording?.push({ sql: query, params: params.map(asPostgresText) });
    },
  };
  // Private fields of Drizzle's PgDatabase and session: this is a bench-only probe.
  const session = (
    db as unknown as { session: { logger: DrizzleLogger; options: { logger?: DrizzleLogger } } }
  ).session;
  session.logger = logger;
  session.options.logger = logger;
  return {
    start() {
      recording = [];
    },
    stop(): CapturedStatement[] {
      const statements = (recording ?? []).map((statement) =>
        namedTexts.has(statement.sql) ? { ...statement, prepared: true } : statement,
      );
      recording = null;
      return statements;
    },
  };
}

/** A parameter as node-postgres would send it: text, or null. */
function asPostgresText(value: unknown): string | null {
  const prepared = prepareValue(value);
  if (prepared === null || prepared === undefined) return null;
  return Buffer.isBuffer(prepared) ? `\\x${prepared.toString('hex')}` : String(prepared);
}
