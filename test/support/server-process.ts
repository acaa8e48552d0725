import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/** The real `npm start` entry point in a child process, and what it has printed. */
export interface ServerProcess {
  child: ChildProcess;
  /** The address it listens on, once it says it is ready (rejects if it exits first). */
  ready: Promise<string>;
  exited: Promise<number | null>;
  output(): string;
}

export const newDataDir = () => mkdtempSync(path.join(os.tmpdir(), 'aitima-process-'));

/**
 * Starts servers on the embedded database (DATA_DIR given, any free port), each
 * killed with SIGKILL after the test that started it: call once at a file's top level.
 */
export function serverProcesses(): (
  env: Record<string, string>,
  /** Another program than the sources' entry point (e.g. dist/server/main.js), from another folder. */
  program?: { args: string[]; cwd: string },
) => ServerProcess {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
  });
  return (env, program) => {
    const args = program?.args ?? ['--import', 'tsx', 'src/server/main.ts'];
    const child = spawn(process.execPath, args, {
      cwd: program?.cwd,
      env: { ...process.env, PORT: '0', DATABASE_URL: '', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const ready = new Promise<string>((resolve, reject) => {
      child.stdout?.on('data', () => {
        const match = output.match(/ready at (http:\/\/\S+) /);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    return { child, ready, exited, output: () => output };
  };
}
