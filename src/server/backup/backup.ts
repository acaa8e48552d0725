import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { DatabaseConnection } from '../db/client.js';
import type { FileStorage } from '../storage/file-storage.js';
import { appliedMigrationCount, countBackupContents } from './backup.repository.js';
import { createArchiveWriter } from './backup-archive.js';
import {
  ARCHIVE,
  type BackupManifest,
  SECRET_FILES,
  shippedMigrations,
} from './backup-manifest.js';
import { dumpPglite, dumpPostgres } from './database-dump.js';

export interface BackupSource {
  connection: DatabaseConnection;
  /** Set for PostgreSQL: pg_dump connects to it. */
  databaseUrl: string | undefined;
  storage: FileStorage;
  dataDir: string;
  /** Names of the secret variables set in the environment (kept by the operator). */
  secretsFromEnvironment: string[];
}

/** A file's bytes if it exists, undefined if not. */
async function readIfPresent(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Writes one .tar.gz: manifest.json, database.sql (the rows, see DUMP_ARGUMENTS), the
 * secrets kept in DATA_DIR, and every stored upload under uploads/<key>.
 */
export async function createBackup(
  source: BackupSource,
  file: string,
): Promise<{ manifest: BackupManifest; fileBytes: number }> {
  const { connection } = source;
  const migrations = await appliedMigrationCount(connection.db);
  if (migrations === 0) {
    throw new Error('the database has no tables yet (no server has run on it): nothing to back up');
  }
  const dump =
    connection.engine === 'pglite'
      ? await dumpPglite(connection.db)
      : await dumpPostgres(source.databaseUrl ?? '');
  const counts = await countBackupContents(connection.db);

  const secrets: { name: (typeof SECRET_FILES)[number]; content: Buffer }[] = [];
  for (const name of SECRET_FILES) {
    const content = await readIfPresent(path.join(source.dataDir, name));
    if (content) secrets.push({ name, content });
  }
  const keys: string[] = [];
  for await (const stored of source.storage.list()) keys.push(stored.key);

  const spool = await mkdtemp(path.join(os.tmpdir(), 'aitima-backup-'));
  const archive = createArchiveWriter(file);
  try {
    let bytes = 0;
    const manifest: BackupManifest = {
      format: 'aitima-backup',
      formatVersion: 1,
      createdAt: new Date().toISOString(),
      engine: connection.engine,
      migrations,
      lastMigration: shippedMigrations()[migrations - 1],
      counts,
      files: { count: keys.length },
      secrets: secrets.map((secret) => secret.name),
      secretsFromEnvironment: source.secretsFromEnvironment,
    };
    // The manifest goes first: a restore checks it before writing anything.
    await archive.addBuffer(ARCHIVE.manifest, Buffer.from(JSON.stringify(manifest, null, 2)));
    await archive.addBuffer(ARCHIVE.database, Buffer.from(dump, 'utf8'));
    for (const secret of secrets) {
      await archive.addBuffer(`${ARCHIVE.secretsFolder}${secret.name}`, secret.content);
    }
    for (const key of keys) {
      // A tar entry states its size first: the file is spooled (S3 gives a stream only).
      const spooled = path.join(spool, key);
      await pipeline(source.storage.open(key), createWriteStream(spooled));
      const size = (await stat(spooled)).size;
      bytes += size;
      await archive.addStream(`${ARCHIVE.uploadsFolder}${key}`, size, createReadStream(spooled));
      await rm(spooled);
    }
    await archive.finish();
    return { manifest, fileBytes: bytes };
  } finally {
    await rm(spool, { recursive: true, force: true });
  }
}
