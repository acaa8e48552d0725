/**
 * Side by side in one run, for the README: the memory of the compiled server against the
 * TypeScript loader it replaced, and the bytes a customer's first visit downloads with and
 * without compression. Needs `npm run build` first.
 *
 *   npx tsx scripts/measure-release.ts [warm-up requests, default 2000]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { firstVisitFiles, type Manifest } from './size/first-visit';

const warmUp = Number(process.argv[2] ?? 2000);
const root = path.resolve(import.meta.dirname, '..');

interface Server {
  name: string;
  child: ChildProcess;
  url: string;
}

function start(name: string, args: string[]): Promise<Server> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aitima-measure-'));
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/running at (http:\/\/\S+)/);
      if (match?.[1]) resolve({ name, child, url: match[1] });
    });
    child.on('exit', (code) => reject(new Error(`${name} exited with ${code}: ${output}`)));
  });
}

/** Resident memory of a process, in MB, from /proc. */
function rssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(status.match(/VmRSS:\s+(\d+) kB/)?.[1]);
  return Math.round(kb / 1024);
}

/** The body bytes on the wire (not decoded), and the encoding the server chose. */
function fetchRaw(
  url: string,
  acceptEncoding?: string,
): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
    http
      .get(url, { headers }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        response.on('end', () =>
          resolve({ bytes, encoding: String(response.headers['content-encoding'] ?? 'identity') }),
        );
      })
      .on('error', reject);
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const manifest = JSON.parse(
  readFileSync(path.join(root, 'dist/web/.vite/manifest.json'), 'utf8'),
) as Manifest;
const { js, css } = firstVisitFiles(manifest);
const firstVisit = ['/', ...[...js, ...css].map((file) => `/${file}`)];
const warmUpPaths = [...firstVisit, '/api/health', '/api/docs/json', '/tickets/1001'];

const servers = await Promise.all([
  start('tsx loader (src, before)', ['--import', 'tsx', 'src/server/main.ts']),
  start('compiled (dist, after)', ['--enable-source-maps', 'dist/server/main.js']),
]);
try {
  await pause(3000);
  const atStart = servers.map((server) => rssMb(server.child.pid));
  for (let i = 0; i < warmUp; i += 1) {
    const requestPath = warmUpPaths[i % warmUpPaths.length];
    await Promise.all(servers.map((server) => fetchRaw(`${server.url}${requestPath}`, 'br, gzip')));
  }
  await pause(3000);
  const afterWarmUp = servers.map((server) => rssMb(server.child.pid));

  console.log(`\nMemory (RSS, MB), embedded database, ${warmUp} requests of warm-up each:\n`);
  console.log('| server | after start | after warm-up |');
  console.log('|---|---:|---:|');
  servers.forEach((server, i) => {
    console.log(`| ${server.name} | ${atStart[i]} | ${afterWarmUp[i]} |`);
  });

  const compiled = servers[1] as Server;
  console.log(
    `\nA customer's first visit (${firstVisit.length} files: the page, its scripts and styles), bytes over the wire:\n`,
  );
  const rows: [string, string | undefined][] = [
    ['nothing compressed (before)', undefined],
    ['gzip only', 'gzip'],
    ['brotli (a current browser, after)', 'gzip, deflate, br, zstd'],
  ];
  console.log('| browser accepts | bytes | encodings sent |');
  console.log('|---|---:|---|');
  for (const [label, acceptEncoding] of rows) {
    const answers = await Promise.all(
      firstVisit.map((file) => fetchRaw(`${compiled.url}${file}`, acceptEncoding)),
    );
    const bytes = answers.reduce((sum, answer) => sum + answer.bytes, 0);
    const encodings = [...new Set(answers.map((answer) => answer.encoding))].join(', ');
    console.log(`| ${label} | ${bytes.toLocaleString('en')} | ${encodings} |`);
  }
} finally {
  for (const server of servers) server.child.kill('SIGTERM');
}
