import { z } from 'zod';
import {
  apiTokenIdParamsSchema,
  apiTokenListSchema,
  createdApiTokenSchema,
  createPersonalTokenRequestSchema,
  createServiceTokenRequestSchema,
} from '../../shared/api/api-tokens.js';
import type { AppDeps } from '../app-deps.js';
import { requireSignedIn } from '../auth/auth.plugin.js';
import { requireRecentAuthentication } from '../auth/recent-authentication.js';
import { requestContext } from '../http/request-context.js';
import type { App } from '../http/types.js';
import {
  createPersonalToken,
  createServiceToken,
  listAllServiceTokens,
  listOwnTokens,
  revokeToken,
} from './api-tokens.service.js';

// Not in token-areas.ts on purpose: a token can never make or revoke tokens.
export function registerApiTokenRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/me/api-tokens',
    {
      schema: {
        tags: ['api-tokens'],
        summary: 'One’s own personal API tokens (never their secrets)',
        response: { 200: apiTokenListSchema },
      },
    },
    async (request) => listOwnTokens(deps.db, requireSignedIn(request)),
  );

  app.post(
    '/api/me/api-tokens',
    {
      schema: {
        tags: ['api-tokens'],
        summary:
          'Create a personal API token (needs a recent sign-in or re-authentication); the secret is in this answer only',
        body: createPersonalTokenRequestSchema,
        response: { 201: createdApiTokenSchema },
      },
    },
    async (request, reply) => {
      const created = await createPersonalToken(
        deps.db,
        requireRecentAuthentication(request),
        request.body,
        requestContext(request),
      );
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/api/me/api-tokens/:id',
    {
      schema: {
        tags: ['api-tokens'],
        summary: 'Revoke one of one’s own personal API tokens',
        params: apiTokenIdParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const signedIn = requireSignedIn(request);
      await revokeToken(deps.db, signedIn, request.params.id, 'personal', requestContext(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/service-tokens',
    {
      schema: {
        tags: ['api-tokens'],
        summary: 'Service API tokens, for a company or for staff work: admins',
        response: { 200: apiTokenListSchema },
      },
    },
    async (request) => listAllServiceTokens(deps.db, requireSignedIn(request)),
  );

  app.post(
    '/api/service-tokens',
    {
      schema: {
        tags: ['api-tokens'],
        summary:
          'Create a service API token acting as a contact or staff user with at most a role (admins; needs a recent sign-in or re-authentication)',
        body: createServiceTokenRequestSchema,
        response: { 201: createdApiTokenSchema },
      },
    },
    async (request, reply) => {
      const created = await createServiceToken(
        deps.db,
        requireRecentAuthentication(request),
        request.body,
        requestContext(request),
      );
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/api/service-tokens/:id',
    {
      schema: {
        tags: ['api-tokens'],
        summary: 'Revoke a service API token (admins)',
        params: apiTokenIdParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const signedIn = requireSignedIn(request);
      await revokeToken(deps.db, signedIn, request.params.id, 'service', requestContext(request));
      return reply.status(204).send(null);
    },
  );
}
