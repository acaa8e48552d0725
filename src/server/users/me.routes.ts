import { z } from 'zod';
import {
  endedSessionsSchema,
  sessionIdParamsSchema,
  sessionListSchema,
} from '../../shared/api/sessions.js';
import {
  changePasswordRequestSchema,
  meSchema,
  sessionStateSchema,
  updateMeRequestSchema,
} from '../../shared/api/users.js';
import type { AppDeps } from '../app-deps.js';
import { requireSignedIn } from '../auth/auth.plugin.js';
import { requireRecentAuthentication } from '../auth/recent-authentication.js';
import { endOtherSessions, endOwnSession, listOwnSessions } from '../auth/sessions.service.js';
import { requestContext } from '../http/request-context.js';
import type { App } from '../http/types.js';
import { presentMe } from './me.presenter.js';
import { changePassword, updateProfile } from './profile.service.js';

export function registerMeRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/me',
    { schema: { tags: ['me'], summary: 'The signed-in user', response: { 200: meSchema } } },
    async (request) => presentMe(requireSignedIn(request)),
  );

  app.get(
    '/api/session',
    {
      schema: {
        tags: ['me'],
        summary: 'Who is signed in: the user, or null for a visitor (never a 401)',
        response: { 200: sessionStateSchema },
      },
    },
    async (request) => ({ me: request.signedIn ? presentMe(request.signedIn) : null }),
  );

  app.patch(
    '/api/me',
    {
      schema: {
        tags: ['me'],
        summary: 'Change one’s own name, phone or language',
        body: updateMeRequestSchema,
        response: { 200: meSchema },
      },
    },
    async (request) => {
      const signedIn = requireSignedIn(request);
      const user = await updateProfile(deps.db, signedIn, request.body, requestContext(request));
      return presentMe({ ...signedIn, user });
    },
  );

  app.post(
    '/api/me/password',
    {
      schema: {
        tags: ['me'],
        summary:
          'Change one’s own password (asks the current one and a recent login); every other session ends',
        body: changePasswordRequestSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await changePassword(
        deps.db,
        requireRecentAuthentication(request),
        request.body,
        requestContext(request),
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me/sessions',
    {
      schema: {
        tags: ['me'],
        summary:
          'Where one is signed in: browser, system, address, last use; the current one marked',
        response: { 200: sessionListSchema },
      },
    },
    async (request) => listOwnSessions(deps.db, requireSignedIn(request)),
  );

  app.delete(
    '/api/me/sessions/:id',
    {
      schema: {
        tags: ['me'],
        summary: 'Sign out of one of one’s own devices (this one included)',
        params: sessionIdParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await endOwnSession(
        deps.db,
        requireSignedIn(request),
        request.params.id,
        requestContext(request),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/me/sessions/end-others',
    {
      schema: {
        tags: ['me'],
        summary: 'Sign out everywhere but here',
        response: { 200: endedSessionsSchema },
      },
    },
    async (request) => ({
      ended: await endOtherSessions(deps.db, requireSignedIn(request), requestContext(request)),
    }),
  );
}
