import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../src/server/config/config.js';
import { defaultWebRoot } from '../../src/server/server.js';
import { createTestApp, type TestApp } from '../../test/support/test-app.js';

export interface E2eServer extends TestApp {
  url: string;
}

/**
 * The real server with the built web app, on a fresh database, listening on a free port.
 * `hostName` 'localhost' serves the site as http://localhost:<port> (PUBLIC_URL too): WebAuthn
 * needs a domain name, not an address.
 */
export async function startE2eServer(
  options: { hostName?: '127.0.0.1' | 'localhost'; config?: Partial<Config> } = {},
): Promise<E2eServer> {
  // E2E_WEB_ROOT lets a run use its own build while another build rewrites dist/web.
  const webRoot = process.env.E2E_WEB_ROOT ?? defaultWebRoot;
  if (!existsSync(path.join(webRoot, 'index.html'))) {
    throw new Error(
      `The web app is not built in ${webRoot}: run \`npm run build:web\` (npm test does it first).`,
    );
  }
  const test = await createTestApp({
    webRoot,
    ...(options.config ? { config: options.config } : {}),
  });
  await test.app.listen({ port: 0, host: '127.0.0.1' });
  const address = test.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://${options.hostName ?? '127.0.0.1'}:${port}`;
  // The port is known only now; the server reads PUBLIC_URL per request where it matters.
  if (options.hostName === 'localhost') test.deps.config.publicUrl = url;
  return { ...test, url };
}
