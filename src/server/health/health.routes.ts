import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import { sendProblem } from '../http/error-handler.js';
import type { App } from '../http/types.js';

const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  uptimeSeconds: z.number(),
});

/** GET /api/health: 200 when the database answers, 503 when it does not. */
export function registerHealthRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Is the server and its database up?',
        response: { 200: healthSchema },
      },
      config: { rateLimit: false },
    },
    async (request, reply) => {
      try {
        await deps.db.execute(sql`select 1`);
      } catch (error) {
        request.log.error({ err: error }, 'health check: database unreachable');
        return sendProblem(reply, 503, 'unavailable', 'The database does not answer');
      }
      return {
        status: 'ok' as const,
        database: deps.engine,
        uptimeSeconds: Math.round(process.uptime()),
      };
    },
  );
}
