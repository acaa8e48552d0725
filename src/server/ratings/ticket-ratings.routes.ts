import {
  ratingInputSchema,
  ratingLinkInfoSchema,
  ratingLinkParamsSchema,
  ratingReportQuerySchema,
  ratingReportSchema,
  ticketRatingSchema,
} from '../../shared/api/ticket-ratings.js';
import { ticketNumberParamsSchema } from '../../shared/api/tickets.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor } from '../auth/auth.plugin.js';
import { requestContext } from '../http/request-context.js';
import type { App } from '../http/types.js';
import { describeRatingLink, rateByLink } from './rating-links.service.js';
import { ratingReport } from './rating-report.service.js';
import { describeTicketRating, rateTicket } from './ticket-ratings.service.js';

/** «Πώς τα πήγαμε;»: rating a closed ticket (portal and email link) and the staff report. */
export function registerTicketRatingRoutes(app: App, deps: AppDeps): void {
  const tags = ['ticket-ratings'];

  app.get(
    '/api/tickets/:number/rating',
    {
      schema: {
        tags,
        operationId: 'getTicketRating',
        summary: 'The rating of the ticket’s latest closing, and whether the reader may give it',
        params: ticketNumberParamsSchema,
        response: { 200: ticketRatingSchema },
      },
    },
    async (request) => describeTicketRating(deps.db, requireActor(request), request.params.number),
  );

  app.post(
    '/api/tickets/:number/rating',
    {
      schema: {
        tags,
        operationId: 'rateTicket',
        summary:
          'Rate a closed ticket, good or bad with a comment (its requester or a company_admin; once per closing)',
        params: ticketNumberParamsSchema,
        body: ratingInputSchema,
        response: { 201: ticketRatingSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await rateTicket(
            deps.db,
            requireActor(request),
            request.params.number,
            request.body,
            requestContext(request),
          ),
        ),
  );

  app.get(
    '/api/ticket-ratings',
    {
      schema: {
        tags,
        operationId: 'listTicketRatingsByMonth',
        summary: 'Good and bad ratings per month of closing, per company or per agent (staff)',
        querystring: ratingReportQuerySchema,
        response: { 200: ratingReportSchema },
      },
    },
    async (request) => ratingReport(deps.db, requireActor(request), request.query),
  );

  // The closing email's links: public (no sign-in), limited like other one-time links.
  const rateLimit = { max: deps.rateLimits.loginPerMinute, timeWindow: 60_000 };

  app.get(
    '/api/rating-links/:token',
    {
      schema: {
        tags,
        operationId: 'getRatingLink',
        summary: 'What a rating link is about and whether it can still be used (changes nothing)',
        params: ratingLinkParamsSchema,
        response: { 200: ratingLinkInfoSchema },
      },
      config: { rateLimit },
    },
    async (request) => describeRatingLink(deps.db, request.params.token),
  );

  app.post(
    '/api/rating-links/:token',
    {
      schema: {
        tags,
        operationId: 'rateByLink',
        summary: 'Rate a closing through the closing email’s link (once; the link lasts 30 days)',
        params: ratingLinkParamsSchema,
        body: ratingInputSchema,
        response: { 201: ratingLinkInfoSchema },
      },
      config: { rateLimit },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await rateByLink(deps.db, request.params.token, request.body, requestContext(request)),
        ),
  );
}
