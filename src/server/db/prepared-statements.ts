import { createHash } from 'node:crypto';
import type { Database } from './database.js';

/**
 * More shapes than this per database handle run unprepared: a list's optional
 * filters make many combinations, and each prepared statement holds a plan on
 * every pooled connection.
 */
const MAX_STATEMENTS_PER_DATABASE = 200;

const statementsByDatabase = new WeakMap<Database, Map<string, unknown>>();

function statementsOf(db: Database): Map<string, unknown> {
  let statements = statementsByDatabase.get(db);
  if (!statements) {
    statements = new Map();
    statementsByDatabase.set(db, statements);
  }
  return statements;
}

/**
 * The statement prepared once per database handle for a fixed query (one shape).
 *
 * On PostgreSQL (node-postgres) a named statement is parsed and planned once per
 * pooled connection, so a hot query stops paying its planning on every request;
 * PGlite's driver runs the same statement unnamed, with the same results. The
 * name is derived from the shape: node-postgres refuses one name with two texts,
 * and one shape always builds the same text.
 */
export function preparedStatement<Statement>(
  db: Database,
  shape: string,
  prepare: (name: string) => Statement,
): Statement {
  const statements = statementsOf(db);
  const known = statements.get(shape);
  if (known) return known as Statement;
  const statement = prepare(`s_${createHash('sha1').update(shape).digest('hex').slice(0, 20)}`);
  statements.set(shape, statement);
  return statement;
}

/**
 * The same for a query of many shapes (a list's optional filters), or undefined
 * once a database handle holds too many: the caller then runs the query unprepared.
 */
export function preparedStatementIfRoom<Statement>(
  db: Database,
  shape: string,
  prepare: (name: string) => Statement,
): Statement | undefined {
  const statements = statementsOf(db);
  if (!statements.has(shape) && statements.size >= MAX_STATEMENTS_PER_DATABASE) return undefined;
  return preparedStatement(db, shape, prepare);
}
