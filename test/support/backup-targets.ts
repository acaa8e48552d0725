import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type DatabaseConnection, openPglite, openPostgres } from '../../src/server/db/client.js';
import { adminQuery, withDatabase } from './database-template.js';

/** An empty place to restore into: a new DATA_DIR and, on PostgreSQL, a new empty database. */
export interface RestoreTargetForTest {
  dataDir: string;
  engine: 'pglite' | 'postgres';
  databaseUrl: string | undefined;
  open(): Promise<DatabaseConnection>;
  /** Drops the database made for it. */
  drop(): Promise<void>;
}

export function emptyPgliteTarget(): RestoreTargetForTest {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aitima-restore-'));
  return {
    dataDir,
    engine: 'pglite',
    databaseUrl: undefined,
    open: () => openPglite({ dataDir }),
    drop: async () => {},
  };
}

/** A database created empty (no template: not even migrated) on the server of `serverUrl`. */
export async function emptyPostgresTarget(serverUrl: string): Promise<RestoreTargetForTest> {
  const name = `aitima_restore_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const databaseUrl = withDatabase(serverUrl, name);
  return {
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'aitima-restore-')),
    engine: 'postgres',
    databaseUrl,
    open: () => Promise.resolve(openPostgres(databaseUrl, 5)),
    drop: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`),
  };
}

/** The URL a PostgreSQL connection of the tests was opened with (pg_dump needs it). */
export function databaseUrlOf(connection: DatabaseConnection): string | undefined {
  if (connection.engine !== 'postgres') return undefined;
  const pool = (connection.db as unknown as { $client: { options: { connectionString: string } } })
    .$client;
  return pool.options.connectionString;
}
