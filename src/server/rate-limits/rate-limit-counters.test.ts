import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../../test/support/test-database.js';
import type { DatabaseConnection } from '../db/client.js';
import {
  BATCHED_FROM_MAX,
  databaseRateLimitStore,
  FLUSH_AFTER_MS,
} from './database-rate-limit-store.js';
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

/** A store of one "process", on a clock the test moves. */
function processStore(clock: { ms: number }) {
  const Store = databaseRateLimitStore(connection.db, { now: () => clock.ms });
  const store = new Store({});
  return (key: string, max: number) =>
    new Promise<number>((resolve, reject) =>
      store.incr(
        key,
        (error, result) => (error ? reject(error) : resolve(result?.current ?? -1)),
        MINUTE,
        max,
      ),
    );
}

const sharedHits = async (key: string) => (await readHits(connection.db, `global-${key}`)).hits;

describe('rate limits counted in memory between writes', () => {
  const API_MAX = 600;

  it('keep the count exact in the process and write it to the shared row about once a second', async () => {
    const clock = { ms: 1_000_000 };
    const hit = processStore(clock);
    const counted = [];
    for (let i = 0; i < 5; i++) counted.push(await hit('batched', API_MAX));
    expect(counted).toEqual([1, 2, 3, 4, 5]);
    // Only the window's first hit went to the database so far.
    expect(await sharedHits('batched')).toBe(1);
    clock.ms += FLUSH_AFTER_MS;
    expect(await hit('batched', API_MAX)).toBe(6);
    await vi.waitFor(async () => expect(await sharedHits('batched')).toBe(6));
  });

  it("let two processes share one budget: each hears of the other's hits with its next write", async () => {
    const clock = { ms: 2_000_000 };
    const first = processStore(clock);
    const second = processStore(clock);
    expect(await first('shared', API_MAX)).toBe(1);
    expect(await second('shared', API_MAX)).toBe(2);
    for (let i = 0; i < 3; i++) await first('shared', API_MAX);
    clock.ms += FLUSH_AFTER_MS;
    // Five of its own; the other's one is not known yet, but is read back with this write.
    expect(await first('shared', API_MAX)).toBe(5);
    await vi.waitFor(async () => expect(await sharedHits('shared')).toBe(6));
    expect(await first('shared', API_MAX)).toBe(7);
  });

  it('count a tight limit (sign-in) in the database on every hit, across processes', async () => {
    const clock = { ms: 3_000_000 };
    const first = processStore(clock);
    const second = processStore(clock);
    const tight = BATCHED_FROM_MAX - 1;
    expect(await first('tight', tight)).toBe(1);
    expect(await second('tight', tight)).toBe(2);
    expect(await first('tight', tight)).toBe(3);
    expect(await sharedHits('tight')).toBe(3);
  });
});
