import { z } from 'zod';
import {
  addParticipantRequestSchema,
  colleagueCandidateListSchema,
  participantListSchema,
  participantParamsSchema,
} from '../../shared/api/ticket-participants.js';
import { ticketNumberParamsSchema } from '../../shared/api/tickets.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor } from '../auth/auth.plugin.js';
import { requestContext } from '../http/request-context.js';
import type { App } from '../http/types.js';
import {
  addParticipant,
  findColleagueCandidates,
  findParticipants,
  removeParticipant,
} from './participants.service.js';

/** «Συμμετέχοντες»: colleagues of the ticket's company who see it and get its emails. */
export function registerTicketParticipantRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/tickets/:number/participants',
    {
      schema: {
        tags: ['tickets'],
        summary:
          "A ticket's colleagues (besides its requester), and whether the reader may change them",
        params: ticketNumberParamsSchema,
        response: { 200: participantListSchema },
      },
    },
    async (request) => findParticipants(deps.db, requireActor(request), request.params.number),
  );

  app.get(
    '/api/tickets/:number/colleague-candidates',
    {
      schema: {
        tags: ['tickets'],
        summary: "Active people of the ticket's company who could be added to it",
        params: ticketNumberParamsSchema,
        response: { 200: colleagueCandidateListSchema },
      },
    },
    async (request) =>
      findColleagueCandidates(deps.db, requireActor(request), request.params.number),
  );

  app.post(
    '/api/tickets/:number/participants',
    {
      schema: {
        tags: ['tickets'],
        summary:
          "Add a colleague of the ticket's company (staff, the requester, a company_admin); adding one already there changes nothing. Anyone else is a 422 colleague_not_available",
        params: ticketNumberParamsSchema,
        body: addParticipantRequestSchema,
        response: { 200: participantListSchema },
      },
    },
    async (request) =>
      addParticipant(
        deps.db,
        requireActor(request),
        request.params.number,
        request.body.userId,
        requestContext(request),
      ),
  );

  app.delete(
    '/api/tickets/:number/participants/:userId',
    {
      schema: {
        tags: ['tickets'],
        summary: 'Remove a colleague from a ticket: they no longer see it nor get its emails',
        params: participantParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { number, userId } = request.params;
      await removeParticipant(
        deps.db,
        requireActor(request),
        number,
        userId,
        requestContext(request),
      );
      return reply.status(204).send(null);
    },
  );
}
