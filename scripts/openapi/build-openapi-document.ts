/**
 * Builds the API's OpenAPI document without a server or a database: the routes are
 * registered, never called, on an empty in-memory PGlite. Shared by
 * write-openapi-document.ts (lint:api) and write-api-types.ts (api:types).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config/config.js';
import { openPglite } from '../../src/server/db/client.js';
import { mailSettingsOf } from '../../src/server/email/mail-transport.js';
import { startLiveHub } from '../../src/server/live/live-hub.js';
import {
  productionAuthSettings,
  productionRateLimits,
} from '../../src/server/security-settings.js';
import { memorySetupCode } from '../../src/server/setup/setup-code.js';
import { localFileStorage } from '../../src/server/storage/local-file-storage.js';

/** The document the running server would serve at /api/docs/json. */
export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aitima-openapi-'));
  const loaded = loadConfig({
    DATA_DIR: dataDir,
    SESSION_SECRET: 'openapi-document-only-not-a-server',
  });
  // Nothing is encrypted while writing the document.
  const config = { ...loaded, inbound: { ...loaded.inbound, secretKey: Buffer.alloc(32) } };
  const connection = await openPglite({});
  const live = await startLiveHub(connection);
  const app = await buildApp({
    db: connection.db,
    engine: connection.engine,
    config,
    auth: productionAuthSettings(config),
    rateLimits: productionRateLimits(config),
    setupCode: memorySetupCode('not-used'),
    storage: localFileStorage(path.join(dataDir, 'uploads')),
    mail: mailSettingsOf(config),
    live,
  });
  try {
    await app.ready();
    // A deep copy: the generator must not see objects Fastify may still hold.
    return JSON.parse(JSON.stringify(app.swagger())) as Record<string, unknown>;
  } finally {
    await app.close();
    await live.close();
    await connection.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
