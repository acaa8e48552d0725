import { readFileSync } from 'node:fs';
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
  databaseUrlOf,
  emptyPgliteTarget,
  emptyPostgresTarget,
  type RestoreTargetForTest,
} from '../../../test/support/backup-targets.js';
import type { TestApp } from '../../../test/support/test-app.js';
import { createTestDatabase } from '../../../test/support/test-database.js';
import type { DatabaseConnection } from '../db/client.js';
import { localFileStorage } from '../storage/local-file-storage.js';
import { createBackup } from './backup.js';
import { restoreBackup } from './restore.js';

// On the engine the suite runs on: PGlite → PGlite, or PostgreSQL → PostgreSQL.
describe('backup and restore on one engine', () => {
  let source: TestApp;
  let sourceConnection: DatabaseConnection;
  let seeded: SeededSupport;
  let sourceDataDir: string;
  let target: RestoreTargetForTest;
  const archive = path.join(os.tmpdir(), `aitima-backup-test-${process.pid}.tar.gz`);

  beforeAll(async () => {
    const secrets = dataDirWithSecrets();
    sourceDataDir = secrets.dataDir;
    sourceConnection = await createTestDatabase();
    source = await appOnDataDir(sourceConnection, sourceDataDir);
    seeded = await seedSupport(source);
    target = process.env.DATABASE_URL
      ? await emptyPostgresTarget(process.env.DATABASE_URL)
      : emptyPgliteTarget();
  });
  afterAll(async () => {
    await source.close();
    await sourceConnection.close();
    await target.drop();
  });

  it('brings back the same tickets, thread, tasks, hours, files, secrets and sessions', async () => {
    await readSupportViews(source, seeded); // reading marks tickets read: settle that first
    const before = await readSupportViews(source, seeded);
    const { manifest } = await createBackup(
      {
        connection: sourceConnection,
        databaseUrl: databaseUrlOf(sourceConnection),
        storage: source.deps.storage,
        dataDir: sourceDataDir,
        secretsFromEnvironment: [],
      },
      archive,
    );
    expect(manifest).toMatchObject({ engine: source.deps.engine, files: { count: 1 } });
    expect(manifest.counts).toMatchObject({ tickets: 1, tasks: 1, attachments: 1 });
    expect(manifest.secrets).toEqual(['session-secret', 'mailbox-secret-key']);

    const restored = await restoreBackup(archive, {
      openDatabase: target.open,
      storage: localFileStorage(path.join(target.dataDir, 'uploads')),
      dataDir: target.dataDir,
    });
    expect(restored.counts).toEqual(manifest.counts);
    expect(restored.files).toBe(1);
    for (const name of ['session-secret', 'mailbox-secret-key']) {
      expect(readFileSync(path.join(target.dataDir, name))).toEqual(
        readFileSync(path.join(sourceDataDir, name)),
      );
    }

    const targetConnection = await target.open();
    const onTarget = await appOnDataDir(targetConnection, target.dataDir);
    try {
      expect(await sessionStillWorks(onTarget, seeded)).toBe(true);
      const after = await readSupportViews(onTarget, seeded);
      expect(after.fileBytes.equals(seeded.fileBytes)).toBe(true);
      expect(after).toEqual(before);
    } finally {
      await onTarget.close();
      await targetConnection.close();
    }
  }, 180_000);
});
