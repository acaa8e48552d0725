import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type * as schema from './schema.js';

type Schema = typeof schema;

/** The Drizzle handle every repository takes: PGlite and node-postgres both fit it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** A transaction handle; it can stand wherever a Database is expected. */
export type Transaction = PgTransaction<
  PgQueryResultHKT,
  Schema,
  ExtractTablesWithRelations<Schema>
>;

/** Either the database or a transaction in progress. */
export type Executor = Database | Transaction;
