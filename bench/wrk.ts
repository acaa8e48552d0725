import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { round } from './latency.js';

const run = promisify(execFile);
const script = fileURLToPath(new URL('./wrk/request.lua', import.meta.url));

/**
 * The Accept-Encoding every request sends: a current browser's by default, so an
 * answer costs the compression a browser's costs (brotli above 1 KB);
 * BENCH_ACCEPT_ENCODING=identity measures without it.
 */
export const ACCEPT_ENCODING = process.env.BENCH_ACCEPT_ENCODING ?? 'gzip, deflate, br';

/** The wrk to run: Debian's, or BENCH_WRK. */
export function wrkBinary(): string {
  return process.env.BENCH_WRK ?? '/usr/bin/wrk';
}

/** One load of a URL by wrk: what it sends and how hard. */
export interface Load {
  url: string;
  /** A path; "{n}" in it becomes a random number in `numbers` on every request. */
  path: string;
  method?: 'GET' | 'POST';
  body?: string;
  /** Session cookies: each request goes as one of these people, picked at random. */
  cookies?: string[];
  origin?: string;
  numbers?: [number, number];
  connections: number;
  seconds: number;
}

export interface LoadFigures {
  requestsPerSecond: number;
  meanMs: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  requests: number;
  /** Answers that were not 2xx or 3xx. */
  non2xx: number;
  /** Connect, read and write errors. */
  socketErrors: number;
  timeouts: number;
}

/** Loads the server with wrk (-t2, a Lua script), in a process of its own, and reads its figures. */
export async function loadWithWrk(load: Load): Promise<LoadFigures> {
  const { stdout } = await run(
    wrkBinary(),
    // A 10 s timeout: slow answers still give a p99; only slower ones count as timeouts (failures).
    [
      '-t2',
      `-c${load.connections}`,
      `-d${load.seconds}s`,
      '--timeout',
      '10s',
      '-s',
      script,
      `${load.url}/`,
    ],
    {
      env: {
        ...process.env,
        BENCH_METHOD: load.method ?? 'GET',
        BENCH_PATH: load.path,
        BENCH_FROM: String(load.numbers?.[0] ?? 0),
        BENCH_TO: String(load.numbers?.[1] ?? 0),
        BENCH_BODY: load.body ?? '',
        BENCH_COOKIES: (load.cookies ?? []).join('\n'),
        BENCH_ORIGIN: load.origin ?? '',
        BENCH_ACCEPT_ENCODING: ACCEPT_ENCODING,
      },
      maxBuffer: 1024 * 1024,
    },
  );
  const line = stdout.split('\n').find((text) => text.startsWith('BENCH_JSON '));
  if (!line) throw new Error(`wrk printed no figures:\n${stdout}`);
  const raw = JSON.parse(line.slice('BENCH_JSON '.length)) as Record<string, number>;
  const value = (key: string) => raw[key] ?? 0;
  const ms = (key: string) => round(value(key) / 1000);
  return {
    requestsPerSecond: round(value('requests') / (value('durationUs') / 1e6), 1),
    meanMs: ms('meanUs'),
    p50Ms: ms('p50Us'),
    p90Ms: ms('p90Us'),
    p99Ms: ms('p99Us'),
    maxMs: ms('maxUs'),
    requests: value('requests'),
    non2xx: value('status'),
    socketErrors: value('connect') + value('read') + value('write'),
    timeouts: value('timeout'),
  };
}
