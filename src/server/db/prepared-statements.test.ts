import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/test-database.js';
import type { DatabaseConnection } from './client.js';
import type { Executor } from './database.js';
import { preparedStatement } from './prepared-statements.js';
import { rateLimitCounters } from './schema.js';

let connection: DatabaseConnection;
beforeAll(async () => {
  connection = await createTestDatabase();
});
afterAll(async () => {
  await connection.close();
});

/** One fixed query, prepared by whichever executor asks first. */
function hitsOf(executor: Executor, key: string) {
  const statement = preparedStatement(executor, 'test-counter-hits', (name) =>
    executor
      .select({ hits: rateLimitCounters.hits })
      .from(rateLimitCounters)
      .where(eq(rateLimitCounters.key, sql.placeholder('key')))
      .prepare(name),
  );
  return statement.execute({ key });
}

const counter = (key: string, hits: number) => ({
  key,
  hits,
  windowEndsAt: new Date(Date.now() + 60_000),
});

describe('a statement prepared once per database', () => {
  it('runs in a transaction on its connection, seeing what the transaction wrote', async () => {
    const { db } = connection;
    expect(await hitsOf(db, 'in-transaction')).toEqual([]);
    // Sent to the pool instead, PostgreSQL would answer without the uncommitted row, and
    // PGlite would wait for the open transaction forever.
    const seen = await db.transaction(async (tx) => {
      await tx.insert(rateLimitCounters).values(counter('in-transaction', 3));
      return hitsOf(tx, 'in-transaction');
    });
    expect(seen).toEqual([{ hits: 3 }]);
    expect(await hitsOf(db, 'in-transaction')).toEqual([{ hits: 3 }]);
  });

  it('prepared first in a transaction, still runs on the database once it has ended', async () => {
    const { db } = connection;
    const firstShape = (executor: Executor) =>
      preparedStatement(executor, 'test-counter-keys', (name) =>
        executor
          .select({ key: rateLimitCounters.key })
          .from(rateLimitCounters)
          .where(eq(rateLimitCounters.hits, sql.placeholder('hits')))
          .prepare(name),
      );
    const inside = await db.transaction(async (tx) => {
      await tx.insert(rateLimitCounters).values(counter('prepared-inside', 41));
      return firstShape(tx).execute({ hits: 41 });
    });
    expect(inside).toEqual([{ key: 'prepared-inside' }]);
    expect(await firstShape(db).execute({ hits: 41 })).toEqual([{ key: 'prepared-inside' }]);
  });

  it('a rolled-back write stays unseen by the same statement afterwards', async () => {
    const { db } = connection;
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(rateLimitCounters).values(counter('rolled-back', 5));
        expect(await hitsOf(tx, 'rolled-back')).toEqual([{ hits: 5 }]);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(await hitsOf(db, 'rolled-back')).toEqual([]);
  });
});
