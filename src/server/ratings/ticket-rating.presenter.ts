import type { GivenRating, RatingLinkInfo, TicketRating } from '../../shared/api/ticket-ratings.js';
import { type Actor, isStaff } from '../policies/actor.js';
import type { TicketRatingRow } from './ticket-ratings.repository.js';

/** The rating given on a closing, or null while none was. */
export function presentGivenRating(row: TicketRatingRow): GivenRating | null {
  if (!row.rating || !row.ratedAt) return null;
  return { rating: row.rating, comment: row.comment, ratedAt: row.ratedAt.toISOString() };
}

/** A ticket's latest closing and its rating; the agent's name is for staff only. */
export function presentTicketRating(
  actor: Actor,
  closing:
    | { rating: TicketRatingRow; agentFirstName: string | null; agentLastName: string | null }
    | undefined,
  canRate: boolean,
): TicketRating {
  if (!closing) return { closedAt: null, rating: null, agentName: null, canRate: false };
  const agentName =
    isStaff(actor) && closing.agentFirstName !== null
      ? `${closing.agentFirstName} ${closing.agentLastName ?? ''}`.trim()
      : null;
  return {
    closedAt: closing.rating.closedAt.toISOString(),
    rating: presentGivenRating(closing.rating),
    agentName,
    canRate,
  };
}

/** What a rating link's page shows: never who the requester is, only the ticket it is about. */
export function presentRatingLink(
  state: RatingLinkInfo['state'],
  found?: { rating: TicketRatingRow; ticketNumber: number; subject: string },
): RatingLinkInfo {
  if (!found || state === 'not_found') {
    return { state: 'not_found', ticketNumber: null, subject: null, rating: null };
  }
  return {
    state,
    ticketNumber: found.ticketNumber,
    subject: found.subject,
    rating: presentGivenRating(found.rating),
  };
}
