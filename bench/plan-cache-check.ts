import pg from 'pg';
import type { CapturedStatement } from './statement-capture.js';

/**
 * PostgreSQL plans a prepared statement for its values five times, then compares
 * those plans' average cost with its generic plan's: a dozen runs settle it.
 */
const RUNS = 12;

/** A prepared statement PostgreSQL plans anew on every run, and how it planned the RUNS. */
export interface ReplannedStatement {
  sql: string;
  customPlans: number;
  genericPlans: number;
}

/**
 * The prepared statements of a scenario that PostgreSQL keeps planning anew. A
 * statement whose generic plan it prices above the plans made for the values at
 * hand never switches to it, and pays its planning on every request although
 * prepared: the central screen's recent tasks did, 2.4 ms a view. Each statement
 * runs RUNS times in one session with a probe's values, in a transaction rolled
 * back (some prepared statements write); pg_prepared_statements counts its plans.
 */
export async function replannedStatements(
  databaseUrl: string,
  scripts: CapturedStatement[][],
): Promise<ReplannedStatement[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const checked = new Set<string>();
  const replanned: ReplannedStatement[] = [];
  try {
    for (const statement of scripts.flat()) {
      if (!statement.prepared || checked.has(statement.sql)) continue;
      checked.add(statement.sql);
      const name = `plan_check_${checked.size}`;
      await client.query('begin');
      try {
        for (let run = 0; run < RUNS; run++) {
          await client.query({ name, text: statement.sql, values: statement.params });
        }
      } catch {
        // A write that cannot run twice (a unique key): its plans are not what this looks at.
        continue;
      } finally {
        await client.query('rollback');
      }
      const { rows } = await client.query<{ generic_plans: string; custom_plans: string }>(
        'select generic_plans, custom_plans from pg_prepared_statements where name = $1',
        [name],
      );
      const plans = rows[0];
      if (plans && Number(plans.generic_plans) === 0) {
        replanned.push({
          sql: statement.sql,
          customPlans: Number(plans.custom_plans),
          genericPlans: 0,
        });
      }
    }
  } finally {
    await client.end();
  }
  return replanned;
}
