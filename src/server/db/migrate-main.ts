import { ConfigError, loadConfig } from '../config/config.js';
import { backfillLedger } from '../ledger/ledger-backfill.js';
import { openDatabase } from './client.js';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.js';
import { runMigrations } from './migrate.js';

/** `npm run db:migrate`: applies pending migrations as a separate deploy step. */
try {
  const config = loadConfig();
  const lock = config.databaseUrl ? undefined : lockDataDir(config.dataDir);
  const connection = await openDatabase(config);
  await runMigrations(connection);
  await backfillLedger(connection.db);
  await connection.close();
  lock?.release();
  console.log(`Migrations applied (${connection.engine}).`);
} catch (error) {
  const message =
    error instanceof ConfigError || error instanceof DataDirLockedError ? error.message : error;
  console.error('Migrations failed:', message);
  process.exit(1);
}
