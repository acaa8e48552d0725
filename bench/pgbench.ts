import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
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

/** One line of SQL: pgbench reads a statement up to its semicolon. */
const oneLine = (sql: string) => sql.replace(/\s*\n\s*/g, ' ').trim();

/** The name a prepared statement has in pgbench's sessions, and the variable saying it is prepared. */
export function preparedNameOf(sql: string) {
  const name = `bench_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
  return { name, readyVariable: `${name}_ready` };
}

/**
 * A pgbench script of one request: its statements in order. One the server sent
 * unnamed is written with its parameters in as literals (highest number first, so
 * that $1 never eats the start of $10), and planned on every run, as the server's
 * is. One the server prepared is prepared once per pgbench client (a client's
 * variables last as long as it does) and run with EXECUTE, so PostgreSQL plans it
 * as it plans the server's (custom plans first, then the generic one).
 */
export function pgbenchScriptOf(statements: CapturedStatement[]): string {
  return statements
    .map(({ sql, params, prepared }) => {
      if (prepared) {
        const { name, readyVariable } = preparedNameOf(sql);
        const values = params.length > 0 ? `(${params.map(literalOf).join(', ')})` : '';
        return [
          `\\if :${readyVariable} = 0`,
          `PREPARE ${name} AS ${oneLine(sql)};`,
          `\\set ${readyVariable} 1`,
          '\\endif',
          `EXECUTE ${name}${values};`,
        ].join('\n');
      }
      const text = sql.replace(/\$(\d+)/g, (_match, digits: string) =>
        literalOf(params[Number(digits) - 1] ?? null),
      );
      return `${oneLine(text)};`;
    })
    .join('\n')
    .concat('\n');
}

/** pgbench's -D definitions: every prepared statement starts unprepared in each client. */
function readyDefinitions(scripts: CapturedStatement[][]): string[] {
  const variables = new Set(
    scripts
      .flat()
      .flatMap(({ sql, prepared }) => (prepared ? [preparedNameOf(sql).readyVariable] : [])),
  );
  return [...variables].flatMap((variable) => ['-D', `${variable}=0`]);
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
      ...readyDefinitions(options.scripts),
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
