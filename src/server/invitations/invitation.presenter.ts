import type { InvitationSent } from '../../shared/api/contacts.js';
import type { Config } from '../config/config.js';
import { presentPersonAccount } from '../contacts/person.presenter.js';
import type { UserRow } from '../users/users.repository.js';
import type { InvitationLink } from './invitations.service.js';

/**
 * A new or re-sent invitation as the inviter sees it. The invitation email is
 * always written to the outbox; it reaches the person only when SMTP is set up
 * (otherwise it is kept as an .eml file), so the inviter is told which happened
 * and can send the link themselves.
 */
export function presentInvitation(
  sent: { user: UserRow; invitation: InvitationLink },
  config: Pick<Config, 'smtp'>,
): InvitationSent {
  return {
    person: presentPersonAccount(sent.user, undefined),
    inviteUrl: sent.invitation.inviteUrl,
    expiresAt: sent.invitation.expiresAt.toISOString(),
    emailSent: config.smtp !== undefined,
  };
}
