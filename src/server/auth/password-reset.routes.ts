import { z } from 'zod';
import {
  passwordResetCheckSchema,
  passwordResetConfirmSchema,
  passwordResetInfoSchema,
  passwordResetRequestSchema,
} from '../../shared/api/password-reset.js';
import { secondFactorRequiredSchema } from '../../shared/api/two-factor.js';
import { meSchema } from '../../shared/api/users.js';
import type { AppDeps } from '../app-deps.js';
import { AppError } from '../http/errors.js';
import { requestContext } from '../http/request-context.js';
import type { App } from '../http/types.js';
import { presentMe } from '../users/me.presenter.js';
import { resolveSession } from './auth.service.js';
import { OffRequestWork } from './off-request-work.js';
import {
  describePasswordReset,
  requestPasswordReset,
  resetPassword,
} from './password-reset.service.js';
import { setSessionCookie } from './session-cookie.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Reset requests being handled after their answer (tests wait for it, and so does close). */
    passwordResetWork: OffRequestWork;
  }
}

export function registerPasswordResetRoutes(app: App, deps: AppDeps): void {
  const work = new OffRequestWork((error) =>
    app.log.error({ err: error }, 'could not handle a password reset request'),
  );
  app.decorate('passwordResetWork', work);
  app.addHook('onClose', () => work.idle());

  app.post(
    '/api/auth/password-reset',
    {
      schema: {
        tags: ['auth'],
        summary:
          '«Ξέχασα τον κωδικό μου»: emails a one-hour reset link; the same answer whether the address exists or not',
        body: passwordResetRequestSchema,
        response: { 202: z.null() },
      },
      config: {
        rateLimit: {
          max: deps.rateLimits.loginPerMinute,
          timeWindow: 60_000,
          errorResponseBuilder: (_request, context) =>
            new AppError(
              429,
              'too_many_reset_requests',
              'Too many password reset requests from this address',
              undefined,
              Math.ceil(context.ttl / 1000),
            ),
        },
      },
    },
    async (request, reply) => {
      // The same for every address: queue the request and answer. Looking the address
      // up, making a link and queueing its email happen after the answer, so neither
      // the answer nor its time can tell a known address from an unknown one.
      const { email } = request.body;
      const context = requestContext(request);
      work.run(() => requestPasswordReset(deps.db, email, context, deps.config.publicUrl));
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/api/auth/password-reset/check',
    {
      schema: {
        tags: ['auth'],
        summary: 'Whether a reset link can still be used, and for which address',
        body: passwordResetCheckSchema,
        response: { 200: passwordResetInfoSchema },
      },
    },
    async (request) => describePasswordReset(deps.db, request.body.token),
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      schema: {
        tags: ['auth'],
        summary:
          'Set a new password through a reset link: every other session ends, this one starts',
        body: passwordResetConfirmSchema,
        response: { 200: meSchema, 202: secondFactorRequiredSchema },
      },
    },
    async (request, reply) => {
      const { sessionToken, secondFactor } = await resetPassword(
        deps.db,
        request.body.token,
        request.body.password,
        requestContext(request),
        deps.auth.sessionDays,
      );
      setSessionCookie(reply, sessionToken, deps.config);
      if (secondFactor) {
        return reply.status(202).send({ secondFactorRequired: true, methods: secondFactor });
      }
      const signedIn = await resolveSession(deps.db, sessionToken, deps.auth);
      return presentMe(signedIn!);
    },
  );
}
