import { z } from 'zod';
import { idParamsSchema } from '../../shared/api/companies.js';
import {
  invitationSentSchema,
  inviteStaffRequestSchema,
  personListSchema,
  personSchema,
  updateStaffRequestSchema,
} from '../../shared/api/contacts.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor } from '../auth/auth.plugin.js';
import { presentPersonAccount } from '../contacts/person.presenter.js';
import { requestContext } from '../http/request-context.js';
import type { App } from '../http/types.js';
import { presentInvitation } from '../invitations/invitation.presenter.js';
import { authorize } from '../policies/authorize.js';
import { latestUserTokens } from '../users/user-tokens.repository.js';
import { listStaff } from '../users/users.repository.js';
import {
  inviteStaffMember,
  resendStaffInvitation,
  revokeStaffInvitation,
  updateStaffMember,
} from './staff.service.js';

export function registerStaffRoutes(app: App, deps: AppDeps): void {
  app.post(
    '/api/staff-users/:id/invitation',
    {
      schema: {
        tags: ['staff'],
        summary: 'Send a staff member who has not joined a new invitation link (admin)',
        params: idParamsSchema,
        response: { 200: invitationSentSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const context = requestContext(request);
      return presentInvitation(
        await resendStaffInvitation(
          deps.db,
          actor,
          request.params.id,
          context,
          deps.config.publicUrl,
        ),
        deps.config,
      );
    },
  );

  app.delete(
    '/api/staff-users/:id/invitation',
    {
      schema: {
        tags: ['staff'],
        summary: "Revoke a staff member's pending invitation (admin)",
        params: idParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await revokeStaffInvitation(
        deps.db,
        requireActor(request),
        request.params.id,
        requestContext(request),
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/staff-users',
    {
      schema: {
        tags: ['staff'],
        summary: 'Every staff member (admin)',
        response: { 200: personListSchema },
      },
    },
    async (request) => {
      authorize(requireActor(request), 'staff.manage', null);
      const staff = await listStaff(deps.db);
      const invitations = await latestUserTokens(
        deps.db,
        staff.map((s) => s.id),
        'invitation',
      );
      return { items: staff.map((user) => presentPersonAccount(user, invitations.get(user.id))) };
    },
  );

  app.post(
    '/api/staff-users',
    {
      schema: {
        tags: ['staff'],
        summary: 'Invite a staff member as admin or agent (admin)',
        body: inviteStaffRequestSchema,
        response: { 201: invitationSentSchema },
      },
    },
    async (request, reply) => {
      const sent = await inviteStaffMember(
        deps.db,
        requireActor(request),
        request.body,
        requestContext(request),
        deps.config.publicUrl,
      );
      return reply.status(201).send(presentInvitation(sent, deps.config));
    },
  );

  app.patch(
    '/api/staff-users/:id',
    {
      schema: {
        tags: ['staff'],
        summary: 'Change the role of, or deactivate, a staff member (admin); the last admin stays',
        params: idParamsSchema,
        body: updateStaffRequestSchema,
        response: { 200: personSchema },
      },
    },
    async (request) => {
      const user = await updateStaffMember(
        deps.db,
        requireActor(request),
        request.params.id,
        request.body,
        requestContext(request),
      );
      return presentPersonAccount(user, undefined);
    },
  );
}
