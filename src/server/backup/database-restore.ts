import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { DatabaseConnection } from '../db/client.js';
import { dumpForDriver } from './database-dump.js';

/**
 * Loads a backup's rows into a migrated, empty database, all in one transaction (a
 * failure leaves the tables empty). The dump sets session settings (an empty
 * search_path among them): PGlite's one connection is reset after, and PostgreSQL's
 * pooled client is discarded rather than handed back to the pool.
 */
export async function loadRows(connection: DatabaseConnection, dump: string): Promise<void> {
  const statements = dumpForDriver(dump);
  if (connection.engine === 'pglite') {
    const client = (connection.db as unknown as { $client: PGlite }).$client;
    try {
      await client.transaction((tx) => tx.exec(statements).then(() => undefined));
    } finally {
      await client.exec('RESET ALL');
    }
    return;
  }
  const pool = (connection.db as unknown as { $client: pg.Pool }).$client;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(statements);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release(true);
  }
}
