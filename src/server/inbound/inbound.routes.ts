import { z } from 'zod';
import {
  attachInboundEmailSchema,
  inboundEmailIdParamsSchema,
  inboundEmailListQuerySchema,
  inboundEmailListSchema,
  inboundEmailSummarySchema,
  mailboxIdParamsSchema,
  mailboxInputSchema,
  mailboxListSchema,
  mailboxPollResultSchema,
  mailboxSchema,
  mailboxTestRequestSchema,
  mailboxTestResultSchema,
} from '../../shared/api/mailboxes.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor } from '../auth/auth.plugin.js';
import { requestContext } from '../http/request-context.js';
import type { App } from '../http/types.js';
import {
  attachInboundEmail,
  findOriginalEmail,
  listInboundEmailsFor,
  rejectInboundEmail,
  retryInboundEmail,
  summarizeInboundEmails,
} from './inbound-review.service.js';
import {
  changeMailbox,
  createMailbox,
  listMailboxesFor,
  pollMailboxNow,
  removeMailbox,
  testMailboxSettings,
} from './mailboxes.service.js';

/** Support mailboxes (admin) and the incoming mails that wait for a person. */
export function registerInboundRoutes(app: App, deps: AppDeps): void {
  const key = deps.config.inbound.secretKey;
  const tags = ['email in'];

  app.get(
    '/api/mailboxes',
    {
      schema: {
        tags,
        summary: 'Support mailboxes and their state (admin)',
        response: { 200: mailboxListSchema },
      },
    },
    async (request) => ({ items: await listMailboxesFor(deps.db, requireActor(request)) }),
  );

  app.post(
    '/api/mailboxes',
    {
      schema: {
        tags,
        summary: 'Connect a support mailbox over IMAP (admin)',
        body: mailboxInputSchema,
        response: { 201: mailboxSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await createMailbox(
        deps.db,
        actor,
        request.body,
        key,
        requestContext(request),
      );
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/mailboxes/:id',
    {
      schema: {
        tags,
        summary: 'Change a support mailbox; an empty password keeps the stored one (admin)',
        params: mailboxIdParamsSchema,
        body: mailboxInputSchema,
        response: { 200: mailboxSchema },
      },
    },
    async (request) =>
      changeMailbox(
        deps.db,
        requireActor(request),
        request.params.id,
        request.body,
        key,
        requestContext(request),
      ),
  );

  app.delete(
    '/api/mailboxes/:id',
    {
      schema: {
        tags,
        summary: 'Disconnect a support mailbox (admin)',
        params: mailboxIdParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeMailbox(
        deps.db,
        requireActor(request),
        request.params.id,
        requestContext(request),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/mailboxes/test',
    {
      schema: {
        tags,
        summary: '«Δοκιμή σύνδεσης»: try mailbox settings and say exactly what failed (admin)',
        body: mailboxTestRequestSchema,
        response: { 200: mailboxTestResultSchema },
      },
    },
    async (request) => testMailboxSettings(deps.db, requireActor(request), request.body, key),
  );

  app.post(
    '/api/mailboxes/:id/poll',
    {
      schema: {
        tags,
        summary: 'Read a mailbox now (admin)',
        params: mailboxIdParamsSchema,
        response: { 200: mailboxPollResultSchema },
      },
    },
    async (request) =>
      pollMailboxNow({ ...deps, log: request.log }, requireActor(request), request.params.id),
  );

  app.get(
    '/api/inbound-emails/summary',
    {
      schema: {
        tags,
        summary: 'How many incoming mails wait (staff)',
        response: { 200: inboundEmailSummarySchema },
      },
    },
    async (request) => summarizeInboundEmails(deps.db, requireActor(request)),
  );

  app.get(
    '/api/inbound-emails',
    {
      schema: {
        tags,
        summary: '«Εισερχόμενα προς έλεγχο» (held, staff) or failed incoming mails (admin)',
        querystring: inboundEmailListQuerySchema,
        response: { 200: inboundEmailListSchema },
      },
    },
    async (request) => ({
      items: await listInboundEmailsFor(deps.db, requireActor(request), request.query.status),
    }),
  );

  app.post(
    '/api/inbound-emails/:id/attach',
    {
      schema: {
        tags,
        summary: 'Attach a held mail to a contact (or a new one): it opens a ticket (staff)',
        params: inboundEmailIdParamsSchema,
        body: attachInboundEmailSchema,
        response: { 200: z.object({ ticketNumber: z.number() }) },
      },
    },
    async (request) =>
      attachInboundEmail(
        { ...deps, publicUrl: deps.config.publicUrl },
        requireActor(request),
        request.params.id,
        request.body,
        requestContext(request),
      ),
  );

  app.post(
    '/api/inbound-emails/:id/reject',
    {
      schema: {
        tags,
        summary: 'Reject a held mail (staff)',
        params: inboundEmailIdParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await rejectInboundEmail(
        deps.db,
        requireActor(request),
        request.params.id,
        requestContext(request),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/inbound-emails/:id/retry',
    {
      schema: {
        tags,
        summary: 'Read a failed mail again at the next poll (admin)',
        params: inboundEmailIdParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await retryInboundEmail(
        deps.db,
        requireActor(request),
        request.params.id,
        requestContext(request),
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/inbound-emails/:id/original',
    {
      schema: {
        tags,
        summary: 'The original incoming mail as .eml (staff, or the customer who sent it)',
        params: inboundEmailIdParamsSchema,
      },
    },
    async (request, reply) => {
      const original = await findOriginalEmail(deps.db, requireActor(request), request.params.id);
      return reply
        .header('content-type', 'message/rfc822')
        .header('content-disposition', `attachment; filename="${original.fileName}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(deps.storage.open(original.storageKey));
    },
  );
}
