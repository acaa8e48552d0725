import type { LoopFigures } from './ipc.js';
import type { ReplannedStatement } from './plan-cache-check.js';
import { type Target, verdict } from './targets.js';
import type { LoadFigures } from './wrk.js';

/** Everything the bench learnt about one scenario (also what bench/results/*.json keep). */
export interface ScenarioResult {
  id: string;
  name: string;
  connections: number;
  http: LoadFigures;
  /** Non-2xx answers, socket errors and timeouts: any makes the bench fail. */
  failedRequests: number;
  statements: LoopFigures & { via: string; perRequest: number; failed?: string };
  bareRequestsPerSecond: number;
  ratios: {
    /** Statement sets a second ÷ requests a second: a request's time over its statements' time (null when they did not run). */
    requestOverStatements: number | null;
    /** The bare route's requests a second ÷ the request's: how far below the stack's ceiling. */
    bareOverRequest: number | null;
    /** The driver route's requests a second ÷ the request's: how much time the app's own work adds (PostgreSQL only). */
    requestOverDriver: number | null;
  };
  /**
   * The same statements behind a route of Fastify and node-postgres alone
   * (driver-server.ts), under the same load; null on PGlite.
   */
  driver: {
    http: LoadFigures;
    failedRequests: number;
    cpu: { serverMsPerRequest: number; databaseMsPerRequest: number | null };
  } | null;
  target: Target;
  /**
   * CPU milliseconds a request cost the server process and the database's backends,
   * over the measured run (wrk and the rest of the machine not counted; null for the
   * database on PGlite, which runs inside the server process).
   */
  cpu: { serverMsPerRequest: number; databaseMsPerRequest: number | null };
  /** Prepared statements PostgreSQL plans anew on every run (plan-cache-check.ts); none on PGlite. */
  replanned: ReplannedStatement[];
}

interface Report {
  engine: string;
  tickets: number;
  seconds: number;
  /** What every request said it accepts (a browser's by default: answers come compressed). */
  acceptEncoding: string;
  seed: { seconds: number } & Record<string, unknown>;
  machine: { cpu: string; cores: number; loadAverageAtEnd: string };
  serverRssMb: number;
  bare: Record<number, LoadFigures>;
  scenarios: ScenarioResult[];
}

const mark = (text: string) => (text ? ` ${text}` : '');

/** The figures as a table on the terminal, each next to its target's ok/MISS. */
export function printReport(report: Report): void {
  console.log(
    `\n${report.engine}, ${report.tickets.toLocaleString('en')} tickets (seeded in ${report.seed.seconds} s), ` +
      `wrk -t2, ${report.seconds} s a scenario, Accept-Encoding: ${report.acceptEncoding}, on ${report.machine.cores}× ${report.machine.cpu}\n`,
  );
  const header = [
    'scenario'.padEnd(30),
    'conn',
    'req/s'.padStart(14),
    'p50 ms'.padStart(7),
    'p99 ms'.padStart(24),
    'stmts'.padStart(5),
    'stmts/s'.padStart(8),
    'req÷stmts'.padStart(15),
    'bare÷req'.padStart(9),
    'cpu ms: app/db'.padStart(14),
    'failed',
  ];
  console.log(header.join('  '));
  for (const result of report.scenarios) {
    const { http, target, statements, ratios } = result;
    const rps = `${http.requestsPerSecond}${mark(verdict(http.requestsPerSecond, target.minRequestsPerSecond, 'min'))}`;
    // Timed-out requests have no latency in wrk's figures: with any, p99 is past the timeout.
    const p99 =
      http.timeouts > 0
        ? `>10000 (${http.timeouts} timeouts)${target.maxP99Ms ? ' MISS' : ''}`
        : `${http.p99Ms}${mark(verdict(http.p99Ms, target.maxP99Ms, 'max'))}`;
    const ratio =
      ratios.requestOverStatements === null
        ? '–'
        : `${ratios.requestOverStatements}×${mark(verdict(ratios.requestOverStatements, target.maxStatementsRatio, 'max'))}`;
    console.log(
      [
        result.name.padEnd(30),
        String(result.connections).padStart(4),
        rps.padStart(14),
        String(http.p50Ms).padStart(7),
        p99.padStart(24),
        String(statements.perRequest).padStart(5),
        String(statements.perSecond).padStart(8),
        ratio.padStart(15),
        `${ratios.bareOverRequest ?? '–'}×`.padStart(9),
        `${result.cpu.serverMsPerRequest}/${result.cpu.databaseMsPerRequest ?? '–'}`.padStart(14),
        String(result.failedRequests),
      ].join('  '),
    );
    if (statements.failed)
      console.log(`    statements alone failed: ${statements.failed.split('\n')[0]}`);
    for (const statement of result.replanned) {
      console.log(`    planned on every run although prepared: ${statement.sql.slice(0, 140)}…`);
    }
  }
  printDriverRoute(report.scenarios);
  for (const [connections, figures] of Object.entries(report.bare)) {
    console.log(
      `bare Fastify route, ${connections} connections: ${figures.requestsPerSecond} req/s, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms`,
    );
  }
  console.log(
    `Load average at the end (1, 5, 15 min): ${report.machine.loadAverageAtEnd} on ${report.machine.cores} cores`,
  );
  console.log(`Server process resident memory after the run: ${report.serverRssMb} MB`);
  console.log(
    `Statements alone: ${report.engine === 'postgres' ? 'pgbench -n -j2 with as many clients as connections' : 'one after another on the PGlite instance (it runs one query at a time)'}.` +
      ' req÷stmts = how many times longer a request takes than its statements; bare÷req = how many times faster the bare route answers.',
  );
}

/** The driver route's figures beside the app's, when it ran (PostgreSQL). */
function printDriverRoute(scenarios: ScenarioResult[]): void {
  const measured = scenarios.filter((result) => result.driver);
  if (measured.length === 0) return;
  console.log(
    '\nThe same statements behind Fastify and node-postgres alone (driver-server.ts), same load:',
  );
  console.log(
    [
      'scenario'.padEnd(30),
      'conn',
      'req/s'.padStart(8),
      'p99 ms'.padStart(8),
      'req÷driver'.padStart(10),
      'cpu ms: app/db'.padStart(14),
      'failed',
    ].join('  '),
  );
  for (const result of measured) {
    const driver = result.driver!;
    console.log(
      [
        result.name.padEnd(30),
        String(result.connections).padStart(4),
        String(driver.http.requestsPerSecond).padStart(8),
        String(driver.http.p99Ms).padStart(8),
        `${result.ratios.requestOverDriver ?? '–'}×`.padStart(10),
        `${driver.cpu.serverMsPerRequest}/${driver.cpu.databaseMsPerRequest ?? '–'}`.padStart(14),
        String(driver.failedRequests),
      ].join('  '),
    );
  }
}
