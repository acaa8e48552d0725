import type { InboundEmailOutcome } from '../../shared/api/mailboxes.js';
import { isStaffRole } from '../../shared/roles.js';
import { findCompanyById } from '../companies/companies.repository.js';
import type { Executor } from '../db/database.js';
import { findSentEmailsByMessageIds } from '../email/outbox.repository.js';
import { ticketIdOfThreadId } from '../email/outgoing-email.js';
import { type Actor, actorOfUser } from '../policies/actor.js';
import { can } from '../policies/authorize.js';
import { listActiveSubscriptions } from '../subscriptions/subscriptions.repository.js';
import { findParticipantIds } from '../ticket-participants/participants.repository.js';
import {
  findTicketRowById,
  findTicketRowByNumber,
  type TicketRow,
} from '../tickets/tickets.repository.js';
import { companyToday } from '../tickets/today.js';
import { findUserByEmail } from '../users/users.repository.js';
import type { InboundKind } from './classify-inbound-email.js';
import {
  countNewTicketsFrom,
  findTicketIdsOfInboundMessageIds,
} from './inbound-emails.repository.js';
import type { ParsedInboundEmail } from './parse-inbound-email.js';
import { findTicketNumberInSubject } from './ticket-tag.js';

/** What to do with a mail, decided before anything is written. */
export type InboundPlan =
  | {
      action: 'ignore';
      outcome: Extract<
        InboundEmailOutcome,
        'auto_reply' | 'bulk' | 'mailer_daemon' | 'own_address'
      >;
    }
  | { action: 'bounce'; outboxIds: string[]; reason: string }
  | { action: 'reply'; ticket: TicketRow; sender: Actor }
  | { action: 'new_ticket'; sender: Actor; subscriptionId: string | null; needsPackage: boolean }
  | {
      action: 'hold';
      outcome: Extract<
        InboundEmailOutcome,
        'unknown_sender' | 'not_allowed' | 'inactive_sender' | 'rate_limited'
      >;
      ticket: TicketRow | null;
    };

export interface RoutingLimits {
  maxNewTicketsPerSenderPerHour: number;
}

/**
 * The ticket a mail answers: by its In-Reply-To and References first (our own
 * emails' Message-IDs, the ticket's thread id, a customer's earlier mail), by the
 * "[#1016]" tag in its subject second.
 */
export async function findAnsweredTicket(
  db: Executor,
  email: Pick<ParsedInboundEmail, 'inReplyTo' | 'references' | 'subject'>,
): Promise<TicketRow | undefined> {
  // The mail it answers directly first, then the rest of the thread, newest first.
  const ids = [...new Set([...email.inReplyTo, ...[...email.references].reverse()])];
  for (const id of ids) {
    const ticketId = ticketIdOfThreadId(id);
    if (ticketId) {
      const ticket = await findTicketRowById(db, ticketId);
      if (ticket) return ticket;
    }
  }
  const sent = await findSentEmailsByMessageIds(db, ids);
  const fromHeaders = [
    ...sent.flatMap((row) => (row.ticketId ? [row.ticketId] : [])),
    ...(await findTicketIdsOfInboundMessageIds(db, ids)),
  ];
  for (const ticketId of fromHeaders) {
    const ticket = await findTicketRowById(db, ticketId);
    if (ticket) return ticket;
  }
  const number = findTicketNumberInSubject(email.subject);
  return number === null ? undefined : findTicketRowByNumber(db, number);
}

/** A customer's company still takes tickets (not archived). */
async function isCompanyOpen(db: Executor, companyId: string): Promise<boolean> {
  const company = await findCompanyById(db, companyId);
  return Boolean(company && !company.archivedAt);
}

/**
 * Decides what a mail is for: a robot's or a bounce is not a person's; a person's
 * mail answers a ticket they may reply to, opens a ticket for a known contact, or
 * waits for staff. Nothing is written here.
 */
export async function planInboundEmail(
  db: Executor,
  email: ParsedInboundEmail,
  kind: InboundKind,
  limits: RoutingLimits,
  now: Date,
): Promise<InboundPlan> {
  if (kind.kind === 'bounce') {
    const sent = await findSentEmailsByMessageIds(db, kind.originalMessageIds);
    return { action: 'bounce', outboxIds: sent.map((row) => row.id), reason: kind.diagnostic };
  }
  if (kind.kind !== 'person') return { action: 'ignore', outcome: kind.kind };

  const ticket = (await findAnsweredTicket(db, email)) ?? null;
  const user = email.from ? await findUserByEmail(db, email.from.address) : undefined;
  if (!user) return { action: 'hold', outcome: 'unknown_sender', ticket };
  const isStaffUser = isStaffRole(user.role);
  if (!user.isActive || (!isStaffUser && !(await isCompanyOpen(db, user.companyId!)))) {
    return { action: 'hold', outcome: 'inactive_sender', ticket };
  }
  const sender = actorOfUser(user);
  if (ticket) {
    // A colleague added to the ticket answers by email as its requester does.
    const participantIds = await findParticipantIds(db, ticket.id);
    return can(sender, 'ticket.reply', { ...ticket, participantIds })
      ? { action: 'reply', ticket, sender }
      : { action: 'hold', outcome: 'not_allowed', ticket };
  }
  // Staff write tickets for customers in the portal; their mail with no ticket is for a person to look at.
  if (isStaffUser) return { action: 'hold', outcome: 'not_allowed', ticket: null };
  const hourAgo = new Date(now.getTime() - 60 * 60 * 1000);
  if (
    (await countNewTicketsFrom(db, email.from!.address, hourAgo)) >=
    limits.maxNewTicketsPerSenderPerHour
  ) {
    return { action: 'hold', outcome: 'rate_limited', ticket: null };
  }
  const { subscriptionId, needsPackage } = await packageForEmailTicket(db, user.companyId!);
  return { action: 'new_ticket', sender, subscriptionId, needsPackage };
}

/**
 * The package a ticket opened by email is charged to: the company's only active
 * one; with several, none yet, and staff are asked to choose.
 */
export async function packageForEmailTicket(
  db: Executor,
  companyId: string,
): Promise<{ subscriptionId: string | null; needsPackage: boolean }> {
  const active = await listActiveSubscriptions(db, companyId, await companyToday(db, companyId));
  if (active.length === 1)
    return { subscriptionId: active[0]!.subscription.id, needsPackage: false };
  return { subscriptionId: null, needsPackage: active.length > 1 };
}
