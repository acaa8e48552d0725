import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.js';
import { identityOf } from './process-identity.js';

let dataDir: string;
let stranger: ChildProcess | undefined;

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'aitima-lock-'));
});

afterEach(() => {
  stranger?.kill('SIGKILL');
  stranger = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * Another program now running, which a lock file may name (as a pid reused after a
 * crash). By default a Node.js program, like the server, so only its start time tells.
 */
async function startStranger(kind: 'node' | 'sleep' = 'node'): Promise<number> {
  stranger =
    kind === 'node'
      ? spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' })
      : spawn('sleep', ['30'], { stdio: 'ignore' });
  const child = stranger;
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', reject);
  });
  if (child.pid === undefined) throw new Error('sleep did not start');
  return child.pid;
}

function lockFile(): string {
  return path.join(dataDir, 'aitima.lock');
}

function writeLock(holder: Record<string, unknown>): void {
  writeFileSync(lockFile(), JSON.stringify({ host: hostname(), since: new Date(), ...holder }));
}

function lockedPid(): number {
  return (JSON.parse(readFileSync(lockFile(), 'utf8')) as { pid: number }).pid;
}

describe('the data folder lock', () => {
  it('refuses a second lock while the first is held, and is free again once released', () => {
    const lock = lockDataDir(dataDir);
    expect(() => lockDataDir(dataDir)).toThrow(DataDirLockedError);
    lock.release();
    lockDataDir(dataDir).release();
  });

  it('records who holds it: pid, and its boot and start time', () => {
    const lock = lockDataDir(dataDir);
    const written = JSON.parse(readFileSync(lockFile(), 'utf8')) as Record<string, unknown>;
    expect(written.pid).toBe(process.pid);
    expect(written.identity).toEqual(identityOf(process.pid));
    expect(identityOf(process.pid)?.startTicks).toMatch(/^\d+$/);
    lock.release();
  });

  it('is refused when the process it names still runs, with the same start time and boot', async () => {
    const pid = await startStranger();
    writeLock({ pid, identity: identityOf(pid) });

    const refusal = (() => {
      try {
        lockDataDir(dataDir);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refusal).toBeInstanceOf(DataDirLockedError);
    expect((refusal as DataDirLockedError).holderPid).toBe(pid);
    expect(lockedPid()).toBe(pid);
  });

  it('is taken over when its pid now belongs to a process that started at another time', async () => {
    const pid = await startStranger();
    const identity = identityOf(pid);
    if (!identity) throw new Error('no /proc identity for a running process');
    writeLock({
      pid,
      identity: { ...identity, startTicks: String(Number(identity.startTicks) - 1) },
    });

    const lock = lockDataDir(dataDir);
    expect(lockedPid()).toBe(process.pid);
    lock.release();
  });

  it('is taken over when it was written before the machine last booted', async () => {
    const pid = await startStranger();
    const identity = identityOf(pid);
    if (!identity) throw new Error('no /proc identity for a running process');
    writeLock({ pid, identity: { ...identity, bootId: 'an-earlier-boot' } });

    lockDataDir(dataDir).release();
  });

  it('is taken over when the process it names has exited', async () => {
    const pid = await startStranger();
    const identity = identityOf(pid);
    const exited = new Promise((resolve) => stranger?.once('exit', resolve));
    stranger?.kill('SIGKILL');
    await exited;
    writeLock({ pid, identity });

    lockDataDir(dataDir).release();
  });

  it('written without an identity (older versions): only a live Node.js process holds it', async () => {
    const pid = await startStranger('sleep');
    writeLock({ pid });
    lockDataDir(dataDir).release();

    // Vitest's main process is a Node.js process that keeps running through the test.
    writeLock({ pid: process.ppid });
    expect(() => lockDataDir(dataDir)).toThrow(DataDirLockedError);
  });
});
