import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { pgDump } from '@electric-sql/pglite-tools/pg_dump';
import type { Database } from '../db/database.js';

/**
 * pg_dump's options for a backup: the application's tables' rows only, as plain INSERTs.
 * The schema is not dumped: a restore builds it with the app's own migrations (the same
 * SQL on PGlite and PostgreSQL, whatever pg_dump version wrote the rows), and INSERTs
 * load through any driver, where COPY … FROM stdin needs psql.
 */
export const DUMP_ARGUMENTS = [
  '--data-only',
  '--inserts',
  '--rows-per-insert=200',
  '--schema=public',
  '--no-owner',
  '--no-privileges',
];

/** The rows of the embedded database, from PGlite's own pg_dump (WebAssembly, in process). */
export async function dumpPglite(db: Database): Promise<string> {
  const client = (db as unknown as { $client: PGlite }).$client;
  const file = await pgDump({ pg: client, args: DUMP_ARGUMENTS });
  return file.text();
}

/**
 * The newest pg_dump installed (Debian keeps one per major version under
 * /usr/lib/postgresql/<n>/bin); a pg_dump older than the server refuses to dump it.
 */
export function findPgDump(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name) && existsSync(`${root}/${name}/bin/pg_dump`))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return versions[0] ? `${root}/${versions[0]}/bin/pg_dump` : 'pg_dump';
}

/**
 * The rows of a PostgreSQL database through pg_dump (Debian's postgresql-client). The
 * password goes in the environment, not on the command line other users can read.
 */
export function dumpPostgres(databaseUrl: string, pgDumpPath = findPgDump()): Promise<string> {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return new Promise((resolve, reject) => {
    const child = spawn(pgDumpPath, [...DUMP_ARGUMENTS, `--dbname=${url.toString()}`], {
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const errors: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
    child.on('error', (error) =>
      reject(
        new Error(
          `cannot run ${pgDumpPath} (${error.message}); install PostgreSQL's client (Debian: postgresql-client)`,
        ),
      ),
    );
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(`pg_dump failed: ${Buffer.concat(errors).toString('utf8').trim()}`));
    });
  });
}

/**
 * A dump made ready for a driver rather than psql: psql's `\restrict KEY` … `\unrestrict KEY`
 * (newer pg_dumps write them around everything) dropped, and settings an older server does
 * not know (a PostgreSQL 18 pg_dump's `transaction_timeout` on PostgreSQL 15) left out of the
 * header. Only lines before the first row, and the one unrestrict line that names the
 * header's random key, are touched: a row's text is never changed.
 */
export function dumpForDriver(dump: string): string {
  const lines = dump.split('\n');
  const firstRow = lines.findIndex((line) => line.startsWith('INSERT INTO '));
  const headerEnd = firstRow === -1 ? lines.length : firstRow;
  const restrict = lines.slice(0, headerEnd).find((line) => /^\\restrict \S+$/.test(line));
  const unrestrict = restrict?.replace('\\restrict', '\\unrestrict');
  const unrestrictAt = unrestrict === undefined ? -1 : lines.lastIndexOf(unrestrict);
  return lines
    .filter((line, index) => {
      if (index === unrestrictAt) return false;
      if (index >= headerEnd) return true;
      return line !== restrict && !/^SET transaction_timeout\b/.test(line);
    })
    .join('\n');
}
