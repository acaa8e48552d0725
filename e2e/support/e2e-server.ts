import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultWebRoot } from '../../src/server/server.js';
import { createTestApp, type TestApp } from '../../test/support/test-app.js';

export interface E2eServer extends TestApp {
  url: string;
}

/** The real server with the built web app, on a fresh database, listening on a free port. */
export async function startE2eServer(): Promise<E2eServer> {
  if (!existsSync(fileURLToPath(new URL('index.html', `file://${defaultWebRoot}/`)))) {
    throw new Error('The web app is not built: run `npm run build:web` (npm test does it first).');
  }
  const test = await createTestApp({ webRoot: defaultWebRoot });
  await test.app.listen({ port: 0, host: '127.0.0.1' });
  const address = test.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { ...test, url: `http://127.0.0.1:${port}` };
}
