import { newSessionToken, sessionIdFromToken } from '../auth/session-token.js';
import type { Executor } from '../db/database.js';
import { insertTicketRating, type TicketRatingRow } from './ticket-ratings.repository.js';

/** How long the closing email's rating links work. */
export const RATING_LINK_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What opening a closing to rating needs of the ticket being closed. */
export interface ClosingTicket {
  id: string;
  companyId: string;
  requesterId: string;
  assigneeId: string | null;
}

/**
 * A ticket was just closed (inside the closing's transaction): the closing gets a
 * row to hold its rating, counted for the assignee at this moment, and a one-time
 * token for the closing email's links (only its hash is kept). Returns the token.
 */
export async function openClosingToRating(
  tx: Executor,
  ticket: ClosingTicket,
  closedAt: Date,
): Promise<string> {
  const token = newSessionToken();
  await insertTicketRating(tx, {
    ticketId: ticket.id,
    companyId: ticket.companyId,
    requesterId: ticket.requesterId,
    agentId: ticket.assigneeId,
    closedAt,
    tokenHash: sessionIdFromToken(token),
    expiresAt: new Date(closedAt.getTime() + RATING_LINK_DAYS * DAY_MS),
  });
  return token;
}

/** Whether a closing is still the ticket's current one: not reopened since. */
export function isCurrentClosing(
  closing: TicketRatingRow,
  ticket: { status: string; closedAt: Date | null },
): boolean {
  return ticket.status === 'closed' && ticket.closedAt?.getTime() === closing.closedAt.getTime();
}
