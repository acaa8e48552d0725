import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgbenchScriptOf } from './pgbench.js';

// The statements the bench replays must ask PostgreSQL what the server asked it, planned the same way.
const statement = {
  sql: 'select $1::int + 1 as next, $2 as label, $3::text is null as missing, $4::timestamptz as at',
  params: ['41', "it's", null, '2026-12-05T10:00:00.000Z'],
};

let db: PGlite;
beforeAll(async () => {
  db = new PGlite();
  await db.waitReady;
});
afterAll(() => db.close());

/** The SQL lines of a script, as pgbench would send them on a client's first run. */
const sqlOf = (script: string) =>
  script.split('\n').filter((line) => line !== '' && !line.startsWith('\\'));

describe('pgbenchScriptOf', () => {
  it('writes the parameters of an unnamed statement in as literals, planned on every run', async () => {
    const [line, ...rest] = sqlOf(pgbenchScriptOf([statement]));
    expect(rest).toEqual([]);
    expect(line).not.toContain('PREPARE');
    const { rows } = await db.query(line!);
    expect(rows).toEqual([
      { next: 42, label: "it's", missing: true, at: new Date('2026-12-05T10:00:00.000Z') },
    ]);
  });

  it('prepares a statement the server prepared once per pgbench client, then executes it', async () => {
    const script = pgbenchScriptOf([{ ...statement, prepared: true }]);
    const lines = script.split('\n');
    // Prepared only while the client's variable says it is not yet, which the script then sets.
    const guard = lines.find((line) => line.startsWith('\\if'))!;
    const variable = guard.match(/^\\if :(\w+) = 0$/)![1];
    expect(lines).toContain(`\\set ${variable} 1`);
    expect(lines.indexOf('\\endif')).toBeGreaterThan(lines.indexOf(guard));

    const [prepare, execute] = sqlOf(script);
    expect(prepare).toMatch(/^PREPARE bench_\w+ AS select \$1::int/);
    await db.query(prepare!);
    const { rows } = await db.query(execute!);
    expect(rows).toEqual([
      { next: 42, label: "it's", missing: true, at: new Date('2026-12-05T10:00:00.000Z') },
    ]);
  });

  it('runs a prepared statement without parameters with a bare EXECUTE', () => {
    const [, execute] = sqlOf(pgbenchScriptOf([{ sql: 'select 1', params: [], prepared: true }]));
    expect(execute).toMatch(/^EXECUTE bench_\w+;$/);
  });
});
