import { idParamsSchema } from '../../shared/api/companies.js';
import {
  hourBlockConfirmSchema,
  hourBlockDeclineSchema,
  hourBlockGrantSchema,
  hourBlockListSchema,
  hourBlockOfferListSchema,
  hourBlockOfferRequestSchema,
  hourBlockOfferSchema,
  hourBlockOfferUpdateSchema,
  hourBlockPurchaseSchema,
  hourBlockSchema,
} from '../../shared/api/hour-blocks.js';
import { hoursAllocationSchema } from '../../shared/api/hours-allocation.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor } from '../auth/auth.plugin.js';
import { requestContext } from '../http/request-context.js';
import type { App } from '../http/types.js';
import { isStaff } from '../policies/actor.js';
import { authorize } from '../policies/authorize.js';
import { presentHourBlock, presentHourBlockOffer } from './hour-block.presenter.js';
import {
  findHourBlockView,
  listHourBlockOffers,
  listHourBlocksOfCompany,
} from './hour-blocks.repository.js';
import {
  confirmHourBlock,
  createHourBlockOffer,
  declineHourBlock,
  editHourBlockOffer,
  grantHourBlock,
  requestHourBlock,
} from './hour-blocks.service.js';
import { loadHoursAllocation } from './hours-allocation.service.js';

const presentBlockById = async (deps: AppDeps, id: string) =>
  presentHourBlock((await findHourBlockView(deps.db, id))!);

/** «Αγορά επιπλέον ωρών»: the catalogue, a company's blocks, requests and decisions, and the allocation. */
export function registerHourBlockRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/hour-block-offers',
    {
      schema: {
        tags: ['hour-blocks'],
        summary: 'The catalogue of blocks (staff: all; customers: those offered now)',
        response: { 200: hourBlockOfferListSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(actor, 'hour-block-offer.list', null);
      const rows = await listHourBlockOffers(deps.db, !isStaff(actor));
      return { items: rows.map(presentHourBlockOffer) };
    },
  );

  app.post(
    '/api/hour-block-offers',
    {
      schema: {
        tags: ['hour-blocks'],
        summary: 'Add a block to the catalogue (admin)',
        body: hourBlockOfferRequestSchema,
        response: { 201: hourBlockOfferSchema },
      },
    },
    async (request, reply) => {
      const row = await createHourBlockOffer(
        deps.db,
        requireActor(request),
        request.body,
        requestContext(request),
      );
      return reply.status(201).send(presentHourBlockOffer(row));
    },
  );

  app.patch(
    '/api/hour-block-offers/:id',
    {
      schema: {
        tags: ['hour-blocks'],
        summary: 'Edit or retire (isActive: false) a block of the catalogue (admin)',
        params: idParamsSchema,
        body: hourBlockOfferUpdateSchema,
        response: { 200: hourBlockOfferSchema },
      },
    },
    async (request) =>
      presentHourBlockOffer(
        await editHourBlockOffer(
          deps.db,
          requireActor(request),
          request.params.id,
          request.body,
          requestContext(request),
        ),
      ),
  );

  app.get(
    '/api/companies/:id/hour-blocks',
    {
      schema: {
        tags: ['hour-blocks'],
        summary: "A company's prepaid blocks and requests (staff; customers their own company's)",
        params: idParamsSchema,
        response: { 200: hourBlockListSchema },
      },
    },
    async (request) => {
      authorize(requireActor(request), 'hour-block.view', { id: request.params.id });
      const rows = await listHourBlocksOfCompany(deps.db, request.params.id);
      return { items: rows.map(presentHourBlock) };
    },
  );

  app.post(
    '/api/companies/:id/hour-blocks',
    {
      schema: {
        tags: ['hour-blocks'],
        operationId: 'grantHourBlock',
        summary: 'Add a block to a company directly, active at once (staff)',
        params: idParamsSchema,
        body: hourBlockGrantSchema,
        response: { 201: hourBlockSchema },
      },
    },
    async (request, reply) => {
      const id = await grantHourBlock(
        deps.db,
        requireActor(request),
        request.params.id,
        request.body,
        requestContext(request),
        new Date(),
      );
      return reply.status(201).send(await presentBlockById(deps, id));
    },
  );

  app.post(
    '/api/companies/:id/hour-block-requests',
    {
      schema: {
        tags: ['hour-blocks'],
        operationId: 'requestHourBlock',
        summary: '«Αγορά επιπλέον ωρών»: ask for a block of the catalogue (company_admin)',
        params: idParamsSchema,
        body: hourBlockPurchaseSchema,
        response: { 201: hourBlockSchema },
      },
    },
    async (request, reply) => {
      const id = await requestHourBlock(
        deps.db,
        requireActor(request),
        request.params.id,
        request.body.offerId,
        requestContext(request),
      );
      return reply.status(201).send(await presentBlockById(deps, id));
    },
  );

  app.post(
    '/api/hour-blocks/:id/confirm',
    {
      schema: {
        tags: ['hour-blocks'],
        operationId: 'confirmHourBlock',
        summary: 'Confirm a request: the block starts (staff)',
        params: idParamsSchema,
        body: hourBlockConfirmSchema,
        response: { 200: hourBlockSchema },
      },
    },
    async (request) => {
      await confirmHourBlock(
        deps.db,
        requireActor(request),
        request.params.id,
        request.body,
        requestContext(request),
        new Date(),
      );
      return presentBlockById(deps, request.params.id);
    },
  );

  app.post(
    '/api/hour-blocks/:id/decline',
    {
      schema: {
        tags: ['hour-blocks'],
        operationId: 'declineHourBlock',
        summary: 'Decline a request with a reason (staff)',
        params: idParamsSchema,
        body: hourBlockDeclineSchema,
        response: { 200: hourBlockSchema },
      },
    },
    async (request) => {
      await declineHourBlock(
        deps.db,
        requireActor(request),
        request.params.id,
        request.body,
        requestContext(request),
        new Date(),
      );
      return presentBlockById(deps, request.params.id);
    },
  );

  app.get(
    '/api/companies/:id/hours-allocation',
    {
      schema: {
        tags: ['hour-blocks'],
        summary:
          "A company's hours by where they come from (rolled over, the period's, blocks, overage), with a forecast",
        params: idParamsSchema,
        response: { 200: hoursAllocationSchema },
      },
    },
    async (request) =>
      loadHoursAllocation(deps.db, requireActor(request), request.params.id, new Date()),
  );
}
