import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresTestDatabase } from '../test/support/test-database.js';
import { type ServerProcess, startServerProcess } from './processes.js';
import type { CapturedStatement } from './statement-capture.js';

let close: () => Promise<void>;
let driver: ServerProcess;
beforeAll(async () => {
  const database = await createPostgresTestDatabase(process.env.DATABASE_URL ?? '');
  close = database.connection.close;
  driver = await startServerProcess('./driver-server.ts', { DATABASE_URL: database.url });
});
afterAll(async () => {
  await driver?.stop();
  await close?.();
});

async function useScripts(scripts: CapturedStatement[][]) {
  await driver.ask({ type: 'driver-scripts', scripts }, 'driver-scripts-set');
}

async function getResults() {
  const response = await fetch(`${driver.url}/`);
  return { status: response.status, body: (await response.json()) as { results?: unknown[][] } };
}

const counterOf = (key: string): CapturedStatement => ({
  sql: 'select hits from rate_limit_counters where key = $1',
  params: [key],
  prepared: true,
});

describe('the driver route (the statements behind Fastify and node-postgres alone)', () => {
  it("answers each statement's rows, named or not, and runs a write's transaction on one connection", async () => {
    const key = 'driver-route';
    await useScripts([
      [
        { sql: 'begin', params: [] },
        {
          sql: "insert into rate_limit_counters (key, hits, window_ends_at) values ($1, 1, now() + interval '1 minute') on conflict (key) do update set hits = rate_limit_counters.hits + 1",
          params: [key],
          prepared: true,
        },
        { sql: 'commit', params: [] },
        counterOf(key),
      ],
    ]);
    const first = await getResults();
    const second = await getResults();

    expect(first.status).toBe(200);
    expect(first.body.results?.[3]).toEqual([{ hits: 1 }]);
    expect(second.body.results?.[3]).toEqual([{ hits: 2 }]);
  });

  it('fails a request whose statement fails, and leaves no transaction open for the next', async () => {
    const key = 'driver-route-failing';
    await useScripts([
      [
        { sql: 'begin', params: [] },
        {
          sql: "insert into rate_limit_counters (key, hits, window_ends_at) values ($1, 1, now() + interval '1 minute')",
          params: [key],
        },
        // The same key again: a unique violation, inside the open transaction.
        {
          sql: "insert into rate_limit_counters (key, hits, window_ends_at) values ($1, 1, now() + interval '1 minute')",
          params: [key],
        },
        { sql: 'commit', params: [] },
      ],
    ]);
    const failed = await getResults();
    await useScripts([[counterOf(key)]]);
    // Every pooled connection is asked: none may still be inside the failed transaction.
    const after = await Promise.all(Array.from({ length: 12 }, () => getResults()));

    expect(failed.status).toBe(500);
    for (const answer of after) {
      expect(answer.status).toBe(200);
      expect(answer.body.results?.[0]).toEqual([]);
    }
  });
});
