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
  return (await createPostgresTestDatabase(databaseUrl)).connection;
}

/** A new PostgreSQL database copied from the template, and its URL (for server processes). */
export async function createPostgresTestDatabase(
  databaseUrl: string,
): Promise<{ connection: DatabaseConnection; url: string }> {
  const name = `aitima_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(
    databaseUrl,
    `create database ${name} template ${inject('postgresTemplateDatabase')}`,
  );
  const url = withDatabase(databaseUrl, name);
  const connection = openPostgres(url, 5);
  return {
    url,
    connection: {
      ...connection,
      close: async () => {
        await connection.close();
        await adminQuery(databaseUrl, `drop database if exists ${name} with (force)`);
      },
    },
  };
}
