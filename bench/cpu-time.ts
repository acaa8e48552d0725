import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import pg from 'pg';

/** Clock ticks a second, the unit of /proc/<pid>/stat's CPU times. */
const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** CPU milliseconds (user and system) a process has used so far; 0 once it is gone. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return 0;
  }
}

/**
 * The CPU time each of PostgreSQL's backends for one database has used so far, by
 * process id: the server's pooled connections, and any other client's (the driver
 * route's, pgbench's while it runs), read from /proc, as the bench runs on the
 * database's machine.
 */
export async function databaseBackendsCpuMs(
  adminUrl: string,
  database: string,
): Promise<Map<number, number>> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [database],
    );
    return new Map(rows.map(({ pid }) => [pid, processCpuMs(pid)]));
  } finally {
    await client.end();
  }
}

/**
 * The CPU the backends used between two readings: each one's own growth, so a
 * backend that ended meanwhile (an idle pooled connection closed, another
 * client's) takes nothing away, and one that began counts from zero. What a
 * backend that ended used before the second reading is not counted: the pooled
 * connections of the measured load, open from its warm-up on, are what it measures.
 */
export function backendsCpuMsBetween(
  before: Map<number, number>,
  after: Map<number, number>,
): number {
  let total = 0;
  for (const [pid, ms] of after) total += Math.max(0, ms - (before.get(pid) ?? 0));
  return total;
}
