import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DatabaseConnection, openPglite } from './client.js';
import type { Executor } from './database.js';
import { runMigrations } from './migrate.js';
import { preparedStatement } from './prepared-statements.js';
import { rateLimitCounters } from './schema.js';

// PGlite whatever DATABASE_URL says: this is the embedded engine's own path. The
// suite's migrated template exists only when the suite runs on PGlite.
let connection: DatabaseConnection;
beforeAll(async () => {
  const template = inject('pgliteTemplateFile');
  if (template) {
    connection = await openPglite({ loadDataDir: new Blob([readFileSync(template)]) });
    return;
  }
  connection = await openPglite({});
  await runMigrations(connection);
}, 60_000);
afterAll(async () => {
  await connection.close();
});

function hitsOf(executor: Executor, key: string) {
  return preparedStatement(executor, 'test-named-hits', (name) =>
    executor
      .select({ hits: rateLimitCounters.hits })
      .from(rateLimitCounters)
      .where(eq(rateLimitCounters.key, sql.placeholder('key')))
      .prepare(name),
  ).execute({ key });
}

function addCounter(executor: Executor, key: string, hits: number) {
  return preparedStatement(executor, 'test-named-insert', (name) =>
    executor
      .insert(rateLimitCounters)
      .values({
        key: sql.placeholder('key'),
        hits: sql.placeholder('hits'),
        windowEndsAt: sql`now() + interval '1 minute'`,
      })
      .prepare(name),
  ).execute({ key, hits });
}

interface PreparedRow {
  name: string;
  runs: number;
}

async function preparedNames(): Promise<PreparedRow[]> {
  const result = (await connection.db.execute(
    sql`select name, (generic_plans + custom_plans)::int as runs from pg_prepared_statements`,
  )) as unknown as { rows: PreparedRow[] };
  return result.rows;
}

describe('prepared statements on PGlite', () => {
  it('are parsed once under their name and then only executed', async () => {
    const { db } = connection;
    await addCounter(db, 'named-1', 7);
    for (let run = 0; run < 6; run++) expect(await hitsOf(db, 'named-1')).toEqual([{ hits: 7 }]);
    const named = (await preparedNames()).filter((row) => row.name.startsWith('s_'));
    // The insert and the select, each kept by PostgreSQL with every run it planned or reused.
    expect(named).toHaveLength(2);
    expect(named.map((row) => row.runs).sort()).toEqual([1, 6]);
  });

  it('send each value by its parameter type and read each column by its own', async () => {
    const { db } = connection;
    await addCounter(db, 'values', 1);
    const echo = (values: { at: Date | null; data: unknown; text: string | null }) =>
      preparedStatement(db, 'test-named-echo', (name) =>
        db
          .select({
            at: sql<Date | null>`${sql.placeholder('at')}::timestamptz`.mapWith(
              rateLimitCounters.windowEndsAt,
            ),
            data: sql<unknown>`${sql.placeholder('data')}::jsonb`,
            text: sql<string | null>`${sql.placeholder('text')}::text`,
          })
          .from(rateLimitCounters)
          .where(eq(rateLimitCounters.key, 'values'))
          .prepare(name),
      ).execute(values);
    const at = new Date('2026-12-06T10:11:12.345Z');
    const data = { hours: 1.5, note: 'Ωραία «δουλειά»', list: [1, null] };
    expect(await echo({ at, data, text: 'Καλημέρα' })).toEqual([{ at, data, text: 'Καλημέρα' }]);
    expect(await echo({ at: null, data: null, text: null })).toEqual([
      { at: null, data: null, text: null },
    ]);
  });

  it('raise PostgreSQL errors with their code and leave the database usable', async () => {
    const { db } = connection;
    await addCounter(db, 'twice', 1);
    const error = await addCounter(db, 'twice', 2).catch((caught: unknown) => caught);
    expect(codeOf(error)).toBe('23505');
    expect(await hitsOf(db, 'twice')).toEqual([{ hits: 1 }]);
    // In a transaction, the failed statement ends it and nothing it wrote stays.
    const failed = await db
      .transaction(async (tx) => {
        await addCounter(tx, 'inside', 1);
        await addCounter(tx, 'twice', 3);
      })
      .catch((caught: unknown) => caught);
    expect(codeOf(failed)).toBe('23505');
    expect(await hitsOf(db, 'inside')).toEqual([]);
  });

  it('outside a transaction, wait until an open one has ended', async () => {
    const { db } = connection;
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let written = () => {};
    const insertDone = new Promise<void>((resolve) => {
      written = resolve;
    });
    const transaction = db
      .transaction(async (tx) => {
        await addCounter(tx, 'uncommitted', 9);
        written();
        await held;
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await insertDone;
    let answered = false;
    const outside = hitsOf(db, 'uncommitted').then((rows) => {
      answered = true;
      return rows;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Run at once, it would have run inside the open transaction and seen its row.
    expect(answered).toBe(false);
    release();
    await transaction;
    expect(await outside).toEqual([]);
  });
});

function codeOf(error: unknown): string | undefined {
  const withCause = error as { code?: string; cause?: { code?: string } };
  return withCause.cause?.code ?? withCause.code;
}
