import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/test-database.js';
import type { DatabaseConnection } from '../db/client.js';
import { databaseRateLimitStore } from './database-rate-limit-store.js';
import { countHit, deleteLapsedCounters, readHits } from './rate-limit-counters.repository.js';

let connection: DatabaseConnection;
beforeAll(async () => {
  connection = await createTestDatabase();
});
afterAll(() => connection.close());

const MINUTE = 60_000;

describe('rate-limit counters in the database', () => {
  it('give hits at once distinct counts, as requests on several processes would get', async () => {
    const counts = await Promise.all(
      Array.from({ length: 20 }, () => countHit(connection.db, 'at-once', MINUTE)),
    );
    expect(counts.map((count) => count.hits).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    const last = await readHits(connection.db, 'at-once');
    expect(last.hits).toBe(20);
    expect(last.ttlMs).toBeGreaterThan(0);
    expect(last.ttlMs).toBeLessThanOrEqual(MINUTE);
  });

  it('start again at 1 once the window is over, and lapsed windows are forgotten', async () => {
    // A window of one millisecond is over by the next statement.
    await countHit(connection.db, 'short', 1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await readHits(connection.db, 'short')).toEqual({ hits: 0, ttlMs: 0 });
    expect((await countHit(connection.db, 'short', MINUTE)).hits).toBe(1);
    expect((await countHit(connection.db, 'short', MINUTE)).hits).toBe(2);
    await countHit(connection.db, 'gone', 1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await deleteLapsedCounters(connection.db, new Date())).toBeGreaterThanOrEqual(1);
    expect((await countHit(connection.db, 'short', MINUTE)).hits).toBe(3);
  });

  it('count each route apart in the plugin store, as its own stores do', async () => {
    const Store = databaseRateLimitStore(connection.db);
    const store = new Store({});
    const login = store.child({ routeInfo: { method: 'POST', url: '/api/auth/login' } } as never);
    const reset = store.child({ routeInfo: { method: 'POST', url: '/api/auth/reset' } } as never);
    const hit = (target: typeof login) =>
      new Promise<number>((resolve, reject) =>
        target.incr(
          '127.0.0.1',
          (error, result) => (error ? reject(error) : resolve(result?.current ?? -1)),
          MINUTE,
          10,
        ),
      );
    expect(await hit(login)).toBe(1);
    expect(await hit(login)).toBe(2);
    expect(await hit(reset)).toBe(1);
    expect(await hit(store)).toBe(1);
  });
});
