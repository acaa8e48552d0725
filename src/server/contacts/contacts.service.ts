import type { z } from 'zod';
import type {
  createContactRequestSchema,
  updateContactRequestSchema,
} from '../../shared/api/contacts.js';
import { recordAudit } from '../audit/audit.repository.js';
import { changedFields } from '../audit/changes.js';
import { deleteUserSessions } from '../auth/sessions.repository.js';
import { findCompanyById } from '../companies/companies.repository.js';
import type { Database, Executor } from '../db/database.js';
import { conflict, notFound } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import { type InvitationLink, issueInvitation } from '../invitations/invitations.service.js';
import { reinvite, sendInvitation } from '../invitations/send-invitation.js';
import type { Actor } from '../policies/actor.js';
import { authorize } from '../policies/authorize.js';
import { withUniqueEmail } from '../users/unique-email.js';
import { revokeUserTokens } from '../users/user-tokens.repository.js';
import { findUserById, insertUser, type UserRow, updateUser } from '../users/users.repository.js';
import { countOtherActiveCompanyAdmins, lockCompany } from './contacts.repository.js';

const contactFields = ['firstName', 'lastName', 'phone', 'role', 'isActive'] as const;

/**
 * «Προσθήκη επαφής»: a contact who can log in once they accept the invitation
 * (a one-time link, 72 hours). Returns the link, which is also emailed.
 */
export async function addContact(
  db: Database,
  actor: Actor,
  companyId: string,
  request: z.output<typeof createContactRequestSchema>,
  context: RequestContext,
  publicUrl: string,
): Promise<{ user: UserRow; invitation: InvitationLink }> {
  authorize(actor, 'company.manage-contacts', { id: companyId });
  return db.transaction((tx) =>
    addContactInTransaction(tx, actor, companyId, request, context, publicUrl),
  );
}

/** «Προσθήκη επαφής» in the caller's transaction (also for the sender of a held email). */
export async function addContactInTransaction(
  tx: Executor,
  actor: Actor,
  companyId: string,
  request: z.output<typeof createContactRequestSchema>,
  context: RequestContext,
  publicUrl: string,
): Promise<{ user: UserRow; invitation: InvitationLink }> {
  const company = await findCompanyById(tx, companyId);
  if (!company) throw notFound();
  if (company.archivedAt) throw conflict('company_archived', 'The company is archived');
  const user = await withUniqueEmail(() =>
    insertUser(tx, { ...request, companyId, passwordHash: null }),
  );
  const invitation = await issueInvitation(tx, user.id, actor.userId, publicUrl);
  await sendInvitation(tx, actor, user, company, invitation);
  await recordAudit(tx, {
    action: 'contact.created',
    actorUserId: actor.userId,
    companyId,
    entityType: 'user',
    entityId: user.id,
    data: { email: user.email, role: user.role },
    ...context,
  });
  return { user, invitation };
}

/** A contact of the company, or 404 (also for a contact of another company). */
async function findContact(db: Database, companyId: string, userId: string): Promise<UserRow> {
  const user = await findUserById(db, userId);
  if (!user || user.companyId !== companyId) throw notFound();
  return user;
}

/**
 * Edits a contact: name, phone, role, or deactivation (they can no longer log in,
 * their sessions end, their tickets and messages stay). The company always keeps
 * at least one active company_admin.
 */
export async function updateContact(
  db: Database,
  actor: Actor,
  companyId: string,
  userId: string,
  patch: z.output<typeof updateContactRequestSchema>,
  context: RequestContext,
): Promise<UserRow> {
  authorize(actor, 'company.manage-contacts', { id: companyId });
  return db.transaction(async (tx) => {
    await lockCompany(tx, companyId);
    const before = await findContact(tx as Database, companyId, userId);
    const staysAdmin =
      (patch.role ?? before.role) === 'company_admin' && (patch.isActive ?? before.isActive);
    if (before.role === 'company_admin' && before.isActive && !staysAdmin) {
      if ((await countOtherActiveCompanyAdmins(tx, companyId, userId)) === 0) {
        throw conflict(
          'last_company_admin',
          'The company must keep at least one active administrator',
        );
      }
    }
    const after = (await updateUser(tx, userId, patch))!;
    if (before.isActive && !after.isActive) {
      await deleteUserSessions(tx, userId);
      await revokeUserTokens(tx, userId, 'invitation', new Date());
    }
    const changes = changedFields(before, after, contactFields);
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, {
        action: changes.isActive?.to === false ? 'contact.deactivated' : 'contact.updated',
        actorUserId: actor.userId,
        companyId,
        entityType: 'user',
        entityId: userId,
        data: changes,
        ...context,
      });
    }
    return after;
  });
}

/** Sends a new invitation link to a contact who has not set a password yet; the old link stops working. */
export async function resendContactInvitation(
  db: Database,
  actor: Actor,
  companyId: string,
  userId: string,
  context: RequestContext,
  publicUrl: string,
): Promise<{ user: UserRow; invitation: InvitationLink }> {
  authorize(actor, 'company.manage-contacts', { id: companyId });
  return db.transaction(async (tx) => {
    const user = await findContact(tx as Database, companyId, userId);
    const company = (await findCompanyById(tx, companyId))!;
    const invitation = await reinvite(tx, actor, user, company, publicUrl);
    await recordAudit(tx, {
      action: 'contact.invitation_resent',
      actorUserId: actor.userId,
      companyId,
      entityType: 'user',
      entityId: userId,
      ...context,
    });
    return { user, invitation };
  });
}

/** Withdraws a pending invitation: its link stops working at once. */
export async function revokeContactInvitation(
  db: Database,
  actor: Actor,
  companyId: string,
  userId: string,
  context: RequestContext,
): Promise<void> {
  authorize(actor, 'company.manage-contacts', { id: companyId });
  await db.transaction(async (tx) => {
    await findContact(tx as Database, companyId, userId);
    if ((await revokeUserTokens(tx, userId, 'invitation', new Date())) === 0) throw notFound();
    await recordAudit(tx, {
      action: 'contact.invitation_revoked',
      actorUserId: actor.userId,
      companyId,
      entityType: 'user',
      entityId: userId,
      ...context,
    });
  });
}
