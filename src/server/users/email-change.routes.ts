import {
  emailChangeConfirmedSchema,
  emailChangeConfirmSchema,
  emailChangePendingSchema,
  emailChangeRequestSchema,
} from '../../shared/api/email-change.js';
import type { AppDeps } from '../app-deps.js';
import { requireRecentAuthentication } from '../auth/recent-authentication.js';
import { requestContext } from '../http/request-context.js';
import type { App } from '../http/types.js';
import { confirmEmailChange, requestEmailChange } from './email-change.service.js';

// In no token area (token-areas.ts): only a person in a browser changes their email.
export function registerEmailChangeRoutes(app: App, deps: AppDeps): void {
  app.post(
    '/api/me/email-change',
    {
      schema: {
        tags: ['me'],
        operationId: 'requestEmailChange',
        summary:
          'Ask to change one’s email (needs a recent sign-in): a link goes to the new address, a notice to the old',
        body: emailChangeRequestSchema,
        response: { 202: emailChangePendingSchema },
      },
    },
    async (request, reply) => {
      const pending = await requestEmailChange(
        deps.db,
        deps.config,
        requireRecentAuthentication(request),
        request.body.newEmail,
        requestContext(request),
      );
      return reply.status(202).send(pending);
    },
  );

  app.post(
    '/api/auth/email-change/confirm',
    {
      schema: {
        tags: ['auth'],
        operationId: 'confirmEmailChange',
        summary:
          'Follow an email change link: the new address becomes the account’s and every other session ends',
        body: emailChangeConfirmSchema,
        response: { 200: emailChangeConfirmedSchema },
      },
    },
    async (request) =>
      confirmEmailChange(
        deps.db,
        request.body.token,
        request.signedIn?.sessionId ?? null,
        requestContext(request),
      ),
  );
}
