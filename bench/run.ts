import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config/config.js';
import { openDatabase } from '../src/server/db/client.js';
import { runMigrations } from '../src/server/db/migrate.js';
import { mailSettingsOf } from '../src/server/email/mail-transport.js';
import { startLiveHub } from '../src/server/live/live-hub.js';
import { memorySetupCode } from '../src/server/setup/setup-code.js';
import { localFileStorage } from '../src/server/storage/local-file-storage.js';
import { BENCH_PASSWORD, seedBench } from './seed.js';

/**
 * `npm run bench`: the server on a database of BENCH_TICKETS tickets (100,000 by
 * default; embedded PGlite, or DATABASE_URL), loaded from this machine by
 * autocannon. Prints throughput, latency and memory, and fails when a target
 * below is missed. Targets are for a 2-core machine with the load generator on it.
 */
const ticketCount = Number(process.env.BENCH_TICKETS ?? 100_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

interface Scenario {
  name: string;
  path: string;
  as: 'anonymous' | 'agent' | 'customer';
  /** The 97.5th-percentile latency it must stay under, in ms. */
  p97_5TargetMs: number;
}

const scenarios: Scenario[] = [
  { name: 'health (database ping)', path: '/api/health', as: 'anonymous', p97_5TargetMs: 100 },
  { name: 'staff queue, first page', path: '/api/tickets', as: 'agent', p97_5TargetMs: 400 },
  {
    name: 'staff queue, all states, page 2000',
    path: '/api/tickets?state=all&page=2000',
    as: 'agent',
    p97_5TargetMs: 600,
  },
  {
    name: 'staff search «διορθωση»',
    path: `/api/tickets?state=all&q=${encodeURIComponent('διορθωση')}`,
    as: 'agent',
    p97_5TargetMs: 600,
  },
  {
    name: 'customer list (own company)',
    path: '/api/tickets?state=all',
    as: 'customer',
    p97_5TargetMs: 300,
  },
  { name: 'ticket with its thread', path: '/api/tickets/1500', as: 'customer', p97_5TargetMs: 300 },
];

async function logIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login ${email}: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aitima-bench-'));
const config = {
  ...loadConfig({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
  rateLimitPerMinute: 10_000_000,
};
const connection = await openDatabase(config);
await runMigrations(connection);
const seedStart = performance.now();
await seedBench(connection.db, ticketCount);
console.log(
  `Seeded ${ticketCount} tickets on ${connection.engine} in ${Math.round(performance.now() - seedStart)} ms`,
);

const live = await startLiveHub(connection);
const app = await buildApp({
  db: connection.db,
  engine: connection.engine,
  config,
  auth: { sessionDays: 14, maxLoginFailures: 1000, loginFailureWindowSeconds: 60 },
  rateLimits: { apiPerMinute: 10_000_000, loginPerMinute: 10_000 },
  setupCode: memorySetupCode(''),
  storage: localFileStorage(path.join(dataDir, 'uploads')),
  mail: mailSettingsOf(config),
  live,
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
// The customer who opened ticket #1500, so that the thread is theirs to read.
const customerEmail = `admin${((1500 - 1000) % 200) + 1}@bench.test`;
const cookies = {
  anonymous: '',
  agent: await logIn(url, 'agent@bench.test'),
  customer: await logIn(url, customerEmail),
};

const rows: string[] = [];
let missed = 0;
for (const scenario of scenarios) {
  const probe = await fetch(`${url}${scenario.path}`, {
    headers: { cookie: cookies[scenario.as] },
  });
  if (!probe.ok) throw new Error(`${scenario.name}: ${probe.status} ${await probe.text()}`);
  const result = await autocannon({
    url: `${url}${scenario.path}`,
    connections,
    duration: seconds,
    headers: { cookie: cookies[scenario.as] },
  });
  const p97_5 = result.latency.p97_5;
  const ok = p97_5 <= scenario.p97_5TargetMs && result.non2xx === 0 && result.errors === 0;
  if (!ok) missed++;
  rows.push(
    `${ok ? 'ok  ' : 'MISS'} ${scenario.name.padEnd(38)} ${String(Math.round(result.requests.average)).padStart(6)} req/s ` +
      `p50 ${String(result.latency.p50).padStart(4)} ms  p97.5 ${String(p97_5).padStart(4)} ms (target ${scenario.p97_5TargetMs})` +
      `${result.non2xx ? `  non-2xx ${result.non2xx}` : ''}`,
  );
}
const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
await app.close();
await live.close();
await connection.close();
rmSync(dataDir, { recursive: true, force: true });

console.log(
  `\n${connections} connections, ${seconds} s each, server and load generator in one process:`,
);
for (const row of rows) console.log(row);
const rssTarget = 1024;
console.log(
  `${rssMb <= rssTarget ? 'ok  ' : 'MISS'} resident memory after the run: ${rssMb} MB (target ${rssTarget} MB)`,
);
if (rssMb > rssTarget) missed++;
process.exit(missed > 0 ? 1 : 0);
