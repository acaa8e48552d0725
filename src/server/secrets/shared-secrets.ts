import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config, LoadedConfig } from '../config/config.js';
import type { Database } from '../db/database.js';
import { firstSecret } from './server-secrets.repository.js';

/** A secret an older version generated into DATA_DIR, so an upgrade keeps sessions and keys. */
function fileSecret(dataDir: string, name: string): string | undefined {
  const file = path.join(dataDir, name);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() || undefined : undefined;
}

/**
 * The configuration with the secrets no variable gave taken from the database, where
 * the first process to start stored them, so that every process on one database signs
 * and encrypts alike. A secret an older version kept in DATA_DIR seeds the database, so
 * sessions and encrypted settings survive the upgrade. SESSION_SECRET and
 * MAILBOX_SECRET_KEY still win (and are then never stored).
 */
export async function withSharedSecrets(config: LoadedConfig, db: Database): Promise<Config> {
  const secretKey =
    config.inbound.secretKey ??
    Buffer.from(
      await firstSecret(
        db,
        'encryption',
        fileSecret(config.dataDir, 'mailbox-secret-key') ?? randomBytes(32).toString('base64'),
      ),
      'base64',
    );
  if (config.sessionSecret === undefined) {
    await firstSecret(
      db,
      'session',
      fileSecret(config.dataDir, 'session-secret') ?? randomBytes(32).toString('base64url'),
    );
  }
  return { ...config, inbound: { ...config.inbound, secretKey } };
}
