import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FromServer, ToServer } from './ipc.js';

/** A server the bench started in a process of its own, and how to talk to it. */
export interface ServerProcess {
  url: string;
  /** Its process id, to read the CPU time it used. */
  pid: number;
  ask<T extends FromServer['type']>(
    message: ToServer,
    answer: T,
  ): Promise<Extract<FromServer, { type: T }>>;
  tell(message: ToServer): void;
  stop(): Promise<void>;
}

/** Forks a bench/*.ts file under tsx and waits until it says where it listens. */
export async function startServerProcess(
  file: string,
  env: Record<string, string | undefined>,
): Promise<ServerProcess> {
  const child: ChildProcess = fork(fileURLToPath(new URL(file, import.meta.url)), [], {
    // BENCH_CPU_PROF=<folder> writes a CPU profile of each process there when it ends.
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.BENCH_CPU_PROF
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
        : []),
    ],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code} before listening`)));
    child.on('message', (message: FromServer) => {
      if (message.type === 'listening') resolve(message.url);
    });
  });
  return {
    url,
    pid: child.pid ?? 0,
    tell: (message) => child.send(message),
    ask: (message, answer) =>
      new Promise((resolve) => {
        const listener = (reply: FromServer) => {
          if (reply.type !== answer) return;
          child.off('message', listener);
          resolve(reply as Extract<FromServer, { type: typeof answer }>);
        };
        child.on('message', listener);
        child.send(message);
      }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
