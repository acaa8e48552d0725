import { z } from 'zod';
import {
  emailIdParamsSchema,
  emailListQuerySchema,
  emailListSchema,
  emailPreviewSchema,
  outboxEmailSchema,
} from '../../shared/api/emails.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor } from '../auth/auth.plugin.js';
import type { App } from '../http/types.js';
import { emailAsEml, listEmails, previewEmail, retryEmail } from './emails.service.js';

export function registerEmailRoutes(app: App, deps: AppDeps): void {
  const site = { companyName: deps.config.companyName, publicUrl: deps.config.publicUrl };

  app.get(
    '/api/admin/emails',
    {
      schema: {
        tags: ['emails'],
        summary: 'Outbox emails (admin): pending, sent or failed, newest first',
        querystring: emailListQuerySchema,
        response: { 200: emailListSchema },
      },
    },
    async (request) =>
      listEmails(deps.db, requireActor(request), request.query.status, deps.mail, site),
  );

  app.post(
    '/api/admin/emails/:id/retry',
    {
      schema: {
        tags: ['emails'],
        summary: 'Send a failed email again (admin)',
        params: emailIdParamsSchema,
        response: { 200: outboxEmailSchema },
      },
    },
    async (request) => retryEmail(deps.db, requireActor(request), request.params.id, site),
  );

  app.get(
    '/api/admin/emails/:id/eml',
    {
      schema: {
        tags: ['emails'],
        summary: 'One email as an .eml file (admin)',
        params: emailIdParamsSchema,
        response: { 200: z.any() },
      },
    },
    async (request, reply) => {
      const eml = await emailAsEml(
        deps.db,
        requireActor(request),
        request.params.id,
        deps.mail.from,
        site,
      );
      return reply
        .header('content-type', 'message/rfc822')
        .header('content-disposition', `attachment; filename="${eml.fileName}"`)
        .header('cache-control', 'no-store')
        .send(eml.content);
    },
  );

  app.get(
    '/api/admin/emails/:id/preview',
    {
      schema: {
        tags: ['emails'],
        summary: 'One email as it reads: subject, text and HTML (admin)',
        params: emailIdParamsSchema,
        response: { 200: emailPreviewSchema },
      },
    },
    async (request) =>
      previewEmail(deps.db, requireActor(request), request.params.id, deps.mail.from, site),
  );
}
