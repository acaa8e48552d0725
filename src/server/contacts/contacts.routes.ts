import { z } from 'zod';
import {
  createContactRequestSchema,
  invitationSentSchema,
  personListSchema,
  personSchema,
  updateContactRequestSchema,
} from '../../shared/api/contacts.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor } from '../auth/auth.plugin.js';
import { requestContext } from '../http/request-context.js';
import type { App } from '../http/types.js';
import { presentInvitation } from '../invitations/invitation.presenter.js';
import { authorize } from '../policies/authorize.js';
import { latestUserTokens } from '../users/user-tokens.repository.js';
import { listCompanyContacts } from './contacts.repository.js';
import {
  addContact,
  resendContactInvitation,
  revokeContactInvitation,
  updateContact,
} from './contacts.service.js';
import { presentPersonAccount } from './person.presenter.js';

const companyParams = z.object({ id: z.uuid('invalid_format') });
const contactParams = z.object({ id: z.uuid('invalid_format'), userId: z.uuid('invalid_format') });

export function registerContactRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/companies/:id/contacts',
    {
      schema: {
        tags: ['contacts'],
        summary: "A company's contacts (staff; its own people)",
        params: companyParams,
        response: { 200: personListSchema },
      },
    },
    async (request) => {
      authorize(requireActor(request), 'company.view', { id: request.params.id });
      const contacts = await listCompanyContacts(deps.db, request.params.id);
      const invitations = await latestUserTokens(
        deps.db,
        contacts.map((c) => c.id),
        'invitation',
      );
      return {
        items: contacts.map((contact) =>
          presentPersonAccount(contact, invitations.get(contact.id)),
        ),
      };
    },
  );

  app.post(
    '/api/companies/:id/contacts',
    {
      schema: {
        tags: ['contacts'],
        summary: '«Προσθήκη επαφής»: add a contact and invite them (company_admin, staff)',
        params: companyParams,
        body: createContactRequestSchema,
        response: { 201: invitationSentSchema },
      },
    },
    async (request, reply) => {
      const sent = await addContact(
        deps.db,
        requireActor(request),
        request.params.id,
        request.body,
        requestContext(request),
        deps.config.publicUrl,
      );
      return reply.status(201).send(presentInvitation(sent, deps.config));
    },
  );

  app.patch(
    '/api/companies/:id/contacts/:userId',
    {
      schema: {
        tags: ['contacts'],
        summary: 'Edit, change the role of, or deactivate a contact',
        params: contactParams,
        body: updateContactRequestSchema,
        response: { 200: personSchema },
      },
    },
    async (request) => {
      const { id, userId } = request.params;
      const user = await updateContact(
        deps.db,
        requireActor(request),
        id,
        userId,
        request.body,
        requestContext(request),
      );
      const invitations = await latestUserTokens(deps.db, [user.id], 'invitation');
      return presentPersonAccount(user, invitations.get(user.id));
    },
  );

  app.post(
    '/api/companies/:id/contacts/:userId/invitation',
    {
      schema: {
        tags: ['contacts'],
        summary: 'Send a contact a new invitation link (the old one stops working)',
        params: contactParams,
        response: { 200: invitationSentSchema },
      },
    },
    async (request) => {
      const { id, userId } = request.params;
      const sent = await resendContactInvitation(
        deps.db,
        requireActor(request),
        id,
        userId,
        requestContext(request),
        deps.config.publicUrl,
      );
      return presentInvitation(sent, deps.config);
    },
  );

  app.delete(
    '/api/companies/:id/contacts/:userId/invitation',
    {
      schema: {
        tags: ['contacts'],
        summary: 'Revoke a pending invitation',
        params: contactParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { id, userId } = request.params;
      await revokeContactInvitation(
        deps.db,
        requireActor(request),
        id,
        userId,
        requestContext(request),
      );
      return reply.status(204).send(null);
    },
  );
}
