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
 * The CPU time PostgreSQL's backends for one database have used so far: the
 * server's pooled connections (and pgbench's, while it runs), read from /proc, as
 * the bench runs on the database's machine. A backend that ended meanwhile is not
 * counted, so pooled connections, open from the warm-up on, are what it measures.
 */
export async function databaseCpuMs(adminUrl: string, database: string): Promise<number> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [database],
    );
    return rows.reduce((sum, { pid }) => sum + processCpuMs(pid), 0);
  } finally {
    await client.end();
  }
}
