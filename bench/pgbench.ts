import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { LoopFigures } from './ipc.js';
import { latencyFigures } from './latency.js';
import type { CapturedStatement } from './statement-capture.js';

const run = promisify(execFile);

/** A SQL literal of a parameter as node-postgres sends it (text, untyped, like a bind). */
function literalOf(value: string | null): string {
  return value === null ? 'NULL' : `'${value.replaceAll("'", "''")}'`;
}

/**
 * A pgbench script of one request: its statements in order, each on a line of
 * its own with the parameters written in as literals (highest number first, so
 * that $1 never eats the start of $10).
 */
export function pgbenchScriptOf(statements: CapturedStatement[]): string {
  return statements
    .map(({ sql, params }) => {
      const text = sql.replace(/\$(\d+)/g, (_match, digits: string) =>
        literalOf(params[Number(digits) - 1] ?? null),
      );
      return `${text.replace(/\s*\n\s*/g, ' ').trim()};`;
    })
    .join('\n')
    .concat('\n');
}

/**
 * Sends the statements of some probe requests straight to PostgreSQL with pgbench
 * (one script per probe, picked at random, as many clients as the HTTP load had
 * connections), and reads every transaction's latency from its log.
 */
export async function runPgbench(options: {
  databaseUrl: string;
  scripts: CapturedStatement[][];
  clients: number;
  seconds: number;
}): Promise<LoopFigures & { failed?: string }> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'aitima-pgbench-'));
  try {
    const files = options.scripts.map((statements, index) => {
      const file = path.join(folder, `request-${index + 1}.sql`);
      writeFileSync(file, pgbenchScriptOf(statements));
      return file;
    });
    const args = [
      '-n',
      `-c${options.clients}`,
      '-j2',
      `-T${options.seconds}`,
      ...files.flatMap((file) => ['-f', `${file}@1`]),
      '-l',
      `--log-prefix=${path.join(folder, 'log')}`,
      options.databaseUrl,
    ];
    let failed: string | undefined;
    let output = '';
    try {
      const { stdout, stderr } = await run('pgbench', args, { maxBuffer: 16 * 1024 * 1024 });
      output = `${stderr}\n${stdout}`;
    } catch (error) {
      // pgbench exits non-zero when a client aborted (a statement failed); the log still has the rest.
      failed = String((error as { stderr?: string }).stderr ?? error).slice(0, 2000);
    }
    const durations: number[] = [];
    for (const name of readdirSync(folder).filter((file) => file.startsWith('log'))) {
      for (const line of readFileSync(path.join(folder, name), 'utf8').split('\n')) {
        // client_id transaction_no time_us script_no epoch epoch_us
        const fields = line.split(' ');
        if (fields.length >= 3 && fields[2] !== 'failed' && fields[2] !== 'skipped') {
          durations.push(Number(fields[2]) / 1000);
        }
      }
    }
    if (durations.length === 0 && !failed) failed = `pgbench logged no transaction:\n${output}`;
    return { ...latencyFigures(durations, options.seconds), ...(failed ? { failed } : {}) };
  } finally {
    if (!process.env.BENCH_KEEP_PGBENCH) rmSync(folder, { recursive: true, force: true });
  }
}
