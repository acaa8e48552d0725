import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appOnDataDir,
  dataDirWithSecrets,
  readSupportViews,
  type SeededSupport,
  seedSupport,
  sessionStillWorks,
} from '../../../test/support/backup-scenario.js';
import {
  emptyPostgresTarget,
  type RestoreTargetForTest,
} from '../../../test/support/backup-targets.js';
import type { TestApp } from '../../../test/support/test-app.js';
import { type DatabaseConnection, openPglite } from '../db/client.js';
import { runMigrations } from '../db/migrate.js';
import { localFileStorage } from '../storage/local-file-storage.js';
import { createBackup } from './backup.js';
import { RestoreRefusedError, restoreBackup } from './restore.js';

// The README's path for a customer who outgrows one machine: a backup of the embedded
// database (PGlite's pg_dump) restored into a PostgreSQL server. Needs DATABASE_URL.
describe('backup on PGlite, restore into PostgreSQL', () => {
  let source: TestApp;
  let pglite: DatabaseConnection;
  let seeded: SeededSupport;
  let sourceDataDir: string;
  let target: RestoreTargetForTest;
  const archive = path.join(
    mkdtempSync(path.join(os.tmpdir(), 'aitima-archive-')),
    'pglite.tar.gz',
  );

  beforeAll(async () => {
    sourceDataDir = dataDirWithSecrets().dataDir;
    pglite = await openPglite({ dataDir: sourceDataDir });
    await runMigrations(pglite);
    source = await appOnDataDir(pglite, sourceDataDir);
    seeded = await seedSupport(source);
    target = await emptyPostgresTarget(process.env.DATABASE_URL ?? '');
  }, 180_000);
  afterAll(async () => {
    await source.close();
    await pglite.close();
    await target.drop();
  });

  it('gives the same tickets, messages, tasks, files and hours figures, and logins', async () => {
    await readSupportViews(source, seeded);
    const before = await readSupportViews(source, seeded);
    const { manifest } = await createBackup(
      {
        connection: pglite,
        databaseUrl: undefined,
        storage: source.deps.storage,
        dataDir: sourceDataDir,
        secretsFromEnvironment: [],
      },
      archive,
    );
    expect(manifest.engine).toBe('pglite');

    const restore = () =>
      restoreBackup(archive, {
        openDatabase: target.open,
        storage: localFileStorage(path.join(target.dataDir, 'uploads')),
        dataDir: target.dataDir,
      });
    const restored = await restore();
    expect(restored.counts).toEqual(manifest.counts);
    expect(restored.counts.messages).toBeGreaterThanOrEqual(3);

    const connection = await target.open();
    const onPostgres = await appOnDataDir(connection, target.dataDir);
    try {
      expect(onPostgres.deps.engine).toBe('postgres');
      expect(await sessionStillWorks(onPostgres, seeded)).toBe(true);
      const after = await readSupportViews(onPostgres, seeded);
      expect(after.fileBytes.equals(seeded.fileBytes)).toBe(true);
      expect(after).toEqual(before);
    } finally {
      await onPostgres.close();
      await connection.close();
    }

    // Once more into the same database: refused, and nothing is touched.
    await expect(restore()).rejects.toThrow(RestoreRefusedError);
    await expect(restore()).rejects.toThrow(/not empty/);
  }, 180_000);
});
