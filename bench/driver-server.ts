import { createHash } from 'node:crypto';
import Fastify from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import pg from 'pg';
import { registerCompression } from '../src/server/http/compression.js';
import type { FromServer, ToServer } from './ipc.js';
import type { CapturedStatement } from './statement-capture.js';

/**
 * The ceiling of a request on this stack: Fastify and node-postgres alone, in a
 * process of their own, answering GET / by sending one probe request's captured
 * statements (one picked at random) on a pooled connection, as the server sent
 * them (named when it prepared them), and answering their rows as JSON,
 * compressed as the app's answers are. No
 * session, no authorization, no Drizzle, no schema, no presenter: what is left
 * between this and the app is the app's own work. PostgreSQL only (DATABASE_URL).
 */
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.BENCH_DRIVER_POOL ?? 10),
});
let scripts: CapturedStatement[][] = [];

/** A statement's name on every connection: the same text, the same name, prepared once each. */
const nameOf = (text: string) =>
  `driver_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
const names = new Map<string, string>();

async function runScript(script: CapturedStatement[]) {
  const client = await pool.connect();
  const results: unknown[][] = [];
  try {
    for (const { sql, params, prepared } of script) {
      let name: string | undefined;
      if (prepared) {
        name = names.get(sql) ?? nameOf(sql);
        names.set(sql, name);
      }
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

const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
// Compressed as the app compresses its answers, for the Accept-Encoding the bench sends.
await registerCompression(app);
app.get('/', async () => {
  const script = scripts[Math.floor(Math.random() * scripts.length)] ?? [];
  return { results: await runScript(script) };
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;

const send = (message: FromServer) => process.send?.(message);

process.on('message', (message: ToServer) => {
  if (message.type === 'driver-scripts') {
    scripts = message.scripts;
    send({ type: 'driver-scripts-set' });
  }
});
process.on('SIGTERM', async () => {
  await app.close();
  await pool.end();
  process.exit(0);
});
send({ type: 'listening', url: `http://127.0.0.1:${port}`, engine: 'postgres' });
