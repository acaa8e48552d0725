import { z } from 'zod';
import {
  savedViewChangeSchema,
  savedViewIdParamsSchema,
  savedViewInputSchema,
  savedViewListSchema,
  savedViewSchema,
} from '../../shared/api/saved-views.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor } from '../auth/auth.plugin.js';
import type { App } from '../http/types.js';
import {
  changeSavedView,
  createSavedView,
  listSavedViews,
  removeSavedView,
} from './saved-views.service.js';

/**
 * A staff member's saved views of the queue, under /api/me: one's own settings, for
 * people in a browser (tokens never reach /api/me).
 */
export function registerSavedViewRoutes(app: App, deps: AppDeps): void {
  const tags = ['saved-views'];
  const params = savedViewIdParamsSchema;

  app.get(
    '/api/me/saved-views',
    {
      schema: {
        tags,
        summary: 'One’s saved views of the queue (staff)',
        response: { 200: savedViewListSchema },
      },
    },
    async (request) => ({ items: await listSavedViews(deps.db, requireActor(request)) }),
  );

  app.post(
    '/api/me/saved-views',
    {
      schema: {
        tags,
        summary: 'Save the queue’s filters under a name (staff)',
        body: savedViewInputSchema,
        response: { 201: savedViewSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createSavedView(deps.db, requireActor(request), request.body)),
  );

  app.patch(
    '/api/me/saved-views/:id',
    {
      schema: {
        tags,
        summary: 'Rename a saved view, or save new filters in it',
        params,
        body: savedViewChangeSchema,
        response: { 200: savedViewSchema },
      },
    },
    async (request) =>
      changeSavedView(deps.db, requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/api/me/saved-views/:id',
    {
      schema: { tags, summary: 'Delete a saved view', params, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await removeSavedView(deps.db, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
