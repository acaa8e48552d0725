import pg from 'pg';
import { ceilingApp, sendToBench, serveToBench } from './ceiling-server.js';
import type { ToServer } from './ipc.js';
import { preparedNameOf } from './pgbench.js';
import type { CapturedStatement } from './statement-capture.js';

/**
 * The ceiling of a request on this stack: Fastify and node-postgres alone, in a
 * process of their own, answering GET / by sending one probe request's captured
 * statements (one picked at random) on a pooled connection, as the server sent
 * them (named when it prepared them), and answering their rows as JSON,
 * compressed as the app's answers are. No session, no authorization, no Drizzle,
 * no schema, no presenter: what is left between this and the app is the app's own
 * work. PostgreSQL only (DATABASE_URL).
 */
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.BENCH_DRIVER_POOL ?? 10),
});
let scripts: CapturedStatement[][] = [];

/** A statement's name on every connection (pgbench's, from its text), worked out once. */
const names = new Map<string, string>();
function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = preparedNameOf(text).name;
    names.set(text, name);
  }
  return name;
}

async function runScript(script: CapturedStatement[]) {
  const client = await pool.connect();
  const results: unknown[][] = [];
  try {
    for (const { sql, params, prepared } of script) {
      const name = prepared ? nameOf(sql) : undefined;
      const result = await client.query({ name, text: sql, values: params });
      results.push(result.rows);
    }
    client.release();
    return results;
  } catch (error) {
    // A write's transaction is not left open on a pooled connection.
    client.release(true);
    throw error;
  }
}

const app = await ceilingApp();
app.get('/', async () => {
  const script = scripts[Math.floor(Math.random() * scripts.length)] ?? [];
  return { results: await runScript(script) };
});

process.on('message', (message: ToServer) => {
  if (message.type === 'driver-scripts') {
    scripts = message.scripts;
    sendToBench({ type: 'driver-scripts-set' });
  }
});
await serveToBench(app, 'postgres', () => pool.end());
