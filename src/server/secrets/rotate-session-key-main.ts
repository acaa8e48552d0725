import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config.js';
import { openDatabase } from '../db/client.js';
import { DataDirLockedError, lockDataDir } from '../db/data-dir-lock.js';
import { runMigrations } from '../db/migrate.js';
import { firstSecret } from './server-secrets.repository.js';
import { DEFAULT_ROTATION_GRACE_HOURS, rotateSessionKey } from './session-key-rotation.js';

/**
 * `npm run secrets:rotate-session-key [-- --grace-hours N]`: a new cookie-signing key
 * for every process on the database; the previous one verifies N hours more (default 24,
 * 0 for a leaked key). On PostgreSQL while the servers run (they pick it up within a
 * minute); on the embedded database while the server is stopped (it holds DATA_DIR).
 */
try {
  const { values } = parseArgs({ options: { 'grace-hours': { type: 'string' } } });
  const graceHours = Number(values['grace-hours'] ?? DEFAULT_ROTATION_GRACE_HOURS);
  if (!Number.isFinite(graceHours) || graceHours < 0 || graceHours > 24 * 365) {
    throw new ConfigError(['--grace-hours must be a number of hours from 0 to 8760']);
  }
  const config = loadConfig();
  if (config.sessionSecret) {
    throw new ConfigError([
      'SESSION_SECRET is set, so the servers sign with it and not with keys in the database: change the variable instead',
    ]);
  }
  const lock = config.databaseUrl ? undefined : lockDataDir(config.dataDir);
  const connection = await openDatabase(config);
  await runMigrations(connection);
  // A database no server started on yet has no first key to rotate from.
  await firstSecret(connection.db, 'session', randomBytes(32).toString('base64url'));
  const rotated = await rotateSessionKey(connection.db, { graceHours });
  await connection.close();
  lock?.release();
  console.log(
    `New session key (generation ${rotated.generation}) signs from ${rotated.signsFrom.toISOString()}; the previous ones verify until ${rotated.previousRetireAt.toISOString()}.`,
  );
} catch (error) {
  const message =
    error instanceof ConfigError || error instanceof DataDirLockedError ? error.message : error;
  console.error('Could not rotate the session key:', message);
  process.exit(1);
}
