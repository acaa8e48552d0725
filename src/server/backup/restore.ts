import { existsSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DatabaseConnection } from '../db/client.js';
import { runMigrations } from '../db/migrate.js';
import type { FileStorage } from '../storage/file-storage.js';
import {
  appliedMigrationCount,
  type BackupCounts,
  countBackupContents,
  countTables,
} from './backup.repository.js';
import { bufferOf, readArchive } from './backup-archive.js';
import {
  ARCHIVE,
  type BackupManifest,
  manifestSchema,
  SECRET_FILES,
  shippedMigrations,
} from './backup-manifest.js';
import { loadRows } from './database-restore.js';

/** A restore that cannot go on; the message says why and what to do. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

export interface RestoreTarget {
  /** Opened on the target (embedded: DATA_DIR locked by the caller); migrated here. */
  openDatabase(): Promise<DatabaseConnection>;
  storage: FileStorage;
  dataDir: string;
}

export interface RestoreResult {
  manifest: BackupManifest;
  counts: BackupCounts;
  files: number;
}

/** True when the embedded database's folder holds anything. */
export function embeddedDatabaseExists(dataDir: string): boolean {
  const folder = path.join(dataDir, 'pglite');
  return existsSync(folder) && readdirSync(folder).length > 0;
}

async function refuseUnlessEmpty(
  connection: DatabaseConnection,
  storage: FileStorage,
  dataDir: string,
): Promise<void> {
  if ((await countTables(connection.db)) > 0) {
    throw new RestoreRefusedError(
      'The target database is not empty (it has tables). Restore into a new, empty database.',
    );
  }
  for await (const stored of storage.list()) {
    throw new RestoreRefusedError(
      `The uploads storage is not empty (it holds ${stored.key} and maybe more). Restore into an empty one.`,
    );
  }
  const present = SECRET_FILES.filter((name) => existsSync(path.join(dataDir, name)));
  if (present.length > 0) {
    throw new RestoreRefusedError(
      `DATA_DIR (${dataDir}) already has ${present.join(' and ')}; the archive's would replace them. Use an empty DATA_DIR.`,
    );
  }
}

/**
 * Brings an archive back into an empty target: checks the manifest and that the target is
 * empty before writing anything, builds the schema with this code's migrations (it must
 * ship exactly the migrations the backup had), loads the rows in one transaction, then
 * writes the secrets and every upload (each checked against its content hash).
 */
export async function restoreBackup(file: string, target: RestoreTarget): Promise<RestoreResult> {
  let manifest: BackupManifest | undefined;
  let connection: DatabaseConnection | undefined;
  let files = 0;
  try {
    await readArchive(file, async (name, content) => {
      if (name === ARCHIVE.manifest) {
        const parsed = manifestSchema.safeParse(JSON.parse((await bufferOf(content)).toString()));
        if (!parsed.success) throw new RestoreRefusedError(`${file} is not an Aitima backup`);
        manifest = parsed.data;
        const shipped = shippedMigrations().length;
        if (manifest.migrations !== shipped) {
          throw new RestoreRefusedError(
            `The backup was made at migration ${manifest.migrations} (${manifest.lastMigration ?? 'none'}); this version has ${shipped}. Restore with the version that made it, then upgrade.`,
          );
        }
        connection = await target.openDatabase();
        await refuseUnlessEmpty(connection, target.storage, target.dataDir);
        return;
      }
      if (!manifest || !connection) {
        throw new RestoreRefusedError(`${file} does not start with its manifest`);
      }
      if (name === ARCHIVE.database) {
        const dump = (await bufferOf(content)).toString('utf8');
        await runMigrations(connection);
        await loadRows(connection, dump);
        return;
      }
      if (name.startsWith(ARCHIVE.secretsFolder)) {
        const secret = name.slice(ARCHIVE.secretsFolder.length);
        if (!(SECRET_FILES as readonly string[]).includes(secret)) {
          throw new RestoreRefusedError(`unexpected secret ${secret} in the archive`);
        }
        // `wx`: never over a file that appeared since the check.
        await writeFile(path.join(target.dataDir, secret), await bufferOf(content), {
          mode: 0o600,
          flag: 'wx',
        });
        return;
      }
      if (name.startsWith(ARCHIVE.uploadsFolder)) {
        const key = name.slice(ARCHIVE.uploadsFolder.length);
        const stored = await target.storage.save(content);
        if (stored?.key !== key) {
          throw new Error(`upload ${key} in the archive does not match its content hash`);
        }
        files += 1;
        return;
      }
      content.resume();
    });
    if (!manifest || !connection) throw new RestoreRefusedError(`${file} holds no manifest`);
    if ((await appliedMigrationCount(connection.db)) === 0) {
      throw new RestoreRefusedError(`${file} holds no database dump`);
    }
    return { manifest, counts: await countBackupContents(connection.db), files };
  } finally {
    await connection?.close();
  }
}
