import { findCompanyById } from '../companies/companies.repository.js';
import type { Executor } from '../db/database.js';
import type { EmailData, EmailKind } from '../email/email-kinds.js';
import { insertOutboxEmails } from '../email/outbox.repository.js';
import { type Actor, isStaff } from '../policies/actor.js';
import { findParticipantIds } from '../ticket-participants/participants.repository.js';
import { findUserById } from '../users/users.repository.js';
import {
  findActiveRecipients,
  findActiveStaffRecipients,
  findTicketCustomerRecipients,
  type NotificationSwitch,
  type RecipientRow,
} from './notifications.repository.js';
import { chooseRecipients, fullName } from './recipients.js';

/** What the ticket emails need of a ticket row. */
export interface TicketForEmail {
  id: string;
  number: number;
  subject: string;
  companyId: string;
  requesterId: string;
  assigneeId: string | null;
  /** Its colleagues' ids when the caller has them (a locked ticket does); else they are read. */
  participantIds?: string[];
}

/** The ticket's assignee, or every active staff member while nobody is assigned. */
async function staffFor(tx: Executor, ticket: TicketForEmail, wants: NotificationSwitch) {
  if (ticket.assigneeId) {
    const assignee = await findActiveRecipients(tx, [ticket.assigneeId], wants);
    if (assignee.length > 0) return assignee;
  }
  return findActiveStaffRecipients(tx, wants);
}

/**
 * The customers a ticket's news goes to: its requester and the colleagues added
 * to it (findActiveRecipients then keeps the active ones who want this email).
 */
async function customerSideOf(tx: Executor, ticket: TicketForEmail): Promise<string[]> {
  const participantIds = ticket.participantIds ?? (await findParticipantIds(tx, ticket.id));
  return [ticket.requesterId, ...participantIds];
}

/** The name an email gives its author: the actor's own when it carries it, else read once. */
export async function authorName(tx: Executor, actor: Actor): Promise<string> {
  if (actor.name) return fullName(actor.name);
  const author = await findUserById(tx, actor.userId);
  return author ? fullName(author) : '';
}

/** Queues one kind of email about a ticket to the chosen rows (never the actor). */
export async function queueTo<K extends EmailKind>(
  tx: Executor,
  kind: K,
  rows: RecipientRow[],
  actor: Actor,
  data: EmailData[K],
  ticketId: string,
): Promise<void> {
  await insertOutboxEmails(
    tx,
    chooseRecipients(rows, actor.userId).map((recipient) => ({
      kind,
      recipientUserId: recipient.id,
      toAddress: recipient.email,
      locale: recipient.locale,
      data,
      ticketId,
    })),
  );
}

/**
 * A new ticket: its assignee, or all staff while it has none (but its author).
 * When staff opened it for a contact, the contact hears of it too, under the
 * switch for support's replies: it is support writing to them.
 */
export async function queueTicketOpenedEmails(
  tx: Executor,
  ticket: TicketForEmail,
  actor: Actor,
  description: string,
): Promise<void> {
  const company = await findCompanyById(tx, ticket.companyId);
  const data: EmailData['ticket_opened'] = {
    ticketNumber: ticket.number,
    subject: ticket.subject,
    companyName: company ? (company.tradeName ?? company.legalName) : '',
    authorName: await authorName(tx, actor),
    body: description,
  };
  // Staff opened it for a contact: the other staff read for whom, and the contact hears of it.
  if (isStaff(actor)) {
    const requester = await findUserById(tx, ticket.requesterId);
    data.requesterName = requester ? fullName(requester) : '';
  }
  await queueTo(
    tx,
    'ticket_opened',
    await staffFor(tx, ticket, 'ticketOpened'),
    actor,
    data,
    ticket.id,
  );
  if (!isStaff(actor)) return;
  const contact = await findActiveRecipients(tx, [ticket.requesterId], 'ticketReplied');
  await queueTo(tx, 'ticket_opened', contact, actor, { ...data, audience: 'customer' }, ticket.id);
}

/**
 * A public reply (never an internal note: callers do not call this for one).
 * Staff replied: the requester, its colleagues and the company_admins who follow it.
 * A customer replied: the assignee, or all staff while it has none; and, on a ticket
 * with colleagues, the requester and the other colleagues, as a copied email would
 * (the one who wrote hears nothing of their own reply).
 */
export async function queueTicketReplyEmails(
  tx: Executor,
  ticket: TicketForEmail,
  actor: Actor,
  body: string,
): Promise<void> {
  const data = {
    ticketNumber: ticket.number,
    subject: ticket.subject,
    authorName: await authorName(tx, actor),
    body,
  };
  if (isStaff(actor)) {
    const customers = await findTicketCustomerRecipients(
      tx,
      ticket,
      'requester-and-colleagues',
      'ticketReplied',
    );
    await queueTo(
      tx,
      'ticket_replied',
      customers,
      actor,
      { ...data, audience: 'customer' },
      ticket.id,
    );
    return;
  }
  const staff = await staffFor(tx, ticket, 'ticketReplied');
  await queueTo(tx, 'ticket_replied', staff, actor, { ...data, audience: 'staff' }, ticket.id);
  const customerSide = await customerSideOf(tx, ticket);
  if (customerSide.length > 1) {
    const others = await findActiveRecipients(tx, customerSide, 'ticketReplied');
    await queueTo(
      tx,
      'ticket_replied',
      others,
      actor,
      { ...data, audience: 'customer' },
      ticket.id,
    );
  }
}

/**
 * Staff closed the ticket: the requester and its colleagues, with the last message
 * if there was one, and the closing's one-time rating links (the requester's only)
 * when a rating token is given.
 */
export async function queueTicketClosedEmails(
  tx: Executor,
  ticket: TicketForEmail,
  actor: Actor,
  lastMessage: string | null,
  ratingToken: string | null = null,
): Promise<void> {
  const rows = await findActiveRecipients(tx, await customerSideOf(tx, ticket), 'ticketClosed');
  const data = {
    ticketNumber: ticket.number,
    subject: ticket.subject,
    closedByName: await authorName(tx, actor),
    lastMessage,
  };
  // The rating links are the requester's: a colleague's email carries none.
  const isRequester = (row: RecipientRow) => row.id === ticket.requesterId;
  await queueTo(
    tx,
    'ticket_closed',
    rows.filter(isRequester),
    actor,
    { ...data, ratingToken },
    ticket.id,
  );
  const colleagues = rows.filter((row) => !isRequester(row));
  await queueTo(tx, 'ticket_closed', colleagues, actor, { ...data, ratingToken: null }, ticket.id);
}
