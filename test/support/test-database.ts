import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { type DatabaseConnection, openPglite, openPostgres } from '../../src/server/db/client.js';
import { adminQuery, withDatabase } from './database-template.js';

/**
 * A fresh, migrated database for one test file: an in-memory PGlite loaded from
 * the template, or a new PostgreSQL database copied from the template.
 */
export async function createTestDatabase(): Promise<DatabaseConnection> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const tarball = readFileSync(inject('pgliteTemplateFile'));
    return openPglite({ loadDataDir: new Blob([tarball]) });
  }
  const name = `aitima_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(
    databaseUrl,
    `create database ${name} template ${inject('postgresTemplateDatabase')}`,
  );
  const connection = openPostgres(withDatabase(databaseUrl, name), 5);
  return {
    ...connection,
    close: async () => {
      await connection.close();
      await adminQuery(databaseUrl, `drop database if exists ${name}`);
    },
  };
}
