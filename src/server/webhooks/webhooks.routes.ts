import { z } from 'zod';
import {
  webhookDeliveryListSchema,
  webhookDeliveryParamsSchema,
  webhookDeliverySchema,
  webhookEndpointIdParamsSchema,
  webhookEndpointInputSchema,
  webhookEndpointListSchema,
  webhookEndpointSchema,
  webhookSecretSchema,
} from '../../shared/api/webhooks.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor } from '../auth/auth.plugin.js';
import { requestContext } from '../http/request-context.js';
import type { App } from '../http/types.js';
import {
  changeEndpoint,
  createEndpoint,
  listDeliveriesFor,
  listEndpointsFor,
  redeliver,
  removeEndpoint,
  revealSecret,
  rotateSecret,
  sendTestEvent,
} from './webhooks.service.js';

/** Webhook endpoints, their secrets and delivery logs (admin). */
export function registerWebhookRoutes(app: App, deps: AppDeps): void {
  const key = deps.config.inbound.secretKey;
  const tags = ['webhooks'];
  const params = webhookEndpointIdParamsSchema;

  app.get(
    '/api/webhooks',
    {
      schema: {
        tags,
        summary: 'Webhook endpoints (admin)',
        response: { 200: webhookEndpointListSchema },
      },
    },
    async (request) => ({ items: await listEndpointsFor(deps.db, requireActor(request)) }),
  );

  app.post(
    '/api/webhooks',
    {
      schema: {
        tags,
        summary: 'Register an HTTPS endpoint; the answer carries its signing secret (admin)',
        body: webhookEndpointInputSchema,
        response: { 201: webhookEndpointSchema.extend(webhookSecretSchema.shape) },
      },
    },
    async (request, reply) => {
      const created = await createEndpoint(
        deps.db,
        requireActor(request),
        request.body,
        key,
        requestContext(request),
      );
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Change an endpoint; turning it on again clears its failures (admin)',
        params,
        body: webhookEndpointInputSchema,
        response: { 200: webhookEndpointSchema },
      },
    },
    async (request) =>
      changeEndpoint(
        deps.db,
        requireActor(request),
        request.params.id,
        request.body,
        requestContext(request),
      ),
  );

  app.delete(
    '/api/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Remove an endpoint and its delivery log (admin)',
        params,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeEndpoint(
        deps.db,
        requireActor(request),
        request.params.id,
        requestContext(request),
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/webhooks/:id/secret',
    {
      schema: {
        tags,
        summary: 'The signing secret (whsec_…); each look is audited (admin)',
        params,
        response: { 200: webhookSecretSchema },
      },
    },
    async (request, reply) => {
      const secret = await revealSecret(
        deps.db,
        requireActor(request),
        request.params.id,
        key,
        requestContext(request),
      );
      reply.header('cache-control', 'no-store');
      return { secret };
    },
  );

  app.post(
    '/api/webhooks/:id/secret',
    {
      schema: {
        tags,
        summary: 'Replace the signing secret with a new one (admin)',
        params,
        response: { 200: webhookSecretSchema },
      },
    },
    async (request, reply) => {
      const secret = await rotateSecret(
        deps.db,
        requireActor(request),
        request.params.id,
        key,
        requestContext(request),
      );
      reply.header('cache-control', 'no-store');
      return { secret };
    },
  );

  app.get(
    '/api/webhooks/:id/deliveries',
    {
      schema: {
        tags,
        summary: "The endpoint's delivery log, newest first (admin)",
        params,
        response: { 200: webhookDeliveryListSchema },
      },
    },
    async (request) => ({
      items: await listDeliveriesFor(deps.db, requireActor(request), request.params.id),
    }),
  );

  app.post(
    '/api/webhooks/:id/deliveries/:deliveryId/redeliver',
    {
      schema: {
        tags,
        summary: 'Send a delivery again, with the same webhook-id (admin)',
        params: webhookDeliveryParamsSchema,
        response: { 201: webhookDeliverySchema },
      },
    },
    async (request, reply) => {
      const delivery = await redeliver(
        deps.db,
        requireActor(request),
        request.params.id,
        request.params.deliveryId,
      );
      return reply.status(201).send(delivery);
    },
  );

  app.post(
    '/api/webhooks/:id/test',
    {
      schema: {
        tags,
        summary: 'Send a webhook.test event to this endpoint (admin)',
        params,
        response: { 201: webhookDeliverySchema },
      },
    },
    async (request, reply) => {
      const delivery = await sendTestEvent(deps.db, requireActor(request), request.params.id);
      return reply.status(201).send(delivery);
    },
  );
}
