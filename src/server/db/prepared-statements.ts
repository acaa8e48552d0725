import { createHash } from 'node:crypto';
import type { Database, Executor } from './database.js';
import type { PgliteNamedStatements } from './pglite-named-statements.js';

/**
 * More shapes than this per database handle run unprepared: a list's optional
 * filters make many combinations, and each prepared statement holds a plan on
 * every pooled connection.
 */
const MAX_STATEMENTS_PER_DATABASE = 200;

/**
 * What this module reads of Drizzle's objects beyond their typed surface. A
 * database handle and its transactions share one dialect (so it keys the cache of
 * a database handle); each handle's session holds the client it sends queries to
 * (the pool, a pooled connection in a transaction, PGlite or its transaction); a
 * prepared query sends to the client it holds. Checked by prepared-statements.test.ts.
 */
interface HandleInternals {
  dialect: object;
  session: { client: unknown };
}
interface PreparedQueryInternals {
  client: unknown;
}

interface PreparedEntry<Statement extends object = object> {
  name: string;
  statement: Statement;
}

const statementsByDatabase = new WeakMap<object, Map<string, PreparedEntry>>();
const pgliteStatementsByDatabase = new WeakMap<object, PgliteNamedStatements>();

/**
 * A PGlite database runs its prepared statements as named statements (see
 * pglite-named-statements.ts); Drizzle's PGlite driver would send them unnamed.
 */
export function runPreparedStatementsNamed(db: Database, statements: PgliteNamedStatements) {
  pgliteStatementsByDatabase.set((db as unknown as HandleInternals).dialect, statements);
}

function statementsOf(executor: Executor): Map<string, PreparedEntry> {
  const { dialect } = executor as unknown as HandleInternals;
  let statements = statementsByDatabase.get(dialect);
  if (!statements) {
    statements = new Map();
    statementsByDatabase.set(dialect, statements);
  }
  return statements;
}

/**
 * The statement as the executor must run it: on its own client. A transaction's
 * statements must go to its connection (they see its uncommitted writes, and
 * PGlite runs nothing else while it is open), so the cached statement is viewed
 * through an object that only changes the client. On PGlite that client runs the
 * statement by its name, inside the transaction when the executor is one.
 */
function onClientOf<Statement extends object>(
  executor: Executor,
  statement: Statement,
  name: string,
): Statement {
  const { dialect, session } = executor as unknown as HandleInternals;
  const pglite = pgliteStatementsByDatabase.get(dialect);
  if (pglite) return viewWithClient(statement, pglite.clientRunning(name, session.client));
  if ((statement as unknown as PreparedQueryInternals).client === session.client) return statement;
  return viewWithClient(statement, session.client);
}

function viewWithClient<Statement extends object>(
  statement: Statement,
  client: unknown,
): Statement {
  return Object.create(statement, { client: { value: client } }) as Statement;
}

/**
 * The statement prepared once per database handle for a fixed query (one shape),
 * run on the executor given: the database or one of its transactions.
 *
 * On PostgreSQL (node-postgres) a named statement is parsed and planned once per
 * pooled connection, so a hot query stops paying its planning on every request,
 * and Drizzle builds its text once; on PGlite it is parsed and planned once on
 * its one backend (pglite-named-statements.ts). The name is derived from the shape:
 * node-postgres refuses one name with two texts, and one shape always builds the
 * same text.
 */
export function preparedStatement<Statement extends object>(
  executor: Executor,
  shape: string,
  prepare: (name: string) => Statement,
): Statement {
  const statements = statementsOf(executor);
  let prepared = statements.get(shape) as PreparedEntry<Statement> | undefined;
  if (!prepared) {
    const name = `s_${createHash('sha1').update(shape).digest('hex').slice(0, 20)}`;
    prepared = { name, statement: prepare(name) };
    statements.set(shape, prepared);
  }
  return onClientOf(executor, prepared.statement, prepared.name);
}

/**
 * The same for a query of many shapes (a list's optional filters), or undefined
 * once a database handle holds too many: the caller then runs the query unprepared.
 */
export function preparedStatementIfRoom<Statement extends object>(
  executor: Executor,
  shape: string,
  prepare: (name: string) => Statement,
): Statement | undefined {
  const statements = statementsOf(executor);
  if (!statements.has(shape) && statements.size >= MAX_STATEMENTS_PER_DATABASE) return undefined;
  return preparedStatement(executor, shape, prepare);
}
