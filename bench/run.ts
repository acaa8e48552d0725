import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/server/db/client.js';
import { runMigrations } from '../src/server/db/migrate.js';
import { createBenchDatabase, databaseNameOf, dropBenchDatabase } from './bench-database.js';
import { backendsCpuMsBetween, databaseBackendsCpuMs, processCpuMs } from './cpu-time.js';
import type { LoopFigures } from './ipc.js';
import { round } from './latency.js';
import { runPgbench } from './pgbench.js';
import { type ReplannedStatement, replannedStatements } from './plan-cache-check.js';
import { type ServerProcess, startServerProcess } from './processes.js';
import { printReport, type ScenarioResult } from './report.js';
import { type Persona, probeTicketNumbers, type Scenario, selectScenarios } from './scenarios.js';
import { BENCH_PASSWORD, rowsOf, STAFF_COUNT, seedBench } from './seed.js';
import type { CapturedStatement } from './statement-capture.js';
import { targetOf } from './targets.js';
import { ACCEPT_ENCODING, type LoadFigures, loadWithWrk, wrkBinary } from './wrk.js';

/**
 * `npm run bench`: seeds BENCH_TICKETS tickets (100,000 by default) on embedded
 * PGlite, or in a database of its own on DATABASE_URL's server, starts the app in
 * a child process and loads it with wrk (-t2, 10 or 50 connections, BENCH_SECONDS
 * each). Side by side: a bare Fastify route under the same load (the stack's
 * ceiling) and each request's own statements, sent straight to PostgreSQL with
 * pgbench (or, on PGlite, run in a loop on its instance). Prints the figures with
 * issue 11's targets and writes them to bench/results/. Exits 1 only when a
 * request failed (not 2xx, a socket error or a timeout): targets may be missed.
 */
const ticketCount = Number(process.env.BENCH_TICKETS ?? 100_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const scenarios = selectScenarios(process.env.BENCH_SCENARIOS);
const adminUrl = process.env.DATABASE_URL;
const engine = adminUrl ? 'postgres' : 'pglite';
const warmupSeconds = Math.max(1, Math.min(3, Math.round(seconds / 5)));
/** Probe requests per scenario whose statements become the pgbench scripts. */
const PROBES = 5;

// The code that runs is the code of the start: read before anything can be committed meanwhile.
const commit = gitCommit();
ensureWrk();
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aitima-bench-'));
const benchUrl = adminUrl ? await createBenchDatabase(adminUrl) : undefined;
let exitCode = 0;
try {
  const { companyOneEmails, ...seed } = await seedDatabase();
  const seeded = { companyOneEmails };
  const server = await startServerProcess('./server-child.ts', {
    BENCH_DATA_DIR: dataDir,
    DATABASE_URL: benchUrl ?? '',
  });
  // Many people at once, as on a real desk: every agent, and the first company's admin and
  // members (it has the most tickets: the seed favours low company numbers). Probes go as the first.
  const cookies: Record<Persona, string[]> = {
    agent: await logInAll(server.url, staffEmails()),
    customer: await logInAll(server.url, seeded.companyOneEmails),
  };
  const results: ScenarioResult[] = [];
  // PostgreSQL only: PGlite lives inside the server process, and its loop is the driver alone.
  const driver = benchUrl
    ? await startServerProcess('./driver-server.ts', { DATABASE_URL: benchUrl })
    : undefined;
  let queuePageBytes = 10_000;
  for (const scenario of scenarios) {
    const probe = await probeScenario(server.url, scenario, cookies[scenario.as][0] ?? '', server);
    if (scenario.id === 'queue') queuePageBytes = probe.bytes;
    const load = {
      url: server.url,
      path: scenario.path,
      method: scenario.method,
      body: scenario.body,
      cookies: cookies[scenario.as],
      origin: server.url,
      numbers: [1001, 1000 + ticketCount] as [number, number],
      connections: scenario.connections,
    };
    // A short unmeasured run first: connections opened, code and caches warm.
    await loadWithWrk({ ...load, seconds: warmupSeconds });
    const cpuBefore = await cpuTimes(server);
    const http = await loadWithWrk({ ...load, seconds });
    const cpu = cpuPerRequest(cpuBefore, await cpuTimes(server), http.requests);
    const statements = await statementsAlone(probe.scripts, scenario.connections, server);
    const replanned = benchUrl ? await replannedStatements(benchUrl, probe.scripts) : [];
    const result = resultOf(scenario, http, cpu, statements, probe.scripts, replanned);
    if (driver) {
      result.driver = await loadDriverRoute(driver, probe.scripts, scenario.connections);
      result.ratios.requestOverDriver = round(
        result.driver.http.requestsPerSecond / Math.max(http.requestsPerSecond, 0.01),
      );
    }
    results.push(result);
    console.log(
      `${scenario.name}: ${http.requestsPerSecond} req/s, p99 ${http.p99Ms} ms; statements alone ${statements.perSecond}/s`,
    );
  }
  const memory = await server.ask({ type: 'memory' }, 'memory');
  await server.stop();
  await driver?.stop();
  const bare = await loadBare(queuePageBytes, [...new Set(scenarios.map((s) => s.connections))]);
  for (const result of results) {
    const ceiling = bare[result.connections];
    result.bareRequestsPerSecond = ceiling?.requestsPerSecond ?? 0;
    result.ratios.bareOverRequest = ceiling
      ? round(ceiling.requestsPerSecond / Math.max(result.http.requestsPerSecond, 0.01))
      : null;
  }
  const report = {
    date: new Date().toISOString(),
    engine,
    tickets: ticketCount,
    seconds,
    acceptEncoding: ACCEPT_ENCODING,
    seed,
    machine: machineInfo(),
    commit,
    serverRssMb: memory.rssMb,
    bare,
    scenarios: results,
  };
  printReport(report);
  const file = writeResults(report);
  console.log(`\nFigures written to ${path.relative(process.cwd(), file)}`);
  if (results.some((result) => result.failedRequests > 0)) exitCode = 1;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  // BENCH_KEEP_DATABASE keeps the seeded database for a look at its plans (EXPLAIN).
  if (adminUrl && benchUrl && process.env.BENCH_KEEP_DATABASE) {
    console.log(`Database kept: ${benchUrl}`);
  } else if (adminUrl && benchUrl) {
    await dropBenchDatabase(adminUrl, benchUrl);
  }
}
process.exit(exitCode);

/**
 * wrk from Debian: installed by scripts/ensure-debian-package.sh when missing (as
 * root); nothing happens when it is there. BENCH_WRK names another wrk binary.
 */
function ensureWrk() {
  const script = fileURLToPath(new URL('../scripts/ensure-debian-package.sh', import.meta.url));
  execFileSync('bash', [script, wrkBinary(), 'wrk', 'benchmarks', 'BENCH_WRK'], {
    stdio: 'inherit',
  });
}

/** Migrates and seeds the bench database, then closes it: the server process opens it anew. */
async function seedDatabase() {
  const connection = await openDatabase({ databaseUrl: benchUrl, dataDir });
  try {
    await runMigrations(connection);
    const start = performance.now();
    const shape = await seedBench(connection.db, ticketCount, {
      // Steps of a second or more, to see where a big seed spends its time.
      onStep: (step, stepSeconds) => {
        if (stepSeconds >= 1) console.log(`  seed: ${step} … ${stepSeconds} s`);
      },
    });
    const seedSeconds = round((performance.now() - start) / 1000, 1);
    const counts = rowsOf<Record<string, number>>(
      await connection.db.execute(sql`
        select (select count(*)::int from tickets) as tickets, (select count(*)::int from messages) as messages,
               (select count(*)::int from ticket_events) as events, (select count(*)::int from tasks) as tasks,
               (select count(*)::int from ledger_entries) as "ledgerEntries",
               (select count(*)::int from ticket_reads) as reads, (select count(*)::int from users) as users,
               (select count(*)::int from companies) as companies, version() as "databaseVersion"`),
    )[0];
    console.log(`Seeded ${JSON.stringify(counts)} on ${engine} in ${seedSeconds} s`);
    // The first company's people, its admin first: the customers of the bench.
    const companyOne = rowsOf<{ email: string }>(
      await connection.db.execute(sql`
        select u.email from users u join companies c on c.id = u.company_id
        where c.vat_number = '000000001' order by u.role = 'company_admin' desc, u.email`),
    );
    return {
      seconds: seedSeconds,
      companies: shape.companies,
      ...counts,
      companyOneEmails: companyOne.map((row) => row.email),
    };
  } finally {
    await connection.close();
  }
}

function staffEmails(): string[] {
  return Array.from({ length: STAFF_COUNT }, (_, index) =>
    index === 0 ? 'agent@bench.test' : `agent${index + 1}@bench.test`,
  );
}

async function logInAll(url: string, emails: string[]): Promise<string[]> {
  const cookies: string[] = [];
  for (const email of emails) cookies.push(await logIn(url, email));
  return cookies;
}

async function logIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login ${email}: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

/**
 * The CPU time the server process and the bench database's backends have used so
 * far (on PGlite the database runs inside the server process).
 */
async function cpuTimes(server: ServerProcess) {
  return {
    serverMs: processCpuMs(server.pid),
    databaseBackends:
      adminUrl && benchUrl ? await databaseBackendsCpuMs(adminUrl, databaseNameOf(benchUrl)) : null,
  };
}

/** What a request cost each side in CPU over a measured run: whichever is the cap shows. */
function cpuPerRequest(
  before: Awaited<ReturnType<typeof cpuTimes>>,
  after: Awaited<ReturnType<typeof cpuTimes>>,
  requests: number,
): ScenarioResult['cpu'] {
  const perRequest = (ms: number) => round(ms / Math.max(requests, 1));
  return {
    serverMsPerRequest: perRequest(after.serverMs - before.serverMs),
    databaseMsPerRequest:
      after.databaseBackends === null || before.databaseBackends === null
        ? null
        : perRequest(backendsCpuMsBetween(before.databaseBackends, after.databaseBackends)),
  };
}

/**
 * Sends a few requests of the scenario by hand (on tickets spread over the whole
 * range when it names one), checks they succeed, and keeps each one's statements.
 */
async function probeScenario(
  url: string,
  scenario: Scenario,
  cookie: string,
  server: Awaited<ReturnType<typeof startServerProcess>>,
) {
  const scripts: CapturedStatement[][] = [];
  let bytes = 0;
  if (scenario.kind === 'read') {
    // Uncaptured: a read's first request may do once what the rest do not (the central
    // screen stores the company's allocation checkpoint); the statements measured are
    // those of the requests wrk sends after it.
    await fetch(`${url}${scenario.path.replace('{n}', '1001')}`, {
      headers: { cookie, origin: url },
    });
  }
  for (const number of probeTicketNumbers(scenario.kind, ticketCount, PROBES)) {
    const requestPath = scenario.path.replace('{n}', String(number));
    server.tell({ type: 'capture-start' });
    const response = await fetch(`${url}${requestPath}`, {
      method: scenario.method,
      headers: {
        cookie,
        origin: url,
        ...(scenario.body ? { 'content-type': 'application/json' } : {}),
      },
      body: scenario.body,
    });
    const text = await response.text();
    const { statements } = await server.ask({ type: 'capture-stop' }, 'captured');
    if (!response.ok) {
      throw new Error(`${scenario.name} ${requestPath}: ${response.status} ${text.slice(0, 500)}`);
    }
    bytes = Buffer.byteLength(text);
    scripts.push(statements);
    // BENCH_PRINT_STATEMENTS shows what each probe request sent.
    if (process.env.BENCH_PRINT_STATEMENTS) console.log(JSON.stringify(statements, null, 1));
  }
  return { scripts, bytes };
}

/** The statements alone: pgbench on PostgreSQL, a loop on the server's PGlite instance. */
async function statementsAlone(
  scripts: CapturedStatement[][],
  connections: number,
  server: Awaited<ReturnType<typeof startServerProcess>>,
): Promise<LoopFigures & { failed?: string }> {
  if (benchUrl) {
    return runPgbench({ databaseUrl: benchUrl, scripts, clients: connections, seconds });
  }
  const { figures } = await server.ask({ type: 'driver-loop', scripts, seconds }, 'driver-loop');
  return figures;
}

function resultOf(
  scenario: Scenario,
  http: LoadFigures,
  cpu: ScenarioResult['cpu'],
  statements: LoopFigures & { failed?: string },
  scripts: CapturedStatement[][],
  replanned: ReplannedStatement[],
): ScenarioResult {
  return {
    id: scenario.id,
    name: scenario.name,
    connections: scenario.connections,
    http,
    failedRequests: http.non2xx + http.socketErrors + http.timeouts,
    statements: {
      via: engine === 'postgres' ? 'pgbench' : 'PGlite driver loop',
      perRequest: Math.round(scripts.reduce((sum, s) => sum + s.length, 0) / scripts.length),
      ...statements,
    },
    bareRequestsPerSecond: 0,
    ratios: {
      // Closed-loop load: the throughput ratio is the ratio of one request's time to its statements' time.
      requestOverStatements:
        statements.runs > 0 && http.requests > 0
          ? round(statements.perSecond / http.requestsPerSecond)
          : null,
      bareOverRequest: null,
      requestOverDriver: null,
    },
    driver: null,
    target: targetOf(scenario, engine),
    cpu,
    replanned,
  };
}

/**
 * The scenario's statements behind a Fastify route of their own (driver-server.ts:
 * node-postgres alone, no app), under the scenario's load, right after the app's
 * and pgbench's runs: the database as they found it (a later reply scenario adds
 * messages to the probes' tickets). What the request would cost were the app's own
 * work nothing; its CPU per request is counted the same way.
 */
async function loadDriverRoute(
  driver: ServerProcess,
  scripts: CapturedStatement[][],
  connections: number,
): Promise<NonNullable<ScenarioResult['driver']>> {
  await driver.ask({ type: 'driver-scripts', scripts }, 'driver-scripts-set');
  const load = { url: driver.url, path: '/', connections };
  await loadWithWrk({ ...load, seconds: warmupSeconds });
  const before = await cpuTimes(driver);
  const http = await loadWithWrk({ ...load, seconds });
  return {
    http,
    failedRequests: http.non2xx + http.socketErrors + http.timeouts,
    cpu: cpuPerRequest(before, await cpuTimes(driver), http.requests),
  };
}

/** The bare Fastify route, sized like a queue page, at each connection count the scenarios used. */
async function loadBare(bytes: number, connectionCounts: number[]) {
  const bare = await startServerProcess('./bare-server.ts', { BENCH_BARE_BYTES: String(bytes) });
  const figures: Record<number, LoadFigures> = {};
  try {
    for (const connections of connectionCounts) {
      figures[connections] = await loadWithWrk({ url: bare.url, path: '/', connections, seconds });
    }
  } finally {
    await bare.stop();
  }
  return figures;
}

function machineInfo() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: round(os.totalmem() / 1024 ** 3, 1),
    // The machine may be shared: a load far above the cores means the figures are low.
    // A string, not an array: JSON.stringify's layout of arrays is not Biome's.
    loadAverageAtEnd: os
      .loadavg()
      .map((value) => round(value, 1))
      .join(', '),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    // `wrk -v` prints its version, then exits non-zero.
    wrk: spawnSync(wrkBinary(), ['-v'], { encoding: 'utf8' }).stdout.split('\n')[0]?.trim() ?? '',
  };
}

function gitCommit() {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  try {
    return { sha: git('rev-parse', 'HEAD'), dirty: git('status', '--porcelain') !== '' };
  } catch {
    return { sha: 'unknown', dirty: true };
  }
}

function writeResults(report: { date: string; engine: string; tickets: number }) {
  const folder = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(folder, { recursive: true });
  const scale =
    report.tickets >= 1_000_000 && report.tickets % 1_000_000 === 0
      ? `${report.tickets / 1_000_000}m`
      : report.tickets % 1000 === 0
        ? `${report.tickets / 1000}k`
        : String(report.tickets);
  const file = path.join(folder, `${report.date.slice(0, 10)}-${report.engine}-${scale}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
