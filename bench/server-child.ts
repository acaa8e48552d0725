import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config/config.js';
import { openDatabase } from '../src/server/db/client.js';
import { PgliteNamedStatements } from '../src/server/db/pglite-named-statements.js';
import { mailSettingsOf } from '../src/server/email/mail-transport.js';
import { startLiveHub } from '../src/server/live/live-hub.js';
import { startSessionKeyRing } from '../src/server/secrets/session-key-ring.js';
import { withSharedSecrets } from '../src/server/secrets/shared-secrets.js';
import { memorySetupCode } from '../src/server/setup/setup-code.js';
import { localFileStorage } from '../src/server/storage/local-file-storage.js';
import type { FromServer, ToServer } from './ipc.js';
import { latencyFigures } from './latency.js';
import { type CapturedStatement, captureStatements } from './statement-capture.js';

/**
 * The server under test, in a process of its own (forked by bench/run.ts with an
 * IPC channel): the app as production builds it, on BENCH_DATA_DIR's PGlite or
 * DATABASE_URL, without background workers (outbox, mailboxes, statements) that
 * would add load the bench does not measure. It listens on a port of its own and
 * answers the bench's questions: the statements of a probe request, a loop of
 * those statements on its embedded database (PGlite lives only in here), memory.
 */
const dataDir = process.env.BENCH_DATA_DIR ?? '';
const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
// The bench passes an empty DATABASE_URL for PGlite; the config reads only a set one.
if (!env.DATABASE_URL) delete env.DATABASE_URL;
const loadedConfig = {
  ...loadConfig(env),
  rateLimitPerMinute: 100_000_000,
};
const connection = await openDatabase(loadedConfig);
// The secrets a production server takes from the database (the cookie keys, the encryption key).
const config = await withSharedSecrets(loadedConfig, connection.db);
const sessionKeys = await startSessionKeyRing(connection.db, () => {});
const capture = captureStatements(connection.db);
const live = await startLiveHub(connection);
const app = await buildApp({
  db: connection.db,
  engine: connection.engine,
  config,
  auth: {
    sessionDays: 14,
    sessionMaxDays: 30,
    maxLoginFailures: 1000,
    maxAddressFailures: 100_000,
    loginFailureWindowSeconds: 60,
    loginFirstDelaySeconds: 1,
  },
  rateLimits: {
    apiPerMinute: 100_000_000,
    loginPerMinute: 100_000,
    apiTokenPerMinute: 100_000_000,
  },
  setupCode: memorySetupCode(''),
  sessionKeys,
  storage: localFileStorage(path.join(dataDir, 'uploads')),
  mail: mailSettingsOf(config),
  live,
});
await app.listen({ port: Number(process.env.BENCH_PORT ?? 0), host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;

const send = (message: FromServer) => process.send?.(message);

// Parsed once for the process: the names live as long as PGlite's backend.
const loopStatements = new PgliteNamedStatements(
  (connection.db as unknown as { $client: PGlite }).$client,
);
const loopNames = new Map<string, string>();

/**
 * Runs the scripts one after another (PGlite runs one query at a time) for some
 * seconds. A statement the server runs as a named statement (PostgreSQL lists it in
 * pg_prepared_statements) runs named here too, parsed once under a name of the
 * loop's own; the others are sent unnamed, as the server sends them.
 */
async function driverLoop(scripts: CapturedStatement[][], seconds: number) {
  const client = (connection.db as unknown as { $client: PGlite }).$client;
  const serverPrepared = new Set(
    (
      await client.query<{ statement: string }>('select statement from pg_prepared_statements')
    ).rows.map((row) => row.statement),
  );
  const runnerOf = (text: string) => {
    if (!serverPrepared.has(text)) return client;
    let name = loopNames.get(text);
    if (!name) {
      name = `bench_loop_${loopNames.size}`;
      loopNames.set(text, name);
    }
    return loopStatements.clientRunning(name, client);
  };
  const durations: number[] = [];
  const end = performance.now() + seconds * 1000;
  for (let run = 0; performance.now() < end; run++) {
    const script = scripts[run % scripts.length] ?? [];
    const start = performance.now();
    for (const statement of script)
      await runnerOf(statement.sql).query(statement.sql, statement.params);
    durations.push(performance.now() - start);
  }
  return latencyFigures(durations, seconds);
}

process.on('message', async (message: ToServer) => {
  if (message.type === 'capture-start') capture.start();
  if (message.type === 'capture-stop') send({ type: 'captured', statements: capture.stop() });
  if (message.type === 'memory') {
    send({ type: 'memory', rssMb: Math.round(process.memoryUsage().rss / 1024 / 1024) });
  }
  if (message.type === 'driver-loop') {
    send({ type: 'driver-loop', figures: await driverLoop(message.scripts, message.seconds) });
  }
});

// The bench ends this process with SIGTERM once done: close cleanly (PGlite flushes its files).
process.on('SIGTERM', async () => {
  await app.close();
  await live.close();
  await connection.close();
  process.exit(0);
});

send({ type: 'listening', url: `http://127.0.0.1:${port}`, engine: connection.engine });
