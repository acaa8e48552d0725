import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  closeRequestSchema,
  createTicketRequestSchema,
  idempotencyHeadersSchema,
  replyRequestSchema,
  replyResultSchema,
  staffMemberListSchema,
  ticketDetailSchema,
  ticketFormOptionsQuerySchema,
  ticketFormOptionsSchema,
  ticketListQuerySchema,
  ticketListSchema,
  ticketNumberParamsSchema,
  updateTicketRequestSchema,
} from '../../shared/api/tickets.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor, requireSignedIn } from '../auth/auth.plugin.js';
import { requestContext } from '../http/request-context.js';
import type { App } from '../http/types.js';
import { authorize } from '../policies/authorize.js';
import { listActiveStaff } from '../users/users.repository.js';
import type { IdempotentAnswer } from './idempotent-write.js';
import { presentPerson } from './ticket.presenter.js';
import { findTicketDetail, findTicketFormOptions, findTickets } from './tickets.queries.js';
import {
  closeTicket,
  markTicketSeen,
  openTicket,
  reopenTicket,
  replyToTicket,
  updateTicketByStaff,
} from './tickets.service.js';

const detail = { 200: ticketDetailSchema };

/** Sends a write's answer; a replayed one says so, for whoever reads the logs or the network tab. */
function sendAnswer<T>(reply: FastifyReply, answer: IdempotentAnswer<T>) {
  if (answer.isReplay) reply.header('idempotent-replayed', 'true');
  return reply.status(answer.statusCode).send(answer.body);
}

export function registerTicketRoutes(app: App, deps: AppDeps): void {
  const limits = { maxFilesPerMessage: deps.config.uploads.maxFiles };

  app.get(
    '/api/tickets',
    {
      schema: {
        tags: ['tickets'],
        summary:
          'Tickets the user may see, filtered, searched (accent-insensitive), sorted and paged',
        querystring: ticketListQuerySchema,
        response: { 200: ticketListSchema },
      },
    },
    async (request) => findTickets(deps.db, requireSignedIn(request), request.query),
  );

  app.get(
    '/api/tickets/form-options',
    {
      schema: {
        tags: ['tickets'],
        summary:
          "What the new-request form offers: the company's active packages, upload limits (staff name the company)",
        querystring: ticketFormOptionsQuerySchema,
        response: { 200: ticketFormOptionsSchema },
      },
    },
    async (request) =>
      findTicketFormOptions(
        deps.db,
        requireActor(request),
        {
          maxFileBytes: deps.config.uploads.maxFileBytes,
          maxFiles: deps.config.uploads.maxFiles,
        },
        request.query.companyId,
      ),
  );

  app.post(
    '/api/tickets',
    {
      schema: {
        tags: ['tickets'],
        summary:
          'Open a ticket (customers, or staff for a contact: requesterId); upload its files first and pass their ids. With an Idempotency-Key, a retry answers the first answer and opens nothing',
        headers: idempotencyHeadersSchema,
        body: createTicketRequestSchema,
        response: { 201: ticketDetailSchema },
      },
    },
    async (request, reply) => {
      const answer = await openTicket(
        deps.db,
        requireActor(request),
        request.body,
        requestContext(request),
        limits,
        request.headers['idempotency-key'],
      );
      return sendAnswer(reply, answer);
    },
  );

  app.get(
    '/api/tickets/:number',
    {
      schema: {
        tags: ['tickets'],
        summary: 'One ticket with its thread',
        params: ticketNumberParamsSchema,
        response: detail,
      },
    },
    async (request) => findTicketDetail(deps.db, requireActor(request), request.params.number),
  );

  app.post(
    '/api/tickets/:number/messages',
    {
      schema: {
        tags: ['tickets'],
        summary:
          "Reply («Απάντηση»), or add an internal note (staff); the status follows the rules. Answers with the message, the events it caused and the ticket's new state. With an Idempotency-Key, a retry answers the first answer and posts nothing",
        headers: idempotencyHeadersSchema,
        params: ticketNumberParamsSchema,
        body: replyRequestSchema,
        response: { 201: replyResultSchema },
      },
    },
    async (request, reply) => {
      const answer = await replyToTicket(
        deps.db,
        requireSignedIn(request).user,
        request.params.number,
        request.body,
        requestContext(request),
        limits,
        request.headers['idempotency-key'],
      );
      return sendAnswer(reply, answer);
    },
  );

  app.post(
    '/api/tickets/:number/close',
    {
      schema: {
        tags: ['tickets'],
        summary: 'Close a ticket (staff), optionally with a last public message',
        params: ticketNumberParamsSchema,
        body: closeRequestSchema,
        response: detail,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await closeTicket(
        deps.db,
        actor,
        request.params.number,
        request.body.body,
        requestContext(request),
      );
      return findTicketDetail(deps.db, actor, request.params.number);
    },
  );

  app.post(
    '/api/tickets/:number/read',
    {
      schema: {
        tags: ['tickets'],
        summary:
          'The user has seen the ticket as it is: its activity so far is no longer news to them',
        params: ticketNumberParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await markTicketSeen(deps.db, requireActor(request), request.params.number);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/tickets/:number/reopen',
    {
      schema: {
        tags: ['tickets'],
        summary: 'Reopen a closed ticket (staff)',
        params: ticketNumberParamsSchema,
        response: detail,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await reopenTicket(deps.db, actor, request.params.number, requestContext(request));
      return findTicketDetail(deps.db, actor, request.params.number);
    },
  );

  app.patch(
    '/api/tickets/:number',
    {
      schema: {
        tags: ['tickets'],
        summary: 'Change status, priority or assignee (staff)',
        params: ticketNumberParamsSchema,
        body: updateTicketRequestSchema,
        response: detail,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateTicketByStaff(
        deps.db,
        actor,
        request.params.number,
        request.body,
        requestContext(request),
      );
      return findTicketDetail(deps.db, actor, request.params.number);
    },
  );

  app.get(
    '/api/staff-members',
    {
      schema: {
        tags: ['tickets'],
        summary: 'Active staff, to assign tickets to (staff)',
        response: { 200: staffMemberListSchema },
      },
    },
    async (request) => {
      authorize(requireActor(request), 'staff-console.use', null);
      return { items: (await listActiveStaff(deps.db)).map(presentPerson) };
    },
  );
}
