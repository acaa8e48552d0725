import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

// The real entry points, each opening the embedded database in a child process (slow on a
// loaded machine: the time limit is generous, nothing here is timed). Engine-independent,
// so in the unit tier, run once rather than on both database passes.

/** One of the npm scripts' entry points in a child process, on the embedded database. */
async function script(entry: string, args: string[], dataDir: string) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', `src/server/${entry}`, ...args],
      { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', SESSION_SECRET: '' } },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

const newFolder = (name: string) => mkdtempSync(path.join(os.tmpdir(), `aitima-${name}-`));

describe('npm run backup and npm run restore', () => {
  it('back up a DATA_DIR into one archive, restore it once, and refuse a second time', async () => {
    const source = newFolder('backup-source');
    const archive = path.join(newFolder('archive'), 'backup.tar.gz');
    // The server would have generated these at its first start.
    writeFileSync(path.join(source, 'session-secret'), 'a-session-secret-of-more-than-32-chars\n');
    const empty = await script('backup/backup-main.ts', [archive], source);
    expect(empty.code).toBe(1);
    expect(empty.output).toContain('Backup failed: the database has no tables yet');
    expect((await script('db/migrate-main.ts', [], source)).code).toBe(0);
    const backedUp = await script('backup/backup-main.ts', [archive], source);
    expect(backedUp.output).toContain(`Backup written to ${archive}`);
    expect(backedUp.code).toBe(0);

    const target = newFolder('restore-target');
    const restored = await script('backup/restore-main.ts', [archive], target);
    expect(restored.output).toContain('Restored');
    expect(restored.code).toBe(0);
    expect(readFileSync(path.join(target, 'session-secret'), 'utf8')).toBe(
      readFileSync(path.join(source, 'session-secret'), 'utf8'),
    );

    const again = await script('backup/restore-main.ts', [archive], target);
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/Restore failed: DATA_DIR .* already holds an embedded database/);
  }, 480_000);

  it('say what is missing', async () => {
    const missing = await script('backup/restore-main.ts', [], newFolder('restore-usage'));
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('Usage: npm run restore <backup.tar.gz>');
  }, 60_000);
});
