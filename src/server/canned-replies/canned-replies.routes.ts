import { z } from 'zod';
import {
  cannedReplyFillParamsSchema,
  cannedReplyIdParamsSchema,
  cannedReplyInputSchema,
  cannedReplyListQuerySchema,
  cannedReplyListSchema,
  cannedReplySchema,
  filledCannedReplySchema,
} from '../../shared/api/canned-replies.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor, requireSignedIn } from '../auth/auth.plugin.js';
import { requestContext } from '../http/request-context.js';
import type { App } from '../http/types.js';
import {
  changeCannedReply,
  createCannedReply,
  fillCannedReplyForTicket,
  listCannedReplies,
  removeCannedReply,
} from './canned-replies.service.js';

/** «Έτοιμες απαντήσεις»: staff's shared and personal answers, and one filled for a ticket. */
export function registerCannedReplyRoutes(app: App, deps: AppDeps): void {
  const tags = ['canned-replies'];
  const params = cannedReplyIdParamsSchema;

  app.get(
    '/api/canned-replies',
    {
      schema: {
        tags,
        summary: 'The shared canned replies and one’s own (staff)',
        querystring: cannedReplyListQuerySchema,
        response: { 200: cannedReplyListSchema },
      },
    },
    async (request) => ({
      items: await listCannedReplies(deps.db, requireActor(request), request.query.q),
    }),
  );

  app.post(
    '/api/canned-replies',
    {
      schema: {
        tags,
        summary: 'A new canned reply: one’s own, or shared (admins)',
        body: cannedReplyInputSchema,
        response: { 201: cannedReplySchema },
      },
    },
    async (request, reply) => {
      const created = await createCannedReply(
        deps.db,
        requireActor(request),
        request.body,
        requestContext(request),
      );
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/canned-replies/:id',
    {
      schema: {
        tags,
        summary: 'Change a canned reply (one’s own; shared ones: admins)',
        params,
        body: cannedReplyInputSchema.omit({ isShared: true }),
        response: { 200: cannedReplySchema },
      },
    },
    async (request) =>
      changeCannedReply(
        deps.db,
        requireActor(request),
        request.params.id,
        request.body,
        requestContext(request),
      ),
  );

  app.delete(
    '/api/canned-replies/:id',
    {
      schema: {
        tags,
        summary: 'Delete a canned reply (one’s own; shared ones: admins)',
        params,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeCannedReply(
        deps.db,
        requireActor(request),
        request.params.id,
        requestContext(request),
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/tickets/:number/canned-replies/:id',
    {
      schema: {
        tags,
        summary: 'A canned reply with its variables filled for this ticket and the signed-in agent',
        params: cannedReplyFillParamsSchema,
        response: { 200: filledCannedReplySchema },
      },
    },
    async (request) =>
      fillCannedReplyForTicket(
        deps.db,
        requireSignedIn(request),
        request.params.number,
        request.params.id,
      ),
  );
}
