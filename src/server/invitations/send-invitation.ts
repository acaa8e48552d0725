import type { CompanyRow } from '../companies/companies.repository.js';
import type { Executor } from '../db/database.js';
import { conflict } from '../http/errors.js';
import { queueInvitationEmail } from '../notifications/invitation-email.js';
import type { Actor } from '../policies/actor.js';
import type { UserRow } from '../users/users.repository.js';
import { findUserById } from '../users/users.repository.js';
import { type InvitationLink, issueInvitation } from './invitations.service.js';

/**
 * Emails an invitation through the outbox, in the transaction that creates it:
 * the email exists exactly when the invitation does. The link is also returned
 * to the inviter, who can pass it on if the email goes astray.
 */
export async function sendInvitation(
  tx: Executor,
  actor: Actor,
  user: UserRow,
  company: CompanyRow | null,
  invitation: InvitationLink,
): Promise<void> {
  const inviter = await findUserById(tx, actor.userId);
  await queueInvitationEmail(tx, {
    userId: user.id,
    inviteUrl: invitation.inviteUrl,
    invitedByName: inviter ? `${inviter.firstName} ${inviter.lastName}` : '',
    companyName: company ? (company.tradeName ?? company.legalName) : null,
  });
}

/**
 * A fresh link for someone who has not accepted yet (the old link stops
 * working), emailed again; refused for people who already have a password.
 */
export async function reinvite(
  tx: Executor,
  actor: Actor,
  user: UserRow,
  company: CompanyRow | null,
  publicUrl: string,
): Promise<InvitationLink> {
  if (user.passwordHash || !user.isActive) {
    throw conflict('conflict', 'This person already has an account or is deactivated');
  }
  const invitation = await issueInvitation(tx, user.id, actor.userId, publicUrl);
  await sendInvitation(tx, actor, user, company, invitation);
  return invitation;
}
