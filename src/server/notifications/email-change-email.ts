import type { Executor } from '../db/database.js';
import { insertOutboxEmails } from '../email/outbox.repository.js';
import type { UserRow } from '../users/users.repository.js';
import { fullName } from './recipients.js';

/**
 * An email change's two emails, in the user's language and never switched off: the
 * link to the new address, and a notice to the old one.
 */
export async function queueEmailChangeEmails(
  tx: Executor,
  user: Pick<UserRow, 'id' | 'email' | 'locale' | 'firstName' | 'lastName'>,
  newEmail: string,
  confirmUrl: string,
): Promise<void> {
  const recipientName = fullName(user);
  await insertOutboxEmails(tx, [
    {
      kind: 'email_change_confirm',
      recipientUserId: user.id,
      toAddress: newEmail,
      locale: user.locale,
      data: { recipientName, newEmail, confirmUrl },
    },
    {
      kind: 'email_change_notice',
      recipientUserId: user.id,
      toAddress: user.email,
      locale: user.locale,
      data: { recipientName, newEmail },
    },
  ]);
}
