import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery } from '../test/support/database-template.js';
import { createPostgresTestDatabase } from '../test/support/test-database.js';
import { replannedStatements } from './plan-cache-check.js';
import type { CapturedStatement } from './statement-capture.js';

const databaseUrl = process.env.DATABASE_URL ?? '';
let url: string;
let close: () => Promise<void>;
beforeAll(async () => {
  const database = await createPostgresTestDatabase(databaseUrl);
  url = database.url;
  close = database.connection.close;
});
afterAll(async () => {
  await close();
});

const byKey: CapturedStatement = {
  sql: 'select hits from rate_limit_counters where key = $1',
  params: ['plan-check'],
  prepared: true,
};
const counted: CapturedStatement = {
  sql: "insert into rate_limit_counters (key, hits, window_ends_at) values ($1, 1, now() + interval '1 minute') on conflict (key) do update set hits = rate_limit_counters.hits + 1",
  params: ['plan-check-write'],
  prepared: true,
};
const unprepared: CapturedStatement = { sql: 'select 1', params: [], prepared: false };
const twice: CapturedStatement = {
  sql: 'insert into rate_limit_counters (key, hits, window_ends_at) values ($1, 1, now())',
  params: ['plan-check-twice'],
  prepared: true,
};

async function rowsOfCounters(): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(
      'select count(*) from rate_limit_counters',
    );
    return Number(rows[0]?.count);
  } finally {
    await client.end();
  }
}

describe('the bench finds prepared statements planned on every run', () => {
  it('passes statements PostgreSQL runs on their generic plan, and leaves no row written', async () => {
    expect(await replannedStatements(url, [[byKey, counted, unprepared], [twice]])).toEqual([]);
    expect(await rowsOfCounters()).toBe(0);
  });

  it('names the statements PostgreSQL keeps planning for their values', async () => {
    // Every plan custom, as PostgreSQL chooses for a statement whose generic plan it prices higher.
    const name = new URL(url).pathname.slice(1);
    await adminQuery(databaseUrl, `alter database ${name} set plan_cache_mode = force_custom_plan`);
    expect(
      await replannedStatements(url, [
        [byKey, unprepared],
        [byKey, counted],
      ]),
    ).toEqual([
      { sql: byKey.sql, customPlans: 12, genericPlans: 0 },
      { sql: counted.sql, customPlans: 12, genericPlans: 0 },
    ]);
  });
});
