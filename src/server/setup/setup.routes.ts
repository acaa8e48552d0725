import { setupRequestSchema, setupStatusSchema } from '../../shared/api/auth.js';
import { meSchema } from '../../shared/api/users.js';
import type { AppDeps } from '../app-deps.js';
import { resolveSession } from '../auth/auth.service.js';
import { setSessionCookie } from '../auth/session-cookie.js';
import { requestContext } from '../http/request-context.js';
import type { App } from '../http/types.js';
import { presentMe } from '../users/me.presenter.js';
import { completeSetup, needsSetup } from './setup.service.js';

export function registerSetupRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/setup',
    {
      schema: {
        tags: ['setup'],
        summary: 'Does this instance still need its first administrator?',
        response: { 200: setupStatusSchema },
      },
    },
    async () => ({ needsSetup: await needsSetup(deps.db) }),
  );

  app.post(
    '/api/setup',
    {
      schema: {
        tags: ['setup'],
        summary: 'Create the first administrator (needs the setup code from the server log)',
        body: setupRequestSchema,
        response: { 201: meSchema },
      },
      config: { rateLimit: { max: deps.rateLimits.loginPerMinute, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const token = await completeSetup(
        deps.db,
        request.body,
        deps.setupCode,
        requestContext(request),
        deps.config.sessionDays,
      );
      setSessionCookie(reply, token, deps.config);
      const signedIn = await resolveSession(deps.db, token, deps.auth);
      return reply.status(201).send(presentMe(signedIn!));
    },
  );
}
