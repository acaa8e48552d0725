import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/test-database.js';
import type { DatabaseConnection } from './client.js';

// Only on a PostgreSQL server (vitest.config.ts includes *.pg.test.ts when DATABASE_URL is
// set): PGlite has no connection to lose.
let connection: DatabaseConnection;
beforeAll(async () => {
  connection = await createTestDatabase();
});
afterAll(() => connection.close());

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const notify = (payload: string) =>
  connection.db.execute(`select pg_notify('test_channel', '${payload}')`);

describe('listening on PostgreSQL', () => {
  it('hears what is committed, and after losing its connection says so and hears again', async () => {
    const messages: string[] = [];
    let gaps = 0;
    const stop = await connection.listen('test_channel', {
      onMessage: (payload) => messages.push(payload),
      onGap: () => {
        gaps += 1;
      },
    });
    try {
      await notify('first');
      await until(() => messages.includes('first'), 'the first message');

      // What an administrator's restart or a network cut does to the listening connection.
      await connection.db.execute(
        `select pg_terminate_backend(pid) from pg_stat_activity
          where datname = current_database() and query ilike 'LISTEN%'`,
      );
      await until(() => gaps === 1, 'the gap to be reported');
      await notify('second');
      await until(() => messages.includes('second'), 'a message after the reconnection');
      expect(messages).toEqual(['first', 'second']);
    } finally {
      await stop();
    }
  });
});
