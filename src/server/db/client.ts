import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { Database } from './database.js';
import { PgliteNamedStatements } from './pglite-named-statements.js';
import { type ListenHandlers, listenOnPostgres } from './postgres-listener.js';
import { runPreparedStatementsNamed } from './prepared-statements.js';
import * as schema from './schema.js';

export interface DatabaseConnection {
  db: Database;
  engine: 'pglite' | 'postgres';
  close(): Promise<void>;
  /**
   * Hears the NOTIFY messages on `channel` (each once its transaction has committed).
   * Resolves to a function that stops listening.
   */
  listen(channel: string, handlers: ListenHandlers): Promise<() => Promise<void>>;
  /** The connection pool's clients (PostgreSQL only), for /metrics. */
  poolStats?(): PoolStats;
}

/** node-postgres pool figures: clients open, idle among them, and queries waiting for one. */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

/** The extensions our migrations create; PGlite must load them on every open. */
export const pgliteExtensions = { pg_trgm, unaccent };

/** Opens PGlite in `<dataDir>/pglite`, or in memory when no folder is given. */
export async function openPglite(options: {
  dataDir?: string;
  loadDataDir?: Blob;
}): Promise<DatabaseConnection> {
  let folder: string | undefined;
  if (options.dataDir) {
    folder = path.join(options.dataDir, 'pglite');
    mkdirSync(folder, { recursive: true });
  }
  const client = await PGlite.create({
    ...(folder ? { dataDir: folder } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: pgliteExtensions,
  });
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  runPreparedStatementsNamed(db, new PgliteNamedStatements(client));
  return {
    db,
    engine: 'pglite',
    close: () => client.close(),
    // One process owns the folder, so it hears every change; nothing is ever missed.
    listen: (channel, handlers) => client.listen(channel, handlers.onMessage),
  };
}

/** Connects to a PostgreSQL server through a pool of node-postgres clients. */
export function openPostgres(databaseUrl: string, maxConnections = 10): DatabaseConnection {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: maxConnections });
  return {
    db: drizzlePostgres(pool, { schema }) as unknown as Database,
    engine: 'postgres',
    close: () => pool.end(),
    listen: (channel, handlers) => listenOnPostgres(databaseUrl, channel, handlers),
    poolStats: () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
    }),
  };
}

/** PostgreSQL when DATABASE_URL is set, embedded PGlite in DATA_DIR otherwise. */
export function openDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string;
}): Promise<DatabaseConnection> {
  if (options.databaseUrl) return Promise.resolve(openPostgres(options.databaseUrl));
  return openPglite({ dataDir: options.dataDir });
}
