import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  inviteStaffRequestSchema,
  updateStaffRequestSchema,
} from '../../shared/api/contacts.js';
import { isStaffRole } from '../../shared/roles.js';
import { recordAudit } from '../audit/audit.repository.js';
import { changedFields } from '../audit/changes.js';
import { deleteUserSessions } from '../auth/sessions.repository.js';
import type { Database } from '../db/database.js';
import { conflict, notFound } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import { type InvitationLink, issueInvitation } from '../invitations/invitations.service.js';
import { reinvite, sendInvitation } from '../invitations/send-invitation.js';
import type { Actor } from '../policies/actor.js';
import { authorize } from '../policies/authorize.js';
import { withUniqueEmail } from '../users/unique-email.js';
import { revokeUserTokens } from '../users/user-tokens.repository.js';
import {
  countActiveAdmins,
  findUserById,
  insertUser,
  type UserRow,
  updateUser,
} from '../users/users.repository.js';

// Serialises changes to admins, so two admins cannot demote each other at once and leave none.
const ADMINS_LOCK_KEY = 7_301_913;

/** Invites a new staff member (admin): they set a password through the link. */
export async function inviteStaffMember(
  db: Database,
  actor: Actor,
  request: z.output<typeof inviteStaffRequestSchema>,
  context: RequestContext,
  publicUrl: string,
): Promise<{ user: UserRow; invitation: InvitationLink }> {
  authorize(actor, 'staff.manage', null);
  return db.transaction(async (tx) => {
    const user = await withUniqueEmail(() => insertUser(tx, { ...request, passwordHash: null }));
    const invitation = await issueInvitation(tx, user.id, actor.userId, publicUrl);
    await sendInvitation(tx, actor, user, null, invitation);
    await recordAudit(tx, {
      action: 'staff.invited',
      actorUserId: actor.userId,
      entityType: 'user',
      entityId: user.id,
      data: { email: user.email, role: user.role },
      ...context,
    });
    return { user, invitation };
  });
}

/** Changes a staff member's role or deactivates them (admin); the last active admin stays. */
export async function updateStaffMember(
  db: Database,
  actor: Actor,
  userId: string,
  patch: z.output<typeof updateStaffRequestSchema>,
  context: RequestContext,
): Promise<UserRow> {
  authorize(actor, 'staff.manage', null);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${ADMINS_LOCK_KEY})`);
    const before = await findUserById(tx, userId);
    if (!before || !isStaffRole(before.role)) throw notFound();
    const staysAdmin =
      (patch.role ?? before.role) === 'admin' && (patch.isActive ?? before.isActive);
    if (
      before.role === 'admin' &&
      before.isActive &&
      !staysAdmin &&
      (await countActiveAdmins(tx)) <= 1
    ) {
      throw conflict('last_admin', 'The last administrator cannot be removed or demoted');
    }
    const after = (await updateUser(tx, userId, patch))!;
    if (before.isActive && !after.isActive) {
      await deleteUserSessions(tx, userId);
      await revokeUserTokens(tx, userId, 'invitation', new Date());
    }
    const changes = changedFields(before, after, ['role', 'isActive']);
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, {
        action: changes.isActive?.to === false ? 'staff.deactivated' : 'staff.updated',
        actorUserId: actor.userId,
        entityType: 'user',
        entityId: userId,
        data: changes,
        ...context,
      });
    }
    return after;
  });
}

async function findStaffMember(db: Database, userId: string): Promise<UserRow> {
  const user = await findUserById(db, userId);
  if (!user || !isStaffRole(user.role)) throw notFound();
  return user;
}

/** Sends a staff member who has not joined yet a new invitation link (admin). */
export async function resendStaffInvitation(
  db: Database,
  actor: Actor,
  userId: string,
  context: RequestContext,
  publicUrl: string,
): Promise<{ user: UserRow; invitation: InvitationLink }> {
  authorize(actor, 'staff.manage', null);
  return db.transaction(async (tx) => {
    const user = await findStaffMember(tx as Database, userId);
    const invitation = await reinvite(tx, actor, user, null, publicUrl);
    await recordAudit(tx, {
      action: 'staff.invitation_resent',
      actorUserId: actor.userId,
      entityType: 'user',
      entityId: userId,
      ...context,
    });
    return { user, invitation };
  });
}

/** Withdraws a staff member's pending invitation (admin). */
export async function revokeStaffInvitation(
  db: Database,
  actor: Actor,
  userId: string,
  context: RequestContext,
): Promise<void> {
  authorize(actor, 'staff.manage', null);
  await db.transaction(async (tx) => {
    await findStaffMember(tx as Database, userId);
    if ((await revokeUserTokens(tx, userId, 'invitation', new Date())) === 0) throw notFound();
    await recordAudit(tx, {
      action: 'staff.invitation_revoked',
      actorUserId: actor.userId,
      entityType: 'user',
      entityId: userId,
      ...context,
    });
  });
}
