import { isStaffRole } from '../../shared/roles.js';
import { mentionedUserIds, withMentionNames } from '../../shared/tickets/mentions.js';
import type { Executor } from '../db/database.js';
import { insertOutboxEmails } from '../email/outbox.repository.js';
import { unprocessable } from '../http/errors.js';
import { findActiveRecipients } from '../notifications/notifications.repository.js';
import { chooseRecipients } from '../notifications/recipients.js';
import { authorName } from '../notifications/ticket-emails.js';
import type { Actor } from '../policies/actor.js';

/**
 * The staff an internal note mentions, checked: every id must be an active staff
 * member, else the note is refused (422 mention_not_staff), so a note can never
 * send anything to a customer or a stranger.
 */
export async function checkMentions(tx: Executor, body: string): Promise<string[]> {
  const ids = mentionedUserIds(body);
  if (ids.length === 0) return [];
  const found = await findActiveRecipients(tx, ids, 'ticketReplied');
  const staff = new Set(found.filter((row) => isStaffRole(row.role)).map((row) => row.id));
  if (ids.some((id) => !staff.has(id))) {
    throw unprocessable('mention_not_staff', 'A mention is not an active staff member');
  }
  return ids;
}

/**
 * Emails each mentioned staff member (not the author, not one who switched replies
 * off), through the outbox in the note's transaction. No ticket on the outbox row:
 * see renderTicketMentioned for why.
 */
export async function queueMentionEmails(
  tx: Executor,
  ticket: { number: number; subject: string },
  actor: Actor,
  mentionedIds: string[],
  body: string,
): Promise<void> {
  if (mentionedIds.length === 0) return;
  const rows = await findActiveRecipients(tx, mentionedIds, 'ticketReplied');
  const staffRows = rows.filter((row) => isStaffRole(row.role));
  const author = await authorName(tx, actor);
  await insertOutboxEmails(
    tx,
    chooseRecipients(staffRows, actor.userId).map((recipient) => ({
      kind: 'ticket_mentioned' as const,
      recipientUserId: recipient.id,
      toAddress: recipient.email,
      locale: recipient.locale,
      data: {
        ticketNumber: ticket.number,
        subject: ticket.subject,
        authorName: author,
        body: withMentionNames(body),
      },
    })),
  );
}
