import Fastify from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { registerCompression } from '../src/server/http/compression.js';
import type { FromServer } from './ipc.js';

/**
 * A Fastify of the bench's ceilings (bare-server.ts, driver-server.ts): nothing of
 * the app but its compression, so their answers are compressed as the app's are
 * for the Accept-Encoding the bench sends.
 */
export async function ceilingApp() {
  const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
  await registerCompression(app);
  return app;
}

export const sendToBench = (message: FromServer) => process.send?.(message);

/**
 * Listens on a port of its own, tells the bench where, and on the bench's SIGTERM
 * closes the app, then whatever else the server holds.
 */
export async function serveToBench(
  app: Awaited<ReturnType<typeof ceilingApp>>,
  engine: 'postgres' | 'none',
  closeAlso: () => Promise<void> = async () => {},
) {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.on('SIGTERM', async () => {
    await app.close();
    await closeAlso();
    process.exit(0);
  });
  sendToBench({ type: 'listening', url: `http://127.0.0.1:${port}`, engine });
}
