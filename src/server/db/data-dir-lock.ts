import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { identityOf, type ProcessIdentity } from './process-identity.js';

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

/** What the lock file says about the process that holds the folder. */
interface LockHolder {
  pid: number;
  host: string;
  /** Absent in lock files written before it was recorded, and where there is no /proc. */
  identity?: ProcessIdentity;
}

/**
 * Takes an exclusive lock on a data folder. A lock left behind by a process that
 * died (kill -9, power loss) is taken over: its pid no longer runs, or it now belongs
 * to another process (pids are reused, in containers often at once), which shows as
 * another start time or another boot than the lock file recorded.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const lockFile = path.join(dataDir, 'aitima.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx', 0o600);
      const holder: LockHolder = {
        pid: process.pid,
        host: hostname(),
        ...withIdentity(identityOf(process.pid)),
      };
      writeSync(fd, JSON.stringify({ ...holder, since: new Date() }));
      closeSync(fd);
      heldByThisProcess.add(lockFile);
      return { release: () => releaseIfOurs(lockFile) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockFile);
      if (holder && holder.host === hostname() && isHolderAlive(lockFile, holder)) {
        throw new DataDirLockedError(lockFile, holder.pid);
      }
      unlinkSync(lockFile);
    }
  }
  throw new Error(`Could not lock ${lockFile}`);
}

function withIdentity(identity: ProcessIdentity | undefined): Pick<LockHolder, 'identity'> {
  return identity ? { identity } : {};
}

function readHolder(lockFile: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<Record<string, unknown>>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return { pid: parsed.pid, host: parsed.host, ...withIdentity(identityFrom(parsed.identity)) };
    }
  } catch {
    // An unreadable lock file is stale: it was cut short while being written.
  }
  return undefined;
}

function identityFrom(value: unknown): ProcessIdentity | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { bootId, startTicks } = value as Record<string, unknown>;
  return typeof bootId === 'string' && typeof startTicks === 'string'
    ? { bootId, startTicks }
    : undefined;
}

function isHolderAlive(lockFile: string, holder: LockHolder): boolean {
  if (holder.pid === process.pid) return heldByThisProcess.has(lockFile);
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // The pid runs. Is it still the process that wrote the lock, or another that reused it?
  const current = identityOf(holder.pid);
  if (holder.identity && current) {
    return (
      holder.identity.bootId === current.bootId && holder.identity.startTicks === current.startTicks
    );
  }
  // A lock file from before identities were recorded: on Linux, at least a Node.js process.
  try {
    return readFileSync(`/proc/${holder.pid}/cmdline`, 'utf8').includes('node');
  } catch {
    // No /proc (macOS, BSD): the pid is all there is; a live pid is taken to be the holder.
    return true;
  }
}

function releaseIfOurs(lockFile: string): void {
  if (!heldByThisProcess.delete(lockFile)) return;
  const holder = readHolder(lockFile);
  if (holder?.pid === process.pid) unlinkSync(lockFile);
}
