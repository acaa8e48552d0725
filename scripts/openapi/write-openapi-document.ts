/**
 * Writes the API's OpenAPI document to a file (argument 1, default stdout) without a
 * server or a database: the routes are registered, never called, on an empty
 * in-memory PGlite. `npm run lint:api` lints what this writes.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
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
await app.ready();
const text = `${JSON.stringify(app.swagger(), null, 2)}\n`;
const target = process.argv[2];
if (target) writeFileSync(target, text);
else process.stdout.write(text);
await app.close();
await live.close();
await connection.close();
