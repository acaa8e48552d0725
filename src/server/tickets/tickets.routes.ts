import { z } from 'zod';
import {
  closeRequestSchema,
  createTicketRequestSchema,
  replyRequestSchema,
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
import { presentPerson } from './ticket.presenter.js';
import { findTicketDetail, findTicketFormOptions, findTickets } from './tickets.queries.js';
import {
  closeTicket,
  markTicketSeen,
  openTicket,
  replyToTicket,
  updateTicketByStaff,
} from './tickets.service.js';

const detail = { 200: ticketDetailSchema };

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
          'Open a ticket (customers, or staff for a contact: requesterId); upload its files first and pass their ids',
        body: createTicketRequestSchema,
        response: { 201: ticketDetailSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const number = await openTicket(
        deps.db,
        actor,
        request.body,
        requestContext(request),
        limits,
      );
      return reply.status(201).send(await findTicketDetail(deps.db, actor, number));
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
          'Reply («Απάντηση»), or add an internal note (staff); the status follows the rules',
        params: ticketNumberParamsSchema,
        body: replyRequestSchema,
        response: { 201: ticketDetailSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await replyToTicket(
        deps.db,
        actor,
        request.params.number,
        request.body,
        requestContext(request),
        limits,
      );
      return reply.status(201).send(await findTicketDetail(deps.db, actor, request.params.number));
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
      await updateTicketByStaff(
        deps.db,
        actor,
        request.params.number,
        { status: 'open' },
        requestContext(request),
      );
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
