import type { Executor } from '../db/database.js';
import { insertOutboxEmails } from '../email/outbox.repository.js';
import type { UserRow } from '../users/users.repository.js';
import { fullName } from './recipients.js';

/** Queues a password reset link to the user, in their language; it cannot be switched off. */
export async function queuePasswordResetEmail(
  tx: Executor,
  user: Pick<UserRow, 'id' | 'email' | 'locale' | 'firstName' | 'lastName'>,
  resetUrl: string,
): Promise<void> {
  await insertOutboxEmails(tx, [
    {
      kind: 'password_reset',
      recipientUserId: user.id,
      toAddress: user.email,
      locale: user.locale,
      data: { recipientName: fullName(user), resetUrl },
    },
  ]);
}
