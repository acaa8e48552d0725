import { z } from 'zod';
import { loginRequestSchema } from '../../shared/api/auth.js';
import { secondFactorRequiredSchema } from '../../shared/api/two-factor.js';
import { meSchema } from '../../shared/api/users.js';
import type { AppDeps } from '../app-deps.js';
import { AppError } from '../http/errors.js';
import { requestContext } from '../http/request-context.js';
import type { App } from '../http/types.js';
import { presentMe } from '../users/me.presenter.js';
import { requireSignedIn } from './auth.plugin.js';
import { logIn, logOut, resolveSession } from './auth.service.js';
import { readKnownDevice, rememberDevice } from './known-device.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

export function registerAuthRoutes(app: App, deps: AppDeps): void {
  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Log in with email and password',
        body: loginRequestSchema,
        response: { 200: meSchema, 202: secondFactorRequiredSchema },
      },
      config: {
        rateLimit: {
          max: deps.rateLimits.loginPerMinute,
          timeWindow: 60_000,
          errorResponseBuilder: (_request, context) =>
            new AppError(
              429,
              'too_many_login_attempts',
              'Too many login attempts from this address',
              undefined,
              Math.ceil(context.ttl / 1000),
            ),
        },
      },
    },
    async (request, reply) => {
      const device = readKnownDevice(request);
      const { token, user, secondFactor } = await logIn(
        deps.db,
        request.body,
        requestContext(request),
        deps.auth,
        device,
      );
      if (secondFactor) {
        // The cookie now holds a half-done login, good only for POST /api/auth/second-factor;
        // the browser becomes a known device of the account only once that step passes.
        setSessionCookie(reply, token, deps.config);
        return reply.status(202).send({ secondFactorRequired: true, methods: secondFactor });
      }
      const signedIn = await resolveSession(deps.db, token, deps.auth);
      setSessionCookie(reply, token, deps.config);
      rememberDevice(reply, device, user.id, deps.config);
      return presentMe(signedIn!);
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'End the current session', response: { 204: z.null() } } },
    async (request, reply) => {
      await logOut(deps.db, requireSignedIn(request), requestContext(request));
      clearSessionCookie(reply, deps.config);
      return reply.status(204).send(null);
    },
  );
}
