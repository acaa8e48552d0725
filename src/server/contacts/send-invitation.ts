import type { CompanyRow } from '../companies/companies.repository.js';
import type { Executor } from '../db/database.js';
import type { InvitationLink } from '../invitations/invitations.service.js';
import type { Actor } from '../policies/actor.js';
import type { UserRow } from '../users/users.repository.js';
import { findUserById } from '../users/users.repository.js';

/**
 * The code path that emails an invitation, in the transaction that creates it.
 * Until the outbox lands the link is only returned to the inviter to copy.
 */
export async function sendInvitation(
  tx: Executor,
  actor: Actor,
  user: UserRow,
  company: CompanyRow | null,
  invitation: InvitationLink,
): Promise<void> {
  const inviter = await findUserById(tx, actor.userId);
  void {
    userId: user.id,
    inviteUrl: invitation.inviteUrl,
    invitedByName: inviter ? `${inviter.firstName} ${inviter.lastName}` : '',
    companyName: company ? (company.tradeName ?? company.legalName) : null,
  };
}
