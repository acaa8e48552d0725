import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, parseEnvironment, s3SettingsOf } from '../config/config.js';
import { openPglite, openPostgres } from '../db/client.js';
import { DataDirLockedError, lockDataDir } from '../db/data-dir-lock.js';
import { configuredFileStorage } from '../storage/configured-storage.js';
import { embeddedDatabaseExists, RestoreRefusedError, restoreBackup } from './restore.js';

/**
 * `npm run restore <archive>`: into an empty DATA_DIR (embedded) or an empty database
 * (DATABASE_URL), with the uploads and secrets. The environment is only parsed, not
 * loaded: loading would generate fresh secrets into DATA_DIR before the archive's.
 */
try {
  const archive = process.argv[2];
  if (!archive) throw new RestoreRefusedError('Usage: npm run restore <backup.tar.gz>');
  if (!existsSync(archive)) throw new RestoreRefusedError(`${archive} does not exist`);
  const environment = parseEnvironment(process.env);
  const dataDir = path.resolve(environment.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const databaseUrl = environment.DATABASE_URL;
  if (!databaseUrl && embeddedDatabaseExists(dataDir)) {
    throw new RestoreRefusedError(
      `DATA_DIR (${dataDir}) already holds an embedded database. Restore into an empty DATA_DIR.`,
    );
  }
  const lock = databaseUrl ? undefined : lockDataDir(dataDir);
  try {
    const result = await restoreBackup(path.resolve(archive), {
      openDatabase: () =>
        databaseUrl ? Promise.resolve(openPostgres(databaseUrl)) : openPglite({ dataDir }),
      storage: configuredFileStorage({ s3: s3SettingsOf(environment), dataDir }),
      dataDir,
    });
    const { counts, manifest } = result;
    console.log(
      `Restored ${archive} (made ${manifest.createdAt} on ${manifest.engine}) into ${databaseUrl ? 'PostgreSQL' : dataDir}\n` +
        `  ${counts.tickets} tickets, ${counts.messages} messages, ${counts.tasks} tasks, ${counts.ledgerEntries} ledger lines; ${result.files} files; secrets: ${manifest.secrets.join(', ') || 'none'}`,
    );
    const differs = (Object.keys(counts) as (keyof typeof counts)[]).filter(
      (name) => counts[name] !== manifest.counts[name],
    );
    if (differs.length > 0) {
      // pg_dump's snapshot and the manifest's counts are moments apart on a running server.
      console.log(`  note: ${differs.join(', ')} differ from the counts taken at backup time`);
    }
    if (manifest.secretsFromEnvironment.length > 0) {
      console.log(
        `  Set ${manifest.secretsFromEnvironment.join(' and ')} as before: the archive does not hold them.`,
      );
    }
  } finally {
    lock?.release();
  }
} catch (error) {
  const known =
    error instanceof RestoreRefusedError ||
    error instanceof ConfigError ||
    error instanceof DataDirLockedError;
  console.error('Restore failed:', known ? error.message : error);
  process.exit(1);
}
