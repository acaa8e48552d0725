import path from 'node:path';
import { ConfigError, loadConfig } from '../config/config.js';
import { openDatabase } from '../db/client.js';
import { DataDirLockedError, lockDataDir } from '../db/data-dir-lock.js';
import { configuredFileStorage } from '../storage/configured-storage.js';
import { createBackup } from './backup.js';

/**
 * `npm run backup [file]`: one .tar.gz with the database's rows, the uploads and the
 * secrets kept in DATA_DIR. The embedded database must be stopped (its folder is locked
 * by the server); on PostgreSQL pg_dump reads a consistent snapshot while it runs.
 */
try {
  const config = loadConfig();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.resolve(process.argv[2] ?? `aitima-backup-${stamp}.tar.gz`);
  const lock = config.databaseUrl ? undefined : lockDataDir(config.dataDir);
  const connection = await openDatabase(config);
  try {
    const { manifest, fileBytes } = await createBackup(
      {
        connection,
        databaseUrl: config.databaseUrl,
        storage: configuredFileStorage(config),
        dataDir: config.dataDir,
        secretsFromEnvironment: ['SESSION_SECRET', 'MAILBOX_SECRET_KEY'].filter(
          (name) => process.env[name],
        ),
      },
      file,
    );
    const { counts } = manifest;
    console.log(
      `Backup written to ${file}\n` +
        `  database (${manifest.engine}, migration ${manifest.migrations}): ${counts.tickets} tickets, ${counts.messages} messages, ${counts.tasks} tasks, ${counts.ledgerEntries} ledger lines\n` +
        `  files: ${manifest.files.count} (${fileBytes} bytes); secrets: ${manifest.secrets.join(', ') || 'none in DATA_DIR'}`,
    );
    if (manifest.secretsFromEnvironment.length > 0) {
      console.log(
        `  ${manifest.secretsFromEnvironment.join(' and ')} come from the environment: keep them with the archive, it does not hold them.`,
      );
    }
  } finally {
    await connection.close();
    lock?.release();
  }
} catch (error) {
  if (error instanceof DataDirLockedError) {
    console.error(
      `Backup failed: ${error.message}\nThe embedded database is backed up with the server stopped.`,
    );
  } else {
    const message = error instanceof ConfigError || error instanceof Error ? error.message : error;
    console.error('Backup failed:', message);
  }
  process.exit(1);
}
