import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { projectRoot } from '../project-root.js';
import type { DatabaseConnection } from './client.js';

/** The SQL migrations ship beside the code, in the project's drizzle/ folder (src or dist alike). */
export const migrationsFolder = path.join(projectRoot, 'drizzle');

// Any constant shared by every process: it serialises concurrent migrations on one server.
const MIGRATION_LOCK_KEY = 7_301_911;

/** Applies pending migrations. On PostgreSQL an advisory lock keeps two processes from racing. */
export async function runMigrations(connection: DatabaseConnection): Promise<void> {
  if (connection.engine === 'pglite') {
    await migratePglite(connection.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  const db = connection.db as unknown as NodePgDatabase;
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await migratePostgres(tx as unknown as NodePgDatabase, { migrationsFolder });
  });
}
