import type { Executor } from '../db/database.js';
import type { Actor } from '../policies/actor.js';
import { findTicketCustomerRecipients, type RecipientRow } from './notifications.repository.js';
import { authorName, queueTo, type TicketForEmail } from './ticket-emails.js';

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
    'requester',
    'ticketReplied',
  );
  const customers = rows.filter((row) => row.role === 'company_admin' || row.role === 'member');
  await queueTo(
    tx,
    'estimate_added',
    customers,
    actor,
    {
      ticketNumber: ticket.number,
      subject: ticket.subject,
      authorName: await authorName(tx, actor),
      minutes: estimate.minutes,
      included: estimate.included,
      token,
    },
    ticket.id,
  );
}
