import { idParamsSchema } from '../../shared/api/companies.js';
import {
  estimateDecisionSchema,
  estimateIdParamsSchema,
  estimateLinkInfoSchema,
  estimateLinkParamsSchema,
  estimateRequestSchema,
  estimateSchema,
  ticketCapRequestSchema,
  ticketCapSchema,
  ticketEstimatesSchema,
} from '../../shared/api/estimates.js';
import { ticketNumberParamsSchema } from '../../shared/api/tickets.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor } from '../auth/auth.plugin.js';
import { requestContext } from '../http/request-context.js';
import type { App } from '../http/types.js';
import { decideEstimateByLink, describeEstimateLink } from './estimate-links.service.js';
import {
  createEstimate,
  decideEstimate,
  listTicketEstimates,
  presentEstimate,
  withdrawEstimate,
} from './estimates.service.js';
import { getTicketCap, setTicketCap } from './ticket-cap.service.js';

export function registerEstimateRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/tickets/:number/estimates',
    {
      schema: {
        tags: ['estimates'],
        operationId: 'listTicketEstimates',
        summary: "A ticket's estimates, with its billable limit and the minutes used",
        params: ticketNumberParamsSchema,
        response: { 200: ticketEstimatesSchema },
      },
    },
    async (request) => listTicketEstimates(deps.db, requireActor(request), request.params.number),
  );

  app.post(
    '/api/tickets/:number/estimates',
    {
      schema: {
        tags: ['estimates'],
        operationId: 'createTicketEstimate',
        summary:
          '«Εκτίμηση» (staff): hours and what is included, for the customer to approve; 409 estimate_below_work when it would allow less than the work already done',
        params: ticketNumberParamsSchema,
        body: estimateRequestSchema,
        response: { 201: estimateSchema },
      },
    },
    async (request, reply) => {
      const { estimate } = await createEstimate(
        deps.db,
        requireActor(request),
        request.params.number,
        request.body,
        requestContext(request),
      );
      return reply.status(201).send(presentEstimate(estimate));
    },
  );

  app.post(
    '/api/estimates/:id/decision',
    {
      schema: {
        tags: ['estimates'],
        operationId: 'decideEstimate',
        summary:
          'The customer approves or declines a pending estimate; 409 estimate_not_pending when it was already decided or withdrawn',
        params: estimateIdParamsSchema,
        body: estimateDecisionSchema,
        response: { 200: estimateSchema },
      },
    },
    async (request) =>
      presentEstimate(
        await decideEstimate(
          deps.db,
          requireActor(request),
          request.params.id,
          request.body.decision,
          requestContext(request),
        ),
      ),
  );

  app.post(
    '/api/estimates/:id/withdraw',
    {
      schema: {
        tags: ['estimates'],
        operationId: 'withdrawEstimate',
        summary: 'Staff withdraw a pending estimate; 409 estimate_not_pending once decided',
        params: estimateIdParamsSchema,
        response: { 200: estimateSchema },
      },
    },
    async (request) =>
      presentEstimate(
        await withdrawEstimate(
          deps.db,
          requireActor(request),
          request.params.id,
          requestContext(request),
        ),
      ),
  );

  app.get(
    '/api/companies/:id/ticket-cap',
    {
      schema: {
        tags: ['estimates'],
        operationId: 'getCompanyTicketCap',
        summary: '«Όριο ωρών ανά αίτημα χωρίς έγκριση» of a company (null: none)',
        params: idParamsSchema,
        response: { 200: ticketCapSchema },
      },
    },
    async (request) => getTicketCap(deps.db, requireActor(request), request.params.id),
  );

  app.put(
    '/api/companies/:id/ticket-cap',
    {
      schema: {
        tags: ['estimates'],
        operationId: 'setCompanyTicketCap',
        summary:
          'Set the per-ticket cap (company_admin or staff); 409 ticket_cap_below_work when an open ticket already has more billable work',
        params: idParamsSchema,
        body: ticketCapRequestSchema,
        response: { 200: ticketCapSchema },
      },
    },
    async (request) =>
      setTicketCap(
        deps.db,
        requireActor(request),
        request.params.id,
        request.body.ticketCapMinutes,
        requestContext(request),
      ),
  );

  // The estimate email's links: public (no sign-in), limited like the rating links.
  const rateLimit = { max: deps.rateLimits.loginPerMinute, timeWindow: 60_000 };

  app.get(
    '/api/estimate-links/:token',
    {
      schema: {
        tags: ['estimates'],
        operationId: 'getEstimateLink',
        summary:
          'What an estimate link is about and whether it still waits for an answer (changes nothing)',
        params: estimateLinkParamsSchema,
        response: { 200: estimateLinkInfoSchema },
      },
      config: { rateLimit },
    },
    async (request) => describeEstimateLink(deps.db, request.params.token),
  );

  app.post(
    '/api/estimate-links/:token',
    {
      schema: {
        tags: ['estimates'],
        operationId: 'decideEstimateByLink',
        summary:
          'Approve or decline an estimate through its email link (once); 410 estimate_link_invalid, 409 estimate_not_pending',
        params: estimateLinkParamsSchema,
        body: estimateDecisionSchema,
        response: { 200: estimateLinkInfoSchema },
      },
      config: { rateLimit },
    },
    async (request) =>
      decideEstimateByLink(
        deps.db,
        request.params.token,
        request.body.decision,
        requestContext(request),
      ),
  );
}
