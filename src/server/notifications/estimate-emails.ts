import type { Executor } from '../db/database.js';
import { insertOutboxEmails } from '../email/outbox.repository.js';
import type { Actor } from '../policies/actor.js';
import { findUserById } from '../users/users.repository.js';
import { findTicketCustomerRecipients, type RecipientRow } from './notifications.repository.js';
import { chooseRecipients, fullName } from './recipients.js';
import type { TicketForEmail } from './ticket-emails.js';

/**
 * «Εκτίμηση» added: to the people who may decide it (the requester and the
 * company_admins who follow the ticket; not a colleague added to read along), under
 * the switch for support's replies, since it is support writing on the ticket.
 * Everyone gets the same one-time token: whoever answers first answers for all.
 */
export async function queueEstimateEmails(
  tx: Executor,
  ticket: TicketForEmail,
  actor: Actor,
  estimate: { minutes: number; included: string },
  token: string,
): Promise<void> {
  const rows: RecipientRow[] = await findTicketCustomerRecipients(
    tx,
    ticket,
    [ticket.requesterId],
    'ticketReplied',
  );
  const author = await findUserById(tx, actor.userId);
  const customers = rows.filter((row) => row.role === 'company_admin' || row.role === 'member');
  await insertOutboxEmails(
    tx,
    chooseRecipients(customers, actor.userId).map((recipient) => ({
      kind: 'estimate_added' as const,
      recipientUserId: recipient.id,
      toAddress: recipient.email,
      locale: recipient.locale,
      data: {
        ticketNumber: ticket.number,
        subject: ticket.subject,
        authorName: author ? fullName(author) : '',
        minutes: estimate.minutes,
        included: estimate.included,
        token,
      },
      ticketId: ticket.id,
    })),
  );
}
