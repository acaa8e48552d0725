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

const liveSchema = z.object({ status: z.literal('ok'), uptimeSeconds: z.number() });

// A database that takes longer than this to say `select 1` counts as away: a readiness
// probe must answer before the orchestrator's own timeout (commonly 1–5 s).
const DATABASE_PROBE_MS = 2000;

const DETAILS = {
  starting: 'The server is starting (migrations, workers)',
  stopping: 'The server is shutting down',
  database: 'The database does not answer',
} as const;

/** Why the process should get no traffic now, or undefined when it may. */
async function notReadyBecause(deps: AppDeps): Promise<keyof typeof DETAILS | undefined> {
  const phase = deps.readiness?.phase ?? 'ready';
  if (phase !== 'ready') return phase;
  let timer: NodeJS.Timeout | undefined;
  const tooSlow = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('no answer in time')), DATABASE_PROBE_MS);
  });
  try {
    await Promise.race([deps.db.execute(sql`select 1`), tooSlow]);
    return undefined;
  } catch {
    return 'database';
  } finally {
    clearTimeout(timer);
  }
}

/**
 * GET /api/health/live: the process is up and its event loop answers (no database: a
 * restart would not bring the database back). GET /api/health/ready, and /api/health as
 * its alias: 503 while starting or shutting down, or while the database does not answer.
 */
export function registerHealthRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/health/live',
    {
      schema: {
        tags: ['health'],
        summary: 'Is the process up? (liveness; never asks the database)',
        response: { 200: liveSchema },
      },
      config: { rateLimit: false },
    },
    async () => ({ status: 'ok' as const, uptimeSeconds: Math.round(process.uptime()) }),
  );

  const ready = async (request: { log: App['log'] }, reply: Parameters<typeof sendProblem>[0]) => {
    const reason = await notReadyBecause(deps);
    if (reason) {
      if (reason === 'database') request.log.error('readiness: the database does not answer');
      return sendProblem(reply, 503, 'unavailable', DETAILS[reason]);
    }
    return {
      status: 'ok' as const,
      database: deps.engine,
      uptimeSeconds: Math.round(process.uptime()),
    };
  };
  for (const [url, summary] of [
    ['/api/health/ready', 'May the server take traffic? (readiness: started, database answering)'],
    ['/api/health', 'Is the server and its database up? (the same as /api/health/ready)'],
  ] as const) {
    app.get(
      url,
      {
        schema: { tags: ['health'], summary, response: { 200: healthSchema } },
        config: { rateLimit: false },
      },
      (request, reply) => ready(request, reply),
    );
  }
}
