import {
  acceptInvitationRequestSchema,
  invitationInfoSchema,
  invitationTokenParamsSchema,
} from '../../shared/api/invitations.js';
import { meSchema } from '../../shared/api/users.js';
import type { AppDeps } from '../app-deps.js';
import { resolveSession } from '../auth/auth.service.js';
import { setSessionCookie } from '../auth/session-cookie.js';
import { requestContext } from '../http/request-context.js';
import type { App } from '../http/types.js';
import { presentMe } from '../users/me.presenter.js';
import { acceptInvitation, describeInvitation } from './invitations.service.js';

export function registerInvitationRoutes(app: App, deps: AppDeps): void {
  const rateLimit = { max: deps.rateLimits.loginPerMinute, timeWindow: 60_000 };

  app.get(
    '/api/invitations/:token',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Who an invitation link is for, or why it no longer works',
        params: invitationTokenParamsSchema,
        response: { 200: invitationInfoSchema },
      },
      config: { rateLimit },
    },
    async (request) => describeInvitation(deps.db, request.params.token),
  );

  app.post(
    '/api/invitations/:token/accept',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Set a password through an invitation link and sign in',
        params: invitationTokenParamsSchema,
        body: acceptInvitationRequestSchema,
        response: { 200: meSchema },
      },
      config: { rateLimit },
    },
    async (request, reply) => {
      const token = await acceptInvitation(
        deps.db,
        request.params.token,
        request.body.password,
        requestContext(request),
        deps.config.sessionDays,
      );
      setSessionCookie(reply, token, deps.config);
      return presentMe((await resolveSession(deps.db, token, deps.auth))!);
    },
  );
}
