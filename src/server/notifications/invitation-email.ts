import type { Executor } from '../db/database.js';
import { insertOutboxEmails } from '../email/outbox.repository.js';
import { findUserById } from '../users/users.repository.js';
import { fullName } from './recipients.js';

export interface InvitationEmailInput {
  /** The invited user: the email goes to their address, in their language. */
  userId: string;
  /** The one-time link to accept the invitation (PUBLIC_URL + /invitation/:token). */
  inviteUrl: string;
  invitedByName: string;
  /** The customer company they join; null for a staff member of the support company. */
  companyName: string | null;
}

/**
 * Queues the invitation email in the caller's transaction (the one that issues the
 * link), so the email goes out exactly when the invitation exists. Always sent:
 * invitations cannot be switched off.
 */
export async function queueInvitationEmail(
  tx: Executor,
  input: InvitationEmailInput,
): Promise<void> {
  const user = await findUserById(tx, input.userId);
  if (!user) throw new Error(`queueInvitationEmail: no user ${input.userId}`);
  await insertOutboxEmails(tx, [
    {
      kind: 'invitation',
      recipientUserId: user.id,
      toAddress: user.email,
      locale: user.locale,
      data: {
        recipientName: fullName(user),
        inviteUrl: input.inviteUrl,
        invitedByName: input.invitedByName,
        companyName: input.companyName,
      },
    },
  ]);
}
