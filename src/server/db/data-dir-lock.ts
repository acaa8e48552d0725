import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly holderPid: number,
  ) {
    super(
      `Another Aitima process (pid ${holderPid}) is using the data folder ${path.dirname(lockFile)}. ` +
        'Two processes on one embedded database lose data, so this one will not start. ' +
        'Stop the other process, or set DATA_DIR to another folder. ' +
        `If no such process runs, delete ${lockFile}.`,
    );
    this.name = 'DataDirLockedError';
  }
}

// Folders this process holds: a lock file naming our own pid but not in here was left by an
// earlier process that happened to get the same pid (common in containers, where pids restart at 1).
const heldByThisProcess = new Set<string>();

export interface DataDirLock {
  release(): void;
}

/**
 * Takes an exclusive lock on a data folder. A lock left behind by a process that
 * died (kill -9, power loss) is taken over, since its pid no longer runs here.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const lockFile = path.join(dataDir, 'aitima.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx', 0o600);
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date() }));
      closeSync(fd);
      heldByThisProcess.add(lockFile);
      return { release: () => releaseIfOurs(lockFile) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockFile);
      if (holder && holder.host === hostname() && isHolderAlive(lockFile, holder.pid)) {
        throw new DataDirLockedError(lockFile, holder.pid);
      }
      unlinkSync(lockFile);
    }
  }
  throw new Error(`Could not lock ${lockFile}`);
}

function readHolder(lockFile: string): { pid: number; host: string } | undefined {
  try {
    const parsed = JSON.parse(readFileSync(lockFile, 'utf8')) as { pid?: unknown; host?: unknown };
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return { pid: parsed.pid, host: parsed.host };
    }
  } catch {
    // An unreadable lock file is stale: it was cut short while being written.
  }
  return undefined;
}

function isHolderAlive(lockFile: string, pid: number): boolean {
  if (pid === process.pid) return heldByThisProcess.has(lockFile);
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // The pid runs; on Linux make sure it is a Node.js process and not a stranger that reused it.
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return true;
  }
}

function releaseIfOurs(lockFile: string): void {
  if (!heldByThisProcess.delete(lockFile)) return;
  const holder = readHolder(lockFile);
  if (holder?.pid === process.pid) unlinkSync(lockFile);
}
